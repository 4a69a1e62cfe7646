package gosub.language.stdlib.sort;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import gosub.language.GoLanguage;
import gosub.language.natives.NativeNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.SliceType;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;
import gosub.language.values.Slice;

/**
 * sort.Slice(x, less) or sort.SliceStable(x, less) at one call site: checks x as reflect.Swapper does, then runs the
 * site's own SliceSortRoot, so that the sort is compiled with this site's closure and no other.
 */
final class SliceSortNode extends ExprNode {
    @Child private ExprNode slice;
    @Child private ExprNode less;
    /**
     * This site's sort, called indirectly so that the compiler never inlines it into the caller: it is compiled once,
     * on its own, rather than again inside every compilation of the caller (or of the caller's loop, with OSR).
     */
    @CompilationFinal private CallTarget sorter;
    @Child private IndirectCallNode call = IndirectCallNode.create();
    private final boolean stable;

    SliceSortNode(ExprNode[] arguments, boolean stable) {
        this.slice = arguments[0];
        this.less = arguments[1];
        this.stable = stable;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object x = slice.execute(frame);
        Object f = less.execute(frame);
        Slice s = x instanceof Iface i && i.value instanceof Slice v ? v : sliceOrPanic(x);
        if (s == null || s.len < 2) {
            return null; // Go's sorts call neither less nor swap
        }
        if (f == null) {
            throw RuntimeErrors.nilDeref(); // at the first comparison, before any swap
        }
        if (sorter == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            sorter = new SliceSortRoot(getRootNode().getLanguage(GoLanguage.class), stable, this).getCallTarget();
        }
        // less is Go code: the goroutine is here while it runs (tracebacks, blocking in less)
        GoroutineState g = NativeNode.blockingAt(this, frame);
        Object[] a = GoArguments.create(4);
        GoArguments.setGoroutine(a, g);
        GoArguments.setParam(a, 0, s);
        GoArguments.setParam(a, 1, (FuncValue) f);
        GoArguments.setParam(a, 2, ((SliceType) ((Iface) x).type.underlying()).elem);
        GoArguments.setParam(a, 3, GoArguments.depth(frame.getArguments()));
        try {
            call.call(sorter, a);
        } catch (GoPanicException p) {
            // a panic in less passes the sort on its way out, as in Go's traceback (Go's inner frames left out)
            throw frameOfSort(p);
        }
        return null;
    }

    @TruffleBoundary
    private GoPanicException frameOfSort(GoPanicException p) {
        // where Go 1.19's sort/slice.go calls its sort
        p.addFrame(stable ? "sort.SliceStable" : "sort.Slice", "$GOROOT/src/sort/slice.go", stable ? 35 : 23);
        return p;
    }

    /** A nil slice (null), or reflect.Swapper's panic when x holds no slice. */
    @TruffleBoundary
    private static Slice sliceOrPanic(Object x) {
        return SortNatives.slice(x, "Swapper");
    }
}
