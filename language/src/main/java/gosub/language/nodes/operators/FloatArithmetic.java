package gosub.language.nodes.operators;

import gosub.ast.Operator;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;

/**
 * Floating-point arithmetic, one small node class per operation: {@link #create}. float64 and float32 values are
 * both held in doubles; a float32 result is rounded to float precision after every operation ({@link #toFloat32}),
 * which gives Go's float32 results (double rounding cannot differ for +, -, *, / of floats).
 */
public final class FloatArithmetic {
    private FloatArithmetic() {
    }

    /** The node for x op y on floats; float32: round the result to float precision. */
    public static ExprNode create(Operator op, boolean float32, ExprNode x, ExprNode y) {
        ExprNode n = switch (op) {
            case ADD -> new Add(x, y);
            case SUB -> new Sub(x, y);
            case MUL -> new Mul(x, y);
            case QUO -> new Quo(x, y);
            default -> throw new IllegalArgumentException("not a float operator: " + op);
        };
        return float32 ? toFloat32(n) : n;
    }

    /** x rounded to float32 precision. */
    public static ExprNode toFloat32(ExprNode x) {
        return new ToFloat32(x);
    }

    /** Evaluates both operands, left first, and applies the operation. */
    abstract static class Binary extends DoubleNode {
        @Child private ExprNode left;
        @Child private ExprNode right;

        Binary(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        abstract double apply(double a, double b);

        @Override
        public final double executeDouble(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            double b = right.executeDouble(frame);
            return apply(a, b);
        }
    }

    static final class Add extends Binary {
        Add(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        double apply(double a, double b) {
            return a + b;
        }
    }

    static final class Sub extends Binary {
        Sub(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        double apply(double a, double b) {
            return a - b;
        }
    }

    static final class Mul extends Binary {
        Mul(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        double apply(double a, double b) {
            return a * b;
        }
    }

    static final class Quo extends Binary {
        Quo(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        double apply(double a, double b) {
            return a / b;
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
