package gosub.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;

/** A constant value (already converted to its final type's representation). */
public final class ConstNode extends ExprNode {
    private final Object value;
    private final long longValue;
    private final double doubleValue;

    public ConstNode(Object value) {
        this.value = value;
        this.longValue = value instanceof Long l ? l : 0;
        this.doubleValue = value instanceof Double d ? d : 0;
    }

    /**
     * The value of n if it is an integer constant, else null: operators fold such an operand into their own node,
     * which saves the interpreter a call per operation.
     */
    public static Long integerValue(ExprNode n) {
        return n instanceof ConstNode c && c.value instanceof Long l ? l : null;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return longValue;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return doubleValue;
    }

    @Override
    public boolean executeBool(VirtualFrame frame) {
        return (Boolean) value;
    }
}
