package gosub.language.values;

/** A pointer to a non-aggregate struct field ({@code &s.count}). */
public final class FieldPointer extends Pointer {
    private final StructValue struct;
    private final int slot;

    public FieldPointer(StructValue struct, int slot) {
        this.struct = struct;
        this.slot = slot;
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
}
