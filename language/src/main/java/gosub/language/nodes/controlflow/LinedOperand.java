package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.runtime.GoPanicException;

/**
 * An operand that Go places on a line of its own within its statement (a select case's channel, an index or slice
 * expression whose bracket is on a later line than the statement): a run-time error in it happens at that line, as
 * Go reports it, and not at the statement's line, where a statement's run-time errors are placed otherwise
 * (ControlNodes.Block#origin). The builder adds one only where the lines differ.
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

    @Override
    public long executeLong(VirtualFrame frame) {
        try {
            return operand.executeLong(frame);
        } catch (GoPanicException p) {
            throw ControlNodes.Block.origin(p, this);
        }
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        try {
            return operand.executeDouble(frame);
        } catch (GoPanicException p) {
            throw ControlNodes.Block.origin(p, this);
        }
    }

    @Override
    public boolean executeBool(VirtualFrame frame) {
        try {
            return operand.executeBool(frame);
        } catch (GoPanicException p) {
            throw ControlNodes.Block.origin(p, this);
        }
    }
}
