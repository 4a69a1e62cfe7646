package gosub.language.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.ast.Operator;
import gosub.language.nodes.ExprNode;
import gosub.language.values.Complex;

/**
 * + - * / and unary - on complex64 and complex128 values ({@link Complex}), one small node class per operation:
 * {@link #create}. A complex64 result has its parts rounded to float32 precision, as float32 arithmetic does;
 * its product rounds each partial product as Go's float32 instructions do, and its quotient is computed in double
 * precision and then rounded, as Go's runtime does.
 */
public final class ComplexArithmetic {
    private ComplexArithmetic() {
    }

    public static ExprNode create(Operator op, boolean complex64, ExprNode x, ExprNode y) {
        ExprNode n = switch (op) {
            case ADD -> new Add(x, y);
            case SUB -> new Sub(x, y);
            case MUL -> complex64 ? new Mul64(x, y) : new Mul(x, y);
            case QUO -> new Quo(x, y);
            default -> throw new IllegalArgumentException("not a complex operator: " + op);
        };
        return complex64 ? toComplex64(n) : n;
    }

    /** -x (exact: no rounding needed for complex64). */
    public static ExprNode negate(ExprNode x) {
        return new Neg(x);
    }

    /** x with both parts rounded to float32 precision: a complex64 result, or a conversion to complex64. */
    public static ExprNode toComplex64(ExprNode x) {
        return new ToComplex64(x);
    }

    abstract static class Binary extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;

        Binary(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        abstract Complex apply(Complex a, Complex b);

        @Override
        public final Object execute(VirtualFrame frame) {
            Complex a = (Complex) left.execute(frame);
            Complex b = (Complex) right.execute(frame);
            return apply(a, b);
        }
    }

    static final class Add extends Binary {
        Add(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Complex apply(Complex a, Complex b) {
            return a.add(b);
        }
    }

    static final class Sub extends Binary {
        Sub(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Complex apply(Complex a, Complex b) {
            return a.sub(b);
        }
    }

    static final class Mul extends Binary {
        Mul(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Complex apply(Complex a, Complex b) {
            return a.mul(b);
        }
    }

    static final class Mul64 extends Binary {
        Mul64(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Complex apply(Complex a, Complex b) {
            return a.mul64(b);
        }
    }

    static final class Quo extends Binary {
        Quo(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        Complex apply(Complex a, Complex b) {
            return a.div(b);
        }
    }

    static final class Neg extends ExprNode {
        @Child private ExprNode x;

        Neg(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return ((Complex) x.execute(frame)).negate();
        }
    }

    static final class ToComplex64 extends ExprNode {
        @Child private ExprNode x;

        ToComplex64(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return ((Complex) x.execute(frame)).toComplex64();
        }
    }
}
