package gosub.language.nodes.operators;

import gosub.ast.Operator;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.expression.ConstNode;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.StructType;
import gosub.language.values.Equality;
import gosub.language.values.Pointer;

/**
 * Comparisons, one small node class per operand representation holding the operator as a {@link Relation}, chosen
 * from the operands' static type when the node is built: {@link #create}. Interface operands compare through
 * {@link InterfaceEquality}, which specialises on the dynamic types it meets.
 */
public final class Comparison {
    private Comparison() {
    }

    /** The node for x op y where both operands have static type t (op is a comparison). */
    public static ExprNode create(Operator op, GoType t, ExprNode x, ExprNode y) {
        if (t.isInteger()) {
            boolean unsigned64 = ((BasicType) t.underlying()).kind().isUnsigned64();
            Relation r = Relation.of(op);
            // == and != are the same on the bits whatever the signedness
            return unsigned64 && r != Relation.EQ && r != Relation.NE ? unsigned(r, x, y) : signed(r, x, y);
        }
        if (t.isFloat()) {
            return floats(Relation.of(op), x, y);
        }
        if (t.isComplex()) {
            return switch (op) {
                case EQL -> ComplexParts.equal(x, y);
                case NEQ -> Logic.not(ComplexParts.equal(x, y));
                default -> throw Relation.notComparison(op);
            };
        }
        if (t.isBoolean()) {
            return switch (op) {
                case EQL, NEQ -> new BoolCompare(Relation.of(op), x, y);
                default -> throw Relation.notComparison(op);
            };
        }
        if (t.isString()) {
            return switch (op) {
                case EQL -> new StringEq(x, y);
                case NEQ -> Logic.not(new StringEq(x, y));
                default -> new StringOrder(Relation.of(op), x, y);
            };
        }
        ExprNode eq;
        GoType u = t.underlying();
        if (t.isInterface()) {
            eq = InterfaceEquality.create(x, y);
        } else if (u instanceof StructType || u instanceof ArrayType) {
            eq = new ValueEq(t, x, y);
        } else {
            eq = new ReferenceEq(x, y); // pointers, channels, and maps, funcs, slices against nil
        }
        return switch (op) {
            case EQL -> eq;
            case NEQ -> Logic.not(eq);
            default -> throw Relation.notComparison(op);
        };
    }

    abstract static class Compare extends BoolNode {
        @Child ExprNode left;
        @Child ExprNode right;

        Compare(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }
    }

    /** A comparison by one of the six relations, held in a final field (compiled code folds its switches). */
    abstract static class Relational extends Compare {
        final Relation relation;

        Relational(Relation relation, ExprNode left, ExprNode right) {
            super(left, right);
            this.relation = relation;
        }
    }

    /**
     * An ordering of 64-bit unsigned integers (narrower unsigned kinds are non-negative longs, and compare as signed
     * ones do), a node class per relation as for signed ones.
     */
    static ExprNode unsigned(Relation relation, ExprNode x, ExprNode y) {
        return switch (relation) {
            case LT -> new UnsignedLess(x, y);
            case LE -> new UnsignedLessEqual(x, y);
            case GT -> new UnsignedGreater(x, y);
            case GE -> new UnsignedGreaterEqual(x, y);
            default -> throw new IllegalArgumentException("not an ordering: " + relation);
        };
    }

    static final class UnsignedLess extends Compare {
        UnsignedLess(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            return Long.compareUnsigned(a, right.executeLong(frame)) < 0;
        }
    }

    static final class UnsignedLessEqual extends Compare {
        UnsignedLessEqual(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            return Long.compareUnsigned(a, right.executeLong(frame)) <= 0;
        }
    }

    static final class UnsignedGreater extends Compare {
        UnsignedGreater(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            return Long.compareUnsigned(a, right.executeLong(frame)) > 0;
        }
    }

    static final class UnsignedGreaterEqual extends Compare {
        UnsignedGreaterEqual(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            return Long.compareUnsigned(a, right.executeLong(frame)) >= 0;
        }
    }

    /**
     * A signed integer comparison (the loop conditions and tests of most programs): a node class per relation, and per
     * relation with a constant right operand (i &lt; 10, n == 0), so that the interpreter makes one or two calls per
     * comparison and no switch on the relation.
     */
    static ExprNode signed(Relation relation, ExprNode x, ExprNode y) {
        Long c = ConstNode.integerValue(y);
        int local = LocalNodes.longSlotRead(x);
        if (relation == Relation.LT && local >= 0) {
            return c != null ? new LocalLessConstant(local, c) : new LocalLess(local, y);
        }
        if (c != null) {
            long k = c;
            return switch (relation) {
                case EQ -> new EqualConstant(x, k);
                case NE -> new NotEqualConstant(x, k);
                case LT -> new LessConstant(x, k);
                case LE -> new LessEqualConstant(x, k);
                case GT -> new GreaterConstant(x, k);
                case GE -> new GreaterEqualConstant(x, k);
            };
        }
        return switch (relation) {
            case EQ -> new Equal(x, y);
            case NE -> new NotEqual(x, y);
            case LT -> new Less(x, y);
            case LE -> new LessEqual(x, y);
            case GT -> new Greater(x, y);
            case GE -> new GreaterEqual(x, y);
        };
    }

    /**
     * i &lt; c for a local int i and a constant c: the condition of most counting loops, one node call instead of two
     * (compiled, the same comparison).
     */
    static final class LocalLessConstant extends BoolNode {
        private final int slot;
        private final long right;

        LocalLessConstant(int slot, long right) {
            this.slot = slot;
            this.right = right;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return frame.getLongStatic(slot) < right;
        }
    }

