package gosub.language.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;

/** Reads parameter i of the running call (see {@link GoArguments}). */
public final class ArgumentNode extends ExprNode {
    private final int param;

    public ArgumentNode(int param) {
        this.param = param;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return GoArguments.param(frame, param);
    }
}
