package gosub.language.nodes.operators;

import gosub.ast.Operator;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.ExprNode;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.StructType;
import gosub.language.values.Equality;
import gosub.language.values.Pointer;

/**
 * Comparisons, one small node class per (operator, operand representation), chosen from the operands' static type
 * when the node is built: {@link #create}. Interface operands compare through {@link InterfaceEquality}, which
 * specialises on the dynamic types it meets.
 */
public final class Comparison {
    private Comparison() {
    }

    /** The node for x op y where both operands have static type t (op is a comparison). */
    public static ExprNode create(Operator op, GoType t, ExprNode x, ExprNode y) {
        if (t.isInteger()) {
            boolean unsigned64 = ((BasicType) t.underlying()).kind().isUnsigned64();
            return switch (op) {
                case EQL -> new IntEq(x, y);
                case NEQ -> new IntNe(x, y);
                case LSS -> unsigned64 ? new UintLt(x, y) : new IntLt(x, y);
                case LEQ -> unsigned64 ? new UintLe(x, y) : new IntLe(x, y);
                case GTR -> unsigned64 ? new UintGt(x, y) : new IntGt(x, y);
                case GEQ -> unsigned64 ? new UintGe(x, y) : new IntGe(x, y);
                default -> throw notComparison(op);
            };
        }
        if (t.isFloat()) {
            return switch (op) {
                case EQL -> new FloatEq(x, y);
                case NEQ -> new FloatNe(x, y);
                case LSS -> new FloatLt(x, y);
                case LEQ -> new FloatLe(x, y);
                case GTR -> new FloatGt(x, y);
                case GEQ -> new FloatGe(x, y);
                default -> throw notComparison(op);
            };
        }
        if (t.isComplex()) {
            return switch (op) {
                case EQL -> ComplexParts.equal(x, y);
                case NEQ -> Logic.not(ComplexParts.equal(x, y));
                default -> throw notComparison(op);
            };
        }
        if (t.isBoolean()) {
            return switch (op) {
                case EQL -> new BoolEq(x, y);
                case NEQ -> new BoolNe(x, y);
                default -> throw notComparison(op);
            };
        }
        if (t.isString()) {
            return switch (op) {
                case EQL -> new StringEq(x, y);
                case NEQ -> Logic.not(new StringEq(x, y));
                case LSS -> new StringLt(x, y);
                case LEQ -> new StringLe(x, y);
                case GTR -> new StringGt(x, y);
                case GEQ -> new StringGe(x, y);
                default -> throw notComparison(op);
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
            default -> throw notComparison(op);
        };
    }

    private static IllegalArgumentException notComparison(Operator op) {
        return new IllegalArgumentException("not a comparison: " + op);
    }

    abstract static class Compare extends BoolNode {
        @Child ExprNode left;
        @Child ExprNode right;

        Compare(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }
    }

    static final class IntEq extends Compare {
        IntEq(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return a == b;
        }
    }

    static final class IntNe extends Compare {
        IntNe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return a != b;
        }
    }

    static final class IntLt extends Compare {
        IntLt(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return a < b;
        }
    }

    static final class IntLe extends Compare {
        IntLe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return a <= b;
        }
    }

    static final class IntGt extends Compare {
        IntGt(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return a > b;
        }
    }

    static final class IntGe extends Compare {
        IntGe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return a >= b;
        }
    }

    /** Ordering of 64-bit unsigned integers (narrower unsigned kinds are non-negative longs). */
    static final class UintLt extends Compare {
        UintLt(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return Long.compareUnsigned(a, b) < 0;
        }
    }

    static final class UintLe extends Compare {
        UintLe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return Long.compareUnsigned(a, b) <= 0;
        }
    }

    static final class UintGt extends Compare {
        UintGt(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return Long.compareUnsigned(a, b) > 0;
        }
    }

    static final class UintGe extends Compare {
        UintGe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            long a = left.executeLong(frame);
            long b = right.executeLong(frame);
            return Long.compareUnsigned(a, b) >= 0;
        }
    }

    static final class FloatEq extends Compare {
        FloatEq(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            double b = right.executeDouble(frame);
            return a == b;
        }
    }

    static final class FloatNe extends Compare {
        FloatNe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            double b = right.executeDouble(frame);
            return a != b;
        }
    }

    static final class FloatLt extends Compare {
        FloatLt(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            double b = right.executeDouble(frame);
            return a < b;
        }
    }

    static final class FloatLe extends Compare {
        FloatLe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            double b = right.executeDouble(frame);
            return a <= b;
        }
    }

    static final class FloatGt extends Compare {
        FloatGt(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            double b = right.executeDouble(frame);
            return a > b;
        }
    }

    static final class FloatGe extends Compare {
        FloatGe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            double a = left.executeDouble(frame);
            double b = right.executeDouble(frame);
            return a >= b;
        }
    }

    static final class BoolEq extends Compare {
        BoolEq(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            boolean a = left.executeBool(frame);
            boolean b = right.executeBool(frame);
            return a == b;
        }
    }

    static final class BoolNe extends Compare {
        BoolNe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            boolean a = left.executeBool(frame);
            boolean b = right.executeBool(frame);
            return a != b;
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
    abstract static class StringOrder extends Compare {
        StringOrder(ExprNode left, ExprNode right) {
            super(left, right);
        }

        final int compare(VirtualFrame frame) {
            String a = (String) left.execute(frame);
            String b = (String) right.execute(frame);
            return compareStrings(a, b);
        }

        @TruffleBoundary
        private static int compareStrings(String a, String b) {
            return a.compareTo(b);
        }
    }

    static final class StringLt extends StringOrder {
        StringLt(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return compare(frame) < 0;
        }
    }

    static final class StringLe extends StringOrder {
        StringLe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return compare(frame) <= 0;
        }
    }

    static final class StringGt extends StringOrder {
        StringGt(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return compare(frame) > 0;
        }
    }

    static final class StringGe extends StringOrder {
        StringGe(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return compare(frame) >= 0;
        }
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
