package gosub.language.nodes.operators;

import gosub.ast.Operator;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.nodes.expression.ConstNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.Kind;

/**
 * Integer arithmetic, a node per family of operations (plain, division, shift) holding its operator, chosen with the
 * integer kind when the node is built (Go's static types are known then): {@link #create}. Operands and results are
 * longs holding the kind's value (sign-extended for signed kinds, zero-extended for unsigned ones); results that may
 * leave a narrow kind's range go through {@link IntTruncation}, so every kind wraps around exactly as in Go.
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
            case ADD, SUB, MUL -> IntTruncation.to(kind, frequent(op, x, y));
            case XOR -> IntTruncation.to(kind, bitwise(op, x, y));
            case AND, OR -> bitwise(op, x, y);
            case AND_NOT -> new Plain(op, x, y);
            case QUO -> unsigned64 ? new Division(op, true, x, y)
                            : IntTruncation.to(kind, new Division(op, false, x, y));
            case REM -> new Division(op, unsigned64, x, y);
            case SHL -> IntTruncation.to(kind, shift(op, false, unsignedCount, x, y));
            case SHR -> shift(op, kind.isUnsigned(), unsignedCount, x, y);
            default -> throw new IllegalArgumentException("not an integer operator: " + op);
        };
    }

    /**
     * + - *, the operations programs do most, get a node class each, and one for a constant right operand (i+1, n-2,
     * i-- ...): the interpreter then makes one or two calls per operation instead of three (operands, operator) and a
     * switch, and each class's operand calls see fewer kinds of node, which the JVM's profile-guided inlining likes.
     * x - c is x + (-c), since long arithmetic wraps alike both ways.
     */
    private static ExprNode frequent(Operator op, ExprNode x, ExprNode y) {
        Long c = ConstNode.integerValue(y);
        return switch (op) {
            case ADD -> c != null ? new AddConstant(x, c) : new Add(x, y);
            case SUB -> c != null ? new AddConstant(x, -c) : new Sub(x, y);
            case MUL -> new Mul(x, y);
            default -> throw CompilerDirectives.shouldNotReachHere(op.toString());
        };
    }

    /** If n adds a constant (x + c, x - c as x + (-c)), that constant; else null. */
    public static Long constantAddend(ExprNode n) {
        return n instanceof AddConstant a ? a.right : null;
    }

    /** The left operand of n if n is an addition (x + y, or x + c for a constant c), else null. */
    public static ExprNode augend(ExprNode n) {
        return n instanceof AddConstant a ? a.left : n instanceof Add a ? a.left : null;
    }

    /** The right operand of n if n is an addition of two operands (x + y, y not a constant), else null. */
    public static ExprNode addend(ExprNode n) {
        return n instanceof Add a ? a.right : null;
    }

    /**
     * &amp;, | and ^ are as frequent as + in masks, hashes and sieves (x &amp; 255, i ^ j): a class each too, and one for
     * a mask by a constant, for the reasons given at {@link #frequent}.
     */
    private static ExprNode bitwise(Operator op, ExprNode x, ExprNode y) {
        Long c = ConstNode.integerValue(y);
        return switch (op) {
            case AND -> c != null ? new AndConstant(x, c) : new And(x, y);
            case OR -> new Or(x, y);
            case XOR -> new Xor(x, y);
            default -> throw CompilerDirectives.shouldNotReachHere(op.toString());
        };
    }

    /** A shift by a constant count below 64 (x &lt;&lt; 1, y &gt;&gt;= 4) is a node of its own: no count checks, one call. */
    private static ExprNode shift(Operator op, boolean unsignedValue, boolean unsignedCount, ExprNode x, ExprNode y) {
        Long c = ConstNode.integerValue(y);
        if (c == null || c < 0 || c >= 64) {
            return new Shift(op, unsignedValue, unsignedCount, x, y);
        }
        int count = (int) (long) c;
        if (op == Operator.SHL) {
            return new ShiftLeftConstant(x, count);
        }
        return unsignedValue ? new ShiftRightUnsignedConstant(x, count) : new ShiftRightConstant(x, count);
    }

    abstract static class ByConstant extends LongNode {
        @Child ExprNode left;
        final int count;

        ByConstant(ExprNode left, int count) {
            this.left = left;
            this.count = count;
        }
    }

    static final class ShiftLeftConstant extends ByConstant {
        ShiftLeftConstant(ExprNode left, int count) {
            super(left, count);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) << count;
        }
    }

    /** &gt;&gt; of a signed kind: copies of the sign bit come in. */
    static final class ShiftRightConstant extends ByConstant {
        ShiftRightConstant(ExprNode left, int count) {
            super(left, count);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) >> count;
        }
    }

    /** &gt;&gt; of an unsigned kind (held zero-extended): zeros come in. */
    static final class ShiftRightUnsignedConstant extends ByConstant {
        ShiftRightUnsignedConstant(ExprNode left, int count) {
            super(left, count);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) >>> count;
        }
    }

    abstract static class Operands extends LongNode {
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
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) + right.executeLong(frame);
        }
    }

    static final class Sub extends Operands {
        Sub(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) - right.executeLong(frame);
        }
    }

    static final class Mul extends Operands {
        Mul(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) * right.executeLong(frame);
        }
    }

    static final class And extends Operands {
        And(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) & right.executeLong(frame);
        }
    }

    static final class Or extends Operands {
        Or(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) | right.executeLong(frame);
        }
    }

    static final class Xor extends Operands {
        Xor(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) ^ right.executeLong(frame);
        }
    }

    /** x &amp; c for a constant c. */
    static final class AndConstant extends LongNode {
        @Child private ExprNode left;
        private final long mask;

        AndConstant(ExprNode left, long mask) {
            this.left = left;
            this.mask = mask;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) & mask;
        }
    }

    /** x + c and x - c (as x + (-c)) for a constant c. */
    static final class AddConstant extends LongNode {
        @Child private ExprNode left;
        private final long right;

        AddConstant(ExprNode left, long right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return left.executeLong(frame) + right;
        }
    }

    /**
     * Evaluates both operands, left first, and applies the operator. The operator is a final field: compiled, the
     * switches of the subclasses fold to its one operation.
     */
    abstract static class Binary extends LongNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        final Operator op;

        Binary(Operator op, ExprNode left, ExprNode right) {
            this.op = op;
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

    /** &amp;^ (and any operator that cannot fail; the frequent ones have classes of their own: {@link #frequent}). */
    static final class Plain extends Binary {
        Plain(Operator op, ExprNode left, ExprNode right) {
            super(op, left, right);
        }

        @Override
        long apply(long a, long b) {
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case AND -> a & b;
                case OR -> a | b;
                case XOR -> a ^ b;
                case AND_NOT -> a & ~b;
                default -> throw CompilerDirectives.shouldNotReachHere(op.toString());
            };
        }
    }

    /**
     * / and %: a zero divisor is a run-time panic. Signed division truncates toward zero, and the most negative value
     * divided by -1 wraps to itself, as in Go. unsigned64: a 64-bit unsigned kind (narrower unsigned kinds are
     * non-negative longs, for which signed division is right).
     */
    static final class Division extends Binary {
        private final boolean unsigned64;

        Division(Operator op, boolean unsigned64, ExprNode left, ExprNode right) {
            super(op, left, right);
            this.unsigned64 = unsigned64;
        }

        @Override
        long apply(long a, long b) {
            if (b == 0) {
                throw RuntimeErrors.divideByZero();
            }
            if (op == Operator.QUO) {
                return unsigned64 ? Long.divideUnsigned(a, b) : a / b;
            }
            return unsigned64 ? Long.remainderUnsigned(a, b) : a % b;
        }
    }

    /**
     * &lt;&lt; and &gt;&gt;. A &gt;&gt; of an unsigned kind (held zero-extended, so a logical shift is right for every
     * width) shifts zeros in, of a signed kind copies of the sign bit.
     */
    static final class Shift extends Binary {
        private final boolean unsignedValue;
        private final boolean unsignedCount;

        Shift(Operator op, boolean unsignedValue, boolean unsignedCount, ExprNode left, ExprNode right) {
            super(op, left, right);
            this.unsignedValue = unsignedValue;
            this.unsignedCount = unsignedCount;
        }

        /** A negative signed count is a run-time error; a huge unsigned one counts as 64. */
        @Override
        long apply(long a, long count) {
            if (count < 0) {
                if (!unsignedCount) {
                    throw RuntimeErrors.negativeShift();
                }
                count = 64;
            }
            if (op == Operator.SHL) {
                return count >= 64 ? 0 : a << count;
            }
            if (unsignedValue) {
                return count >= 64 ? 0 : a >>> count;
            }
            return count >= 64 ? (a < 0 ? -1 : 0) : a >> count;
        }
    }
}
