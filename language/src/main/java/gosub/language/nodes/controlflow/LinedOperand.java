package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.runtime.GoPanicException;

/**
 * An operand of a statement that is written on a line of its own (a select case's channel): a run-time error in it
 * happens at that line, as Go reports it, and not at the statement's first line, where a statement's run-time
 * errors are placed otherwise (ControlNodes.Block#origin).
 */
public final class LinedOperand extends ExprNode {
    @Child private ExprNode operand;

    public LinedOperand(ExprNode operand, int line) {
        this.operand = operand;
        at(line);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return operand.execute(frame);
        } catch (GoPanicException p) {
            throw ControlNodes.Block.origin(p, this);
        }
    }
}
