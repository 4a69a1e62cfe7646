package gosub.language.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;

/** Reads argument i of a call's frame, whose arguments are [goroutine, environment, params...]. */
public final class ArgumentNode extends ExprNode {
    private final int index;

    public ArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getArguments()[index];
    }
}
