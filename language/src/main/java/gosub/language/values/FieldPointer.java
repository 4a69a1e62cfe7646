package gosub.language.values;

/** A pointer to a non-aggregate struct field ({@code &s.count}). */
public final class FieldPointer extends Pointer {
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.arrayElementVarHandle(long[].class);
    private static final java.lang.invoke.VarHandle REFS = java.lang.invoke.MethodHandles.arrayElementVarHandle(Object[].class);

    private final StructValue struct;
    private final int slot;

    public FieldPointer(StructValue struct, int slot) {
        this.struct = struct;
        this.slot = slot;
    }

    /** The struct whose field this points at. */
    public StructValue struct() {
        return struct;
    }

    /** The field's slot in the struct's prims or refs. */
    public int slot() {
        return slot;
    }

    @Override
    public long getLong() {
        return struct.prims[slot];
    }

    @Override
    public void setLong(long v) {
        struct.prims[slot] = v;
    }

    @Override
    public double getDouble() {
        return Double.longBitsToDouble(struct.prims[slot]);
    }

    @Override
    public void setDouble(double v) {
        struct.prims[slot] = Double.doubleToRawLongBits(v);
    }

    @Override
    public boolean getBool() {
        return struct.prims[slot] != 0;
    }

    @Override
    public void setBool(boolean v) {
        struct.prims[slot] = v ? 1 : 0;
    }

    @Override
    public Object getObject() {
        return struct.refs[slot];
    }

    @Override
    public void setObject(Object v) {
        struct.refs[slot] = v;
    }

    @Override
    public boolean sameLocation(Pointer other) {
        return other instanceof FieldPointer f && f.struct == struct && f.slot == slot;
    }

    @Override
    public int address() {
        return System.identityHashCode(struct) * 31 + slot;
    }

    @Override
    public long getLongVolatile() {
        return (long) LONGS.getVolatile(struct.prims, slot);
    }

    @Override
    public void setLongVolatile(long v) {
        LONGS.setVolatile(struct.prims, slot, v);
    }

    @Override
    public boolean compareAndSetLong(long expect, long v) {
        return LONGS.compareAndSet(struct.prims, slot, expect, v);
    }

    @Override
    public long getAndSetLong(long v) {
        return (long) LONGS.getAndSet(struct.prims, slot, v);
    }

    @Override
    public long getAndAddLong(long delta) {
        return (long) LONGS.getAndAdd(struct.prims, slot, delta);
    }

    @Override
    public Object getObjectVolatile() {
        return REFS.getVolatile(struct.refs, slot);
    }

    @Override
    public void setObjectVolatile(Object v) {
        REFS.setVolatile(struct.refs, slot, v);
    }

    @Override
    public boolean compareAndSetObject(Object expect, Object v) {
        return REFS.compareAndSet(struct.refs, slot, expect, v);
    }

    @Override
    public Object getAndSetObject(Object v) {
        return REFS.getAndSet(struct.refs, slot, v);
    }
}
