package gosub.language.values;

/**
 * A pointer to an array that is part of a longer backing array: what {@code (*[N]T)(s)} gives when the slice does
 * not cover its whole backing array from the start. A pointer to a whole array is the Java array itself (the
 * common case, with nothing to add to an index); only a pointer into the middle of one needs the offset, so that
 * writes through it are the slice's elements and the slice's writes are seen through it.
 * <p>
 * It is a {@link Pointer} for its identity: two views of the same elements are the same pointer (==, map keys,
 * %p), as two element pointers to one element are. Its scalar accessors are never used, since nothing loads or
 * stores a scalar through a pointer to an array; array operations go through {@link #array}, {@link #offset} and
 * {@link #length}.
 */
public final class ArrayView extends Pointer {
    /** The backing Java array ({@link Aggregates#storageOf} decides its class). */
    public final Object array;
    /** Where element 0 of the pointed-to array is in {@link #array}. */
    public final int offset;
    /** The pointed-to array's length N. */
    public final int length;

    public ArrayView(Object array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public boolean sameLocation(Pointer other) {
        return other instanceof ArrayView v && v.array == array && v.offset == offset && v.length == length;
    }

    @Override
    public int address() {
        return System.identityHashCode(array) * 31 + offset;
    }

    private static IllegalStateException notScalar() {
        return new IllegalStateException("a pointer to an array holds no scalar");
    }

    @Override
    public long getLong() {
        throw notScalar();
    }

    @Override
    public void setLong(long v) {
        throw notScalar();
    }

    @Override
    public double getDouble() {
        throw notScalar();
    }

    @Override
    public void setDouble(double v) {
        throw notScalar();
    }

    @Override
    public boolean getBool() {
        throw notScalar();
    }

    @Override
    public void setBool(boolean v) {
        throw notScalar();
    }

    @Override
    public Object getObject() {
        throw notScalar();
    }

    @Override
    public void setObject(Object v) {
        throw notScalar();
    }

    @Override
    public long getLongVolatile() {
        throw notScalar();
    }

    @Override
    public void setLongVolatile(long v) {
        throw notScalar();
    }

    @Override
    public boolean compareAndSetLong(long expect, long v) {
        throw notScalar();
    }

    @Override
    public long getAndSetLong(long v) {
        throw notScalar();
    }

    @Override
    public long getAndAddLong(long delta) {
        throw notScalar();
    }

    @Override
    public Object getObjectVolatile() {
        throw notScalar();
    }

    @Override
    public void setObjectVolatile(Object v) {
        throw notScalar();
    }

    @Override
    public boolean compareAndSetObject(Object expect, Object v) {
        throw notScalar();
    }

    @Override
    public Object getAndSetObject(Object v) {
        throw notScalar();
    }
}
