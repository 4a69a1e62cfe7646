package gosub.language.stdlib.sort;

/**
 * sort.Float64s's order, increasing with NaNs first, on a window of a double[]. Sorted by Go's own algorithm (not the
 * JDK's, which would also sort) because -0 and +0 are equal to this order but print differently, so which comes
 * first must be Go's.
 */
final class DoubleOrder extends IndexedSort<DoubleOrder.Window> {
    /** The elements [offset, offset+n) of values. */
    record Window(double[] values, int offset) {
    }

    /** Sorts values[offset:offset+n] as sort.Float64s does. */
    static void sort(double[] values, int offset, int n) {
        new DoubleOrder().sort(new Window(values, offset), n);
    }

    @Override
    boolean less(Window w, int i, int j) {
        double a = w.values[w.offset + i];
        double b = w.values[w.offset + j];
        return a < b || a != a && b == b;
    }

    @Override
    void swap(Window w, int i, int j) {
        double[] v = w.values;
        double t = v[w.offset + i];
        v[w.offset + i] = v[w.offset + j];
        v[w.offset + j] = t;
    }
}
