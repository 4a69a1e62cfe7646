package gosub.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An expression of float type. */
public abstract class DoubleNode extends ExprNode {
    @Override
    public abstract double executeDouble(VirtualFrame frame);

    @Override
    public final Object execute(VirtualFrame frame) {
        return executeDouble(frame);
    }
}
