package gosub.language.nodes.operators;

import gosub.ast.Operator;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.Kind;

/**
 * Integer arithmetic, one small node class per operation, chosen with the integer kind when the node is built (Go's
 * static types are known then): {@link #create}. Operands and results are longs holding the kind's value
 * (sign-extended for signed kinds, zero-extended for unsigned ones); results that may leave a narrow kind's range
 * go through {@link IntTruncation}, so every kind wraps around exactly as in Go.
 */
public final class IntArithmetic {
    private IntArithmetic() {
    }

    /**
     * The node for x op y on integers of kind (op is arithmetic or a shift). unsignedCount: for a shift, the count's
     * type is unsigned, so a count that looks negative is a huge count rather than a run-time error.
     */
    public static ExprNode create(Operator op, Kind kind, ExprNode x, ExprNode y, boolean unsignedCount) {
        boolean unsigned64 = kind.isUnsigned64();
        return switch (op) {
            case ADD -> IntTruncation.to(kind, new Add(x, y));
            case SUB -> IntTruncation.to(kind, new Sub(x, y));
            case MUL -> IntTruncation.to(kind, new Mul(x, y));
            case QUO -> unsigned64 ? new QuoUnsigned(x, y) : IntTruncation.to(kind, new QuoSigned(x, y));
            case REM -> unsigned64 ? new RemUnsigned(x, y) : new RemSigned(x, y);
            case AND -> new And(x, y);
            case OR -> new Or(x, y);
            case XOR -> IntTruncation.to(kind, new Xor(x, y));
            case AND_NOT -> new AndNot(x, y);
            case SHL -> IntTruncation.to(kind, new Shl(x, y, unsignedCount));
            case SHR -> kind.isUnsigned() ? new ShrUnsigned(x, y, unsignedCount) : new ShrSigned(x, y, unsignedCount);
            default -> throw new IllegalArgumentException("not an integer operator: " + op);
        };
    }

    /** Evaluates both operands, left first, and applies the operation. */
    abstract static class Binary extends LongNode {
        @Child private ExprNode left;
        @Child private ExprNode right;

        Binary(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        abstract long apply(long a, long b);

        @Override
        public final long executeLong(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return apply(a, b);
        }
    }

    /** Division and remainder: a zero divisor is a run-time panic. */
    abstract static class Division extends Binary {
        Division(ExprNode left, ExprNode right) {
            super(left, right);
        }

        abstract long divide(long a, long b);

        @Override
        final long apply(long a, long b) {
            if (b == 0) {
                throw RuntimeErrors.divideByZero();
            }
            return divide(a, b);
        }
    }

    static final class Add extends Binary {
        Add(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long apply(long a, long b) {
            return a + b;
        }
    }

    static final class Sub extends Binary {
        Sub(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long apply(long a, long b) {
            return a - b;
        }
    }

    static final class Mul extends Binary {
        Mul(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long apply(long a, long b) {
            return a * b;
        }
    }

    static final class And extends Binary {
        And(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long apply(long a, long b) {
            return a & b;
        }
    }

    static final class Or extends Binary {
        Or(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long apply(long a, long b) {
            return a | b;
        }
    }

    static final class Xor extends Binary {
        Xor(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long apply(long a, long b) {
            return a ^ b;
        }
    }

    static final class AndNot extends Binary {
        AndNot(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long apply(long a, long b) {
            return a & ~b;
        }
    }

    /** Signed division truncates toward zero; the most negative value divided by -1 wraps to itself, as in Go. */
    static final class QuoSigned extends Division {
        QuoSigned(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long divide(long a, long b) {
            return a / b;
        }
    }

    /** Division of 64-bit unsigned integers (narrower unsigned kinds are non-negative longs: signed division). */
    static final class QuoUnsigned extends Division {
        QuoUnsigned(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long divide(long a, long b) {
            return Long.divideUnsigned(a, b);
        }
    }

    static final class RemSigned extends Division {
        RemSigned(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long divide(long a, long b) {
            return a % b;
        }
    }

    static final class RemUnsigned extends Division {
        RemUnsigned(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        long divide(long a, long b) {
            return Long.remainderUnsigned(a, b);
        }
    }

    /** A shift: the count is checked the same way for every shift. */
    abstract static class Shift extends Binary {
        private final boolean unsignedCount;

        Shift(ExprNode left, ExprNode right, boolean unsignedCount) {
            super(left, right);
            this.unsignedCount = unsignedCount;
        }

        /** a shifted by s, a count from 0 to 64. */
        abstract long shift(long a, long s);

        /** A negative signed count is a run-time error; a huge unsigned one counts as 64. */
        @Override
        final long apply(long a, long count) {
            if (count < 0) {
                if (!unsignedCount) {
                    throw RuntimeErrors.negativeShift();
                }
                count = 64;
            }
            return shift(a, count);
        }
    }

    static final class Shl extends Shift {
        Shl(ExprNode left, ExprNode right, boolean unsignedCount) {
            super(left, right, unsignedCount);
        }

        @Override
        long shift(long a, long s) {
            return s >= 64 ? 0 : a << s;
        }
    }

    /** >> on a signed kind: copies of the sign bit come in. */
    static final class ShrSigned extends Shift {
        ShrSigned(ExprNode left, ExprNode right, boolean unsignedCount) {
            super(left, right, unsignedCount);
        }

        @Override
        long shift(long a, long s) {
            return s >= 64 ? (a < 0 ? -1 : 0) : a >> s;
        }
    }

    /** >> on an unsigned kind (held zero-extended, so a logical shift is right for every width). */
    static final class ShrUnsigned extends Shift {
        ShrUnsigned(ExprNode left, ExprNode right, boolean unsignedCount) {
            super(left, right, unsignedCount);
        }

        @Override
        long shift(long a, long s) {
            return s >= 64 ? 0 : a >>> s;
        }
    }
}
