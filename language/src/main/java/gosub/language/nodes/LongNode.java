package gosub.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An expression of integer type. */
public abstract class LongNode extends ExprNode {
    @Override
    public abstract long executeLong(VirtualFrame frame);

    @Override
    public final Object execute(VirtualFrame frame) {
        return executeLong(frame);
    }
}