    /** i &lt; y for a local int i (i &lt; n, i &lt; len(s)): two node calls instead of three. */
    static final class LocalLess extends BoolNode {
        private final int slot;
        @Child private ExprNode right;

        LocalLess(int slot, ExprNode right) {
            this.slot = slot;
            this.right = right;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = frame.getLongStatic(slot);
            return a < right.executeLong(frame);
        }
    }

    static final class Equal extends Compare {
        Equal(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) == right.executeLong(frame);
        }
    }

    static final class NotEqual extends Compare {
        NotEqual(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) != right.executeLong(frame);
        }
    }

    static final class Less extends Compare {
        Less(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) < right.executeLong(frame);
        }
    }

    static final class LessEqual extends Compare {
        LessEqual(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) <= right.executeLong(frame);
        }
    }

    static final class Greater extends Compare {
        Greater(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) > right.executeLong(frame);
        }
    }

    static final class GreaterEqual extends Compare {
        GreaterEqual(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) >= right.executeLong(frame);
        }
    }

    /** An integer operand and a constant right operand. */
    abstract static class AgainstConstant extends BoolNode {
        @Child ExprNode left;
        final long right;

        AgainstConstant(ExprNode left, long right) {
            this.left = left;
            this.right = right;
        }
    }

    static final class EqualConstant extends AgainstConstant {
        EqualConstant(ExprNode left, long right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) == right;
        }
    }

    static final class NotEqualConstant extends AgainstConstant {
        NotEqualConstant(ExprNode left, long right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) != right;
        }
    }

    static final class LessConstant extends AgainstConstant {
        LessConstant(ExprNode left, long right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) < right;
        }
    }

    static final class LessEqualConstant extends AgainstConstant {
        LessEqualConstant(ExprNode left, long right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) <= right;
        }
    }

    static final class GreaterConstant extends AgainstConstant {
        GreaterConstant(ExprNode left, long right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) > right;
        }
    }

    static final class GreaterEqualConstant extends AgainstConstant {
        GreaterEqualConstant(ExprNode left, long right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeLong(frame) >= right;
        }
    }

    /**
     * A float comparison (IEEE order, as in Go: -0 equals +0, and a NaN makes every relation false but !=): a node
     * class per relation, as for signed integers, since the interpreter switched on a relation held in a field at
     * every execution (mandelbrot's escape test, nbody's and spectral_norm's loops).
     */
    static ExprNode floats(Relation relation, ExprNode x, ExprNode y) {
        return switch (relation) {
            case EQ -> new FloatEqual(x, y);
            case NE -> new FloatNotEqual(x, y);
            case LT -> new FloatLess(x, y);
            case LE -> new FloatLessEqual(x, y);
            case GT -> new FloatGreater(x, y);
            case GE -> new FloatGreaterEqual(x, y);
        };
    }

    static final class FloatEqual extends Compare {
        FloatEqual(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            return a == right.executeDouble(frame);
        }
    }

    static final class FloatNotEqual extends Compare {
        FloatNotEqual(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            return a != right.executeDouble(frame);
        }
    }

    static final class FloatLess extends Compare {
        FloatLess(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            return a < right.executeDouble(frame);
        }
    }

    static final class FloatLessEqual extends Compare {
        FloatLessEqual(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            return a <= right.executeDouble(frame);
        }
    }

    static final class FloatGreater extends Compare {
        FloatGreater(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            return a > right.executeDouble(frame);
        }
    }

    static final class FloatGreaterEqual extends Compare {
        FloatGreaterEqual(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            return a >= right.executeDouble(frame);
        }
    }

    /** == and != on booleans (false orders below true, which only these two relations can see). */
    static final class BoolCompare extends Relational {
        BoolCompare(Relation relation, ExprNode left, ExprNode right) {
            super(relation, left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            boolean a = left.executeBool(frame);
            boolean b = right.executeBool(frame);
            return relation.holds(a ? 1 : 0, b ? 1 : 0);
        }
    }

    static final class StringEq extends Compare {
        StringEq(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            String a = (String) left.execute(frame);
            String b = (String) right.execute(frame);
            return a.equals(b);
        }
    }

    /** Ordering of strings: Go compares bytes, and gosub's strings hold one byte per char. */
    static final class StringOrder extends Relational {
        StringOrder(Relation relation, ExprNode left, ExprNode right) {
            super(relation, left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            String a = (String) left.execute(frame);
            String b = (String) right.execute(frame);
            return relation.holds(compareStrings(a, b), 0);
        }
    }

    /** Go's order of strings (of their bytes: gosub's strings hold one byte per char), as compareTo's sign. */
    @TruffleBoundary
    static int compareStrings(String a, String b) {
        return a.compareTo(b);
    }

    /**
     * == on pointers, channels, and maps, funcs and slices (which only compare with nil): the same object, or two
     * pointers to the same location made separately.
     */
    static final class ReferenceEq extends Compare {
        ReferenceEq(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            Object a = left.execute(frame);
            Object b = right.execute(frame);
            return a == b || a instanceof Pointer p && b instanceof Pointer q && p.sameLocation(q);
        }
    }

    /** == on structs and arrays: field by field, element by element. */
    static final class ValueEq extends Compare {
        private final GoType type;

        ValueEq(GoType type, ExprNode left, ExprNode right) {
            super(left, right);
            this.type = type;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            Object a = left.execute(frame);
            Object b = right.execute(frame);
            return equal(type, a, b);
        }

        @TruffleBoundary
        private static boolean equal(GoType t, Object a, Object b) {
            return Equality.equal(t, a, b);
        }
    }
}
