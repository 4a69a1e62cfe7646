package gosub.language.stdlib.sort;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.GoArguments;
import gosub.language.types.GoType;
import gosub.language.values.FuncValue;
import gosub.language.values.Slice;

/**
 * The sorting done for one sort.Slice or sort.SliceStable call site: its own call target, compiled on its own (the
 * loops of a sort are too big to compile into every caller, and a caller that runs once is never compiled), with
 * that site's less closure inlined into every comparison and the swap of that site's element type.
 * <p>
 * Arguments: GoArguments with parameters (slice, less, element type, caller's depth); less is not nil and the slice
 * has at least two elements.
 */
final class SliceSortRoot extends RootNode {
    private final boolean stable;
    @Child private ClosureOrder order;

    SliceSortRoot(TruffleLanguage<?> language, boolean stable, Node site) {
        super(language);
        this.stable = stable;
        this.order = new ClosureOrder(site);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Slice slice = (Slice) GoArguments.param(args, 0);
        ClosureOrder.Run run = new ClosureOrder.Run((FuncValue) GoArguments.param(args, 1), GoArguments.goroutine(args),
                        (Integer) GoArguments.param(args, 3), slice, (GoType) GoArguments.param(args, 2));
        order.prepare(run);
        if (stable) {
            order.stableSort(run, slice.len);
        } else {
            order.sort(run, slice.len);
        }
        // a sort is a loop of about n log n comparisons: counted, it gets this target compiled for the next sort
        LoopNode.reportLoopCount(this, slice.len);
        return null;
    }

    @Override
    public String getName() {
        return stable ? "sort.SliceStable" : "sort.Slice";
    }

    @Override
    public String toString() {
        return getName();
    }
}
