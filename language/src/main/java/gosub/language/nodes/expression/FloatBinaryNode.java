package gosub.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;

/** Float arithmetic; float32 results are rounded to float precision after each operation, as Go does. */
public final class FloatBinaryNode extends DoubleNode {
    public enum Op { ADD, SUB, MUL, DIV }

    private final Op op;
    private final boolean f32;
    @Child private ExprNode left;
    @Child private ExprNode right;

    public FloatBinaryNode(Op op, boolean f32, ExprNode left, ExprNode right) {
        this.op = op;
        this.f32 = f32;
        this.left = left;
        this.right = right;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        double a = left.executeDouble(frame);
        double b = right.executeDouble(frame);
        double r = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
        };
        return f32 ? (float) r : r;
    }
}
