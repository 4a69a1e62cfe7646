package gosub.language.values;

/**
 * A variable that lives on the heap because a closure captures it or its address is taken (what Go's escape analysis
 * would move to the heap). Numbers are held in {@code prim} (doubles as raw bits), everything else in {@code ref}.
 */
public final class Cell extends Pointer {
    private static final java.lang.invoke.VarHandle PRIM;
    private static final java.lang.invoke.VarHandle REF;

    static {
        try {
            java.lang.invoke.MethodHandles.Lookup l = java.lang.invoke.MethodHandles.lookup();
            PRIM = l.findVarHandle(Cell.class, "prim", long.class);
            REF = l.findVarHandle(Cell.class, "ref", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

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

    @Override
    public long getLongVolatile() {
        return (long) PRIM.getVolatile(this);
    }

    @Override
    public void setLongVolatile(long v) {
        PRIM.setVolatile(this, v);
    }

    @Override
    public boolean compareAndSetLong(long expect, long v) {
        return PRIM.compareAndSet(this, expect, v);
    }

    @Override
    public long getAndSetLong(long v) {
        return (long) PRIM.getAndSet(this, v);
    }

    @Override
    public long getAndAddLong(long delta) {
        return (long) PRIM.getAndAdd(this, delta);
    }

    @Override
    public Object getObjectVolatile() {
        return REF.getVolatile(this);
    }

    @Override
    public void setObjectVolatile(Object v) {
        REF.setVolatile(this, v);
    }

    @Override
    public boolean compareAndSetObject(Object expect, Object v) {
        return REF.compareAndSet(this, expect, v);
    }

    @Override
    public Object getAndSetObject(Object v) {
        return REF.getAndSet(this, v);
    }
}
