package gosub.language.nodes.operators;

import gosub.ast.Operator;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;

/**
 * Floating-point arithmetic, one node holding the operator: {@link #create}. float64 and float32 values are
 * both held in doubles; a float32 result is rounded to float precision after every operation ({@link #toFloat32}),
 * which gives Go's float32 results (double rounding cannot differ for +, -, *, / of floats).
 */
public final class FloatArithmetic {
    private FloatArithmetic() {
    }

    /** The node for x op y on floats; float32: round the result to float precision. */
    public static ExprNode create(Operator op, boolean float32, ExprNode x, ExprNode y) {
        ExprNode n = switch (op) {
            case ADD, SUB, MUL, QUO -> new Binary(op, x, y);
            default -> throw new IllegalArgumentException("not a float operator: " + op);
        };
        return float32 ? toFloat32(n) : n;
    }

    /** x rounded to float32 precision. */
    public static ExprNode toFloat32(ExprNode x) {
        return new ToFloat32(x);
    }

    /**
     * Evaluates both operands, left first, and applies the operator, a final field: compiled, the switch folds to the
     * one operation.
     */
    static final class Binary extends DoubleNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        private final Operator op;

        Binary(Operator op, ExprNode left, ExprNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            double b = right.executeDouble(frame);
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case QUO -> a / b;
                default -> throw CompilerDirectives.shouldNotReachHere(op.toString());
            };
        }
    }

    static final class ToFloat32 extends DoubleNode {
        @Child private ExprNode x;

        ToFloat32(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return (float) x.executeDouble(frame);
        }
    }
}
