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
        double r;
        if (op == Op.ADD) {
            r = a + b;
        } else if (op == Op.SUB) {
            r = a - b;
        } else if (op == Op.MUL) {
            r = a * b;
        } else {
            r = a / b;
        }
        return f32 ? (float) r : r;
    }
}
