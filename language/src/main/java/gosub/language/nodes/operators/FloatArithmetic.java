package gosub.language.nodes.operators;

import gosub.ast.Operator;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;

/**
 * Floating-point arithmetic, a node class per operator: {@link #create}. Compiled, a node holding its operator in a
 * field folds to the one operation too, but the interpreter switched on that field at every execution, and one
 * class serving four operators sees four kinds of operand node at its calls, which defeats the JVM's
 * profile-guided inlining of them (why IntArithmetic gives + - * classes of their own). float64 and float32
 * values are both held in doubles; a float32 result is rounded to float precision after every operation ({@link #toFloat32}),
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

    /** Both operands, evaluated left first: a class per operator below (see {@link #create}). */
    abstract static class Operands extends DoubleNode {
        @Child ExprNode left;
        @Child ExprNode right;

        Operands(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }
    }

    static final class Add extends Operands {
        Add(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return left.executeDouble(frame) + right.executeDouble(frame);
        }
    }

    static final class Sub extends Operands {
        Sub(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return left.executeDouble(frame) - right.executeDouble(frame);
        }
    }

    static final class Mul extends Operands {
        Mul(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return left.executeDouble(frame) * right.executeDouble(frame);
        }
    }

    static final class Quo extends Operands {
        Quo(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return left.executeDouble(frame) / right.executeDouble(frame);
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
