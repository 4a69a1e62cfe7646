package gosub.language.values;

/**
 * A variable that lives on the heap because a closure captures it or its address is taken (what Go's escape analysis
 * would move to the heap). Numbers are held in {@code prim} (doubles as raw bits), everything else in {@code ref}.
 */
public final class Cell extends Pointer {
    public long prim;
    public Object ref;

    public Cell() {
    }

    public Cell(long prim, Object ref) {
        this.prim = prim;
        this.ref = ref;
    }

    @Override
    public long getLong() {
        return prim;
    }

    @Override
    public void setLong(long v) {
        prim = v;
    }

    @Override
    public double getDouble() {
        return Double.longBitsToDouble(prim);
    }

    @Override
    public void setDouble(double v) {
        prim = Double.doubleToRawLongBits(v);
    }

    @Override
    public boolean getBool() {
        return prim != 0;
    }

    @Override
    public void setBool(boolean v) {
        prim = v ? 1 : 0;
    }

    @Override
    public Object getObject() {
        return ref;
    }

    @Override
    public void setObject(Object v) {
        ref = v;
    }
}
