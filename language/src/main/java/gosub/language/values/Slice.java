package gosub.language.values;

/**
 * A slice header: a window {@code [offset, offset+len)} on a backing Java array whose element type is chosen by the
 * Go element type ({@code byte[]} for 8-bit integers, {@code long[]} for other integers, {@code double[]},
 * {@code boolean[]}, or {@code Object[]}). Immutable, like the header Go passes by value; the nil slice is null.
 */
public final class Slice {
    public final Object array;
    public final int offset;
    public final int len;
    public final int cap;

    public Slice(Object array, int offset, int len, int cap) {
        this.array = array;
        this.offset = offset;
        this.len = len;
        this.cap = cap;
    }
}
