package gosub.language.values;

/**
 * A Go pointer to a non-aggregate location: a heap variable ({@link Cell}), a slice or array element, or a struct
 * field. Pointers to structs and arrays are the aggregate's storage object itself, since aggregates never move;
 * the exception is an array inside a longer backing array ({@link ArrayView}), which is a Pointer for its identity
 * only. Accessors are typed by the static element type's representation so numbers stay unboxed.
 */
public abstract class Pointer {
    public abstract long getLong();

    public abstract void setLong(long v);

    public abstract double getDouble();

    public abstract void setDouble(double v);

    public abstract boolean getBool();

    public abstract void setBool(boolean v);

    public abstract Object getObject();

    public abstract void setObject(Object v);

    // Atomic access for sync/atomic: sequentially consistent (volatile) reads, writes and read-modify-writes of
    // the location's long bits (integers, raw double bits) or reference. Go's memory model makes sync/atomic
    // operations sequentially consistent, which is what VarHandle's volatile access modes give.

    public abstract long getLongVolatile();

    public abstract void setLongVolatile(long v);

    public abstract boolean compareAndSetLong(long expect, long v);

    public abstract long getAndSetLong(long v);

    public abstract long getAndAddLong(long delta);

    public abstract Object getObjectVolatile();

    public abstract void setObjectVolatile(Object v);

    /** Compares by identity (the reference stored), as a CPU compare-and-swap compares words. */
    public abstract boolean compareAndSetObject(Object expect, Object v);

    public abstract Object getAndSetObject(Object v);

    /** Go's pointer equality: two pointers to the same location are equal even if built separately. */
    public boolean sameLocation(Pointer other) {
        return this == other;
    }

    /** A stable identity for %p printing. */
    public int address() {
        return System.identityHashCode(this);
    }
}
