package gosub.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An expression of boolean type. */
public abstract class BoolNode extends ExprNode {
    @Override
    public abstract boolean executeBool(VirtualFrame frame);

    @Override
    public final Object execute(VirtualFrame frame) {
        return executeBool(frame);
    }
}
