package gosub.language.values;

/**
 * A Go pointer to a non-aggregate location: a heap variable ({@link Cell}), a slice or array element, or a struct
 * field. Pointers to structs and arrays are the aggregate's storage object itself, since aggregates never move.
 * Accessors are typed by the static element type's representation so numbers stay unboxed.
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

    /** Go's pointer equality: two pointers to the same location are equal even if built separately. */
    public boolean sameLocation(Pointer other) {
        return this == other;
    }

    /** A stable identity for %p printing. */
    public int address() {
        return System.identityHashCode(this);
    }
}
