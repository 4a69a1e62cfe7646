package gosub.language.values;

/** A pointer to an element of a backing array ({@code &s[i]}, {@code &a[i]}). */
public final class ElementPointer extends Pointer {
    private final Object array;
    private final int index;

    public ElementPointer(Object array, int index) {
        this.array = array;
        this.index = index;
    }

    @Override
    public long getLong() {
        return array instanceof byte[] b ? (b[index] & 0xFFL) : ((long[]) array)[index];
    }

    @Override
    public void setLong(long v) {
        if (array instanceof byte[] b) {
            b[index] = (byte) v;
        } else {
            ((long[]) array)[index] = v;
        }
    }

    @Override
    public double getDouble() {
        return ((double[]) array)[index];
    }

    @Override
    public void setDouble(double v) {
        ((double[]) array)[index] = v;
    }

    @Override
    public boolean getBool() {
        return ((boolean[]) array)[index];
    }

    @Override
    public void setBool(boolean v) {
        ((boolean[]) array)[index] = v;
    }

    @Override
    public Object getObject() {
        return ((Object[]) array)[index];
    }

    @Override
    public void setObject(Object v) {
        ((Object[]) array)[index] = v;
    }

    @Override
    public boolean sameLocation(Pointer other) {
        return other instanceof ElementPointer e && e.array == array && e.index == index;
    }

    @Override
    public int address() {
        return System.identityHashCode(array) * 31 + index;
    }
}
