package gosub.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import gosub.language.types.GoType.Rep;

/**
 * A Go expression. The node builder knows every expression's static type, so parents call the typed execute
 * method that matches it (executeLong for integers, executeDouble for floats, executeBool for booleans) and numbers
 * never get boxed on the way.
 */
@GenerateWrapper
public abstract class ExprNode extends StmtNode {
    /** An expression's wrapper is an expression, so it fits wherever the expression was (a call's parent's slot). */
    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new ExprNodeWrapper(this, probe);
    }

    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) {
        return (Long) execute(frame);
    }

    public double executeDouble(VirtualFrame frame) {
        return (Double) execute(frame);
    }

    public boolean executeBool(VirtualFrame frame) {
        return (Boolean) execute(frame);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        execute(frame);
    }

    /**
     * The value as the 64-bit word a struct field or a cell holds for representation rep (LONG, DOUBLE or BOOL: see
     * {@code PrimWords}), read through the typed execute method so that nothing is boxed.
     */
    public final long executeWord(VirtualFrame frame, Rep rep) {
        if (rep == Rep.DOUBLE) {
            return Double.doubleToRawLongBits(executeDouble(frame));
        }
        if (rep == Rep.BOOL) {
            return executeBool(frame) ? 1 : 0;
        }
        return executeLong(frame);
    }

    /** An expression statement never returns from its function (final: a generated node must not override it). */
    @Override
    public final Object executeResult(VirtualFrame frame) {
        executeVoid(frame);
        return NO_RETURN;
    }
}
