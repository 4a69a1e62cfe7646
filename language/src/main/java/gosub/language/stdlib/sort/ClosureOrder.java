package gosub.language.stdlib.sort;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
import gosub.language.types.GoType;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;
import gosub.language.values.FuncValue;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

/**
 * A slice in the order of a Go less function, as sort.Slice and sort.SliceStable sort it: less is called with the two
 * indexes, swap exchanges the slice's elements the way reflect.Swapper does (an element's contents move, its storage
 * stays, since pointers to it may be held). How elements are swapped depends on the backing array: the kind of the
 * arrays this call site has seen, a constant to the compiler.
 */
final class ClosureOrder extends IndexedSort<ClosureOrder.Run> {
    /** Backing-array kinds, and GENERIC: any of them, found out per swap. */
    static final int LONGS = 1;
    static final int DOUBLES = 2;
    static final int BYTES = 3;
    static final int BOOLS = 4;
    /** Object[] of values without storage of their own (strings, pointers, interfaces, ...): the references swap. */
    static final int REFS = 5;
    /** Object[] of structs with no nested struct or array: their fields swap. */
    static final int FLAT_STRUCTS = 6;
    static final int GENERIC = 7;

    @Child private LessCall call = LessCall.create();
    /**
     * For lessOnce, made behind a boundary: the compiled sort has a plain Java call there (an indirect call's own
     * compiled code at each of the seven sites made the sort bigger than inlining the closure did).
     */
    @Child private IndirectCallNode callOnce = IndirectCallNode.create();
    /** The sort's call site, in the caller's tree: where the less calls are noted as made (tracebacks). */
    private final Node site;
    /** The kind of the backing arrays seen here, GENERIC once there were two; 0 before the first sort. */
    @CompilationFinal private int kind;
    /**
     * For FLAT_STRUCTS, the one struct type seen: its field counts are constants, so a swap compiles to one exchange
     * per field (loops over the fields, at each of the many swap sites, made tens of KB of code).
     */
    @CompilationFinal private StructType flatType;

    ClosureOrder(Node site) {
        this.site = site;
    }

    /** What one sort works on: the less function and where it runs, the slice's elements and their type. */
    static final class Run {
        final CallTarget less;
        final Object environment;
        final GoroutineState goroutine;
        final int callerDepth;
        final Object array;
        final int offset;
        final GoType elem;

        Run(FuncValue less, GoroutineState goroutine, int callerDepth, Slice slice, GoType elem) {
            this.less = less.target;
            this.environment = less.env;
            this.goroutine = goroutine;
            this.callerDepth = callerDepth;
            this.array = slice.array;
            this.offset = slice.offset;
            this.elem = elem;
        }
    }

    /** Notes the kind of run's backing array before run is sorted, so that swap is compiled for the kinds seen. */
    void prepare(Run run) {
        int seen = kindOf(run.array, run.elem);
        StructType struct = seen == FLAT_STRUCTS ? structOf(run.elem) : null;
        if (kind != GENERIC && (seen != kind || struct != flatType)) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (kind == 0) {
                kind = seen;
                flatType = struct;
            } else {
                kind = GENERIC;
                flatType = null;
            }
        }
    }

    @TruffleBoundary
    private static StructType structOf(GoType elem) {
        return (StructType) elem.underlying();
    }

    /** The kind of swap that array, the backing array of a slice of elem, needs. */
    @TruffleBoundary
    static int kindOf(Object array, GoType elem) {
        if (array instanceof long[]) {
            return LONGS;
        } else if (array instanceof double[]) {
            return DOUBLES;
        } else if (array instanceof byte[]) {
            return BYTES;
        } else if (array instanceof boolean[]) {
            return BOOLS;
        } else if (!Aggregates.isAggregate(elem)) {
            return REFS;
        } else if (elem.underlying() instanceof StructType st && StructValue.isFlat(st)) {
            return FLAT_STRUCTS;
        }
        return GENERIC;
    }

    @Override
    boolean less(Run run, int i, int j) {
        return (Boolean) call.execute(run.less, arguments(run, i, j), run.callerDepth, site);
    }

    @Override
    @TruffleBoundary
    boolean lessOnce(Run run, int i, int j) {
        Object[] a = arguments(run, i, j);
        GoArguments.enter(a, run.callerDepth, site);
        return (Boolean) callOnce.call(run.less, a);
    }

    private static Object[] arguments(Run run, int i, int j) {
        Object[] a = GoArguments.create(2);
        GoArguments.setGoroutine(a, run.goroutine);
        GoArguments.setEnvironment(a, run.environment);
        GoArguments.setParam(a, 0, (long) i);
        GoArguments.setParam(a, 1, (long) j);
        return a;
    }

    @Override
    void swap(Run run, int i, int j) {
        int x = run.offset + i;
        int y = run.offset + j;
        Object array = run.array;
        switch (kind) {
            case LONGS -> {
                long[] l = (long[]) array;
                long t = l[x];
                l[x] = l[y];
                l[y] = t;
            }
            case DOUBLES -> {
                double[] d = (double[]) array;
                double t = d[x];
                d[x] = d[y];
                d[y] = t;
            }
            case BYTES -> {
                byte[] b = (byte[]) array;
                byte t = b[x];
                b[x] = b[y];
                b[y] = t;
            }
            case BOOLS -> {
                boolean[] b = (boolean[]) array;
                boolean t = b[x];
                b[x] = b[y];
                b[y] = t;
            }
            case REFS -> {
                Object[] o = (Object[]) array;
                Object t = o[x];
                o[x] = o[y];
                o[y] = t;
            }
            case FLAT_STRUCTS -> {
                Object[] o = (Object[]) array;
                swapFields(flatType, (StructValue) o[x], (StructValue) o[y]);
            }
            default -> swapAny(run.elem, array, x, y);
        }
    }

    @ExplodeLoop
    private static void swapFields(StructType type, StructValue a, StructValue b) {
        long[] ap = a.prims;
        long[] bp = b.prims;
        for (int k = 0; k < type.primCount; k++) {
            long t = ap[k];
            ap[k] = bp[k];
            bp[k] = t;
        }
        Object[] ar = a.refs;
        Object[] br = b.refs;
        for (int k = 0; k < type.refCount; k++) {
            Object t = ar[k];
            ar[k] = br[k];
            br[k] = t;
        }
    }

    @TruffleBoundary
    private static void swapAny(GoType elem, Object array, int x, int y) {
        SortNatives.swap(elem, array, x, y);
    }

    /** Lets the scheduler run other goroutines if this one's time slice is spent, as a Go loop's back-edge does. */
    @Override
    void step(Run run) {
        GoroutineState g = run.goroutine;
        gosub.runtime.Goroutine rg = g.goroutine;
        if (rg != null && rg.preemptRequested()) {
            g.position = site;
            g.positionDepth = run.callerDepth;
            g.yieldNow();
        }
    }
}
