package gosub.language.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.ast.Operator;
import gosub.language.nodes.ExprNode;
import gosub.language.values.Complex;

/**
 * + - * / and unary - on complex64 and complex128 values ({@link Complex}), one node holding the operator:
 * {@link #create}. A complex64 result is computed in double precision and has its parts rounded to float32 once,
 * as Go's compiled code does: its product widens the operands and narrows the two sums (so no partial product is
 * rounded on its own, and a difference of huge products can be 0 where float32 steps would give NaN), and its
 * quotient is the runtime's complex128 division, narrowed.
 */
public final class ComplexArithmetic {
    private ComplexArithmetic() {
    }

    public static ExprNode create(Operator op, boolean complex64, ExprNode x, ExprNode y) {
        ExprNode n = switch (op) {
            case ADD, SUB, MUL, QUO -> new Binary(op, x, y);
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

    /** Evaluates both operands, left first, and applies the operator (a final field, which compiled code folds). */
    static final class Binary extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        private final Operator op;

        Binary(Operator op, ExprNode left, ExprNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Complex a = (Complex) left.execute(frame);
            Complex b = (Complex) right.execute(frame);
            return switch (op) {
                case ADD -> a.add(b);
                case SUB -> a.sub(b);
                case MUL -> a.mul(b);
                case QUO -> a.div(b);
                default -> throw CompilerDirectives.shouldNotReachHere(op.toString());
            };
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
