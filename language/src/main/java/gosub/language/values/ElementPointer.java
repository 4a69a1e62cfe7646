package gosub.language.values;

/** A pointer to an element of a backing array ({@code &s[i]}, {@code &a[i]}). */
public final class ElementPointer extends Pointer {
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.arrayElementVarHandle(long[].class);
    private static final java.lang.invoke.VarHandle BYTES = java.lang.invoke.MethodHandles.arrayElementVarHandle(byte[].class);
    private static final java.lang.invoke.VarHandle REFS = java.lang.invoke.MethodHandles.arrayElementVarHandle(Object[].class);

    private final Object array;
    private final int index;

    public ElementPointer(Object array, int index) {
        this.array = array;
        this.index = index;
    }

    /** The backing array this points into. */
    public Object array() {
        return array;
    }

    public int index() {
        return index;
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

    @Override
    public long getLongVolatile() {
        if (array instanceof byte[] b) {
            return ((byte) BYTES.getVolatile(b, index)) & 0xFFL;
        }
        return (long) LONGS.getVolatile((long[]) array, index);
    }

    @Override
    public void setLongVolatile(long v) {
        if (array instanceof byte[] b) {
            BYTES.setVolatile(b, index, (byte) v);
        } else {
            LONGS.setVolatile((long[]) array, index, v);
        }
    }

    @Override
    public boolean compareAndSetLong(long expect, long v) {
        if (array instanceof byte[] b) {
            return BYTES.compareAndSet(b, index, (byte) expect, (byte) v);
        }
        return LONGS.compareAndSet((long[]) array, index, expect, v);
    }

    @Override
    public long getAndSetLong(long v) {
        if (array instanceof byte[] b) {
            return ((byte) BYTES.getAndSet(b, index, (byte) v)) & 0xFFL;
        }
        return (long) LONGS.getAndSet((long[]) array, index, v);
    }

    @Override
    public long getAndAddLong(long delta) {
        if (array instanceof byte[] b) {
            return ((byte) BYTES.getAndAdd(b, index, (byte) delta)) & 0xFFL;
        }
        return (long) LONGS.getAndAdd((long[]) array, index, delta);
    }

    @Override
    public Object getObjectVolatile() {
        return REFS.getVolatile((Object[]) array, index);
    }

    @Override
    public void setObjectVolatile(Object v) {
        REFS.setVolatile((Object[]) array, index, v);
    }

    @Override
    public boolean compareAndSetObject(Object expect, Object v) {
        return REFS.compareAndSet((Object[]) array, index, expect, v);
    }

    @Override
    public Object getAndSetObject(Object v) {
        return REFS.getAndSet((Object[]) array, index, v);
    }
}
