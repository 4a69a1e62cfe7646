package gosub.language.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.Kind;

/**
 * The built-ins min and max over values of one ordered type: a fold per representation (long, double, string) that
 * evaluates every argument in order, and one small class per (built-in, order) that says which of two values to keep.
 */
public final class MinMax {
    private MinMax() {
    }

    /** min(values...) (or max when min is false) of static type t: an integer, float or string type. */
    public static ExprNode create(boolean min, GoType t, ExprNode[] values) {
        Kind k = ((BasicType) t.underlying()).kind();
        if (k.isFloat()) {
            return min ? new FloatMin(values) : new FloatMax(values);
        }
        if (k.isString()) {
            return min ? new StringMin(values) : new StringMax(values);
        }
        if (k.isUnsigned64()) {
            return min ? new UintMin(values) : new UintMax(values);
        }
        return min ? new IntMin(values) : new IntMax(values);
    }

    abstract static class LongFold extends LongNode {
        @Children private final ExprNode[] values;

        LongFold(ExprNode[] values) {
            this.values = values;
        }

        /** Whether v replaces r, the value kept so far. */
        abstract boolean replaces(long v, long r);

        @Override
        @ExplodeLoop
        public final long executeLong(VirtualFrame frame) {
            long r = values[0].executeLong(frame);
            for (int i = 1; i < values.length; i++) {
                long v = values[i].executeLong(frame);
                if (replaces(v, r)) {
                    r = v;
                }
            }
            return r;
        }
    }

    static final class IntMin extends LongFold {
        IntMin(ExprNode[] values) {
            super(values);
        }

        @Override
        boolean replaces(long v, long r) {
            return v < r;
        }
    }

    static final class IntMax extends LongFold {
        IntMax(ExprNode[] values) {
            super(values);
        }

        @Override
        boolean replaces(long v, long r) {
            return v > r;
        }
    }

    static final class UintMin extends LongFold {
        UintMin(ExprNode[] values) {
            super(values);
        }

        @Override
        boolean replaces(long v, long r) {
            return Long.compareUnsigned(v, r) < 0;
        }
    }

    static final class UintMax extends LongFold {
        UintMax(ExprNode[] values) {
            super(values);
        }

        @Override
        boolean replaces(long v, long r) {
            return Long.compareUnsigned(v, r) > 0;
        }
    }

    abstract static class DoubleFold extends DoubleNode {
        @Children private final ExprNode[] values;

        DoubleFold(ExprNode[] values) {
            this.values = values;
        }

        abstract double pick(double a, double b);

        @Override
        @ExplodeLoop
        public final double executeDouble(VirtualFrame frame) {
            double r = values[0].executeDouble(frame);
            for (int i = 1; i < values.length; i++) {
                r = pick(r, values[i].executeDouble(frame));
            }
            return r;
        }
    }

    /** NaN wins and -0 is less than +0, as in Go (and Java's Math.min). */
    static final class FloatMin extends DoubleFold {
        FloatMin(ExprNode[] values) {
            super(values);
        }

        @Override
        double pick(double a, double b) {
            return Math.min(a, b);
        }
    }

    static final class FloatMax extends DoubleFold {
        FloatMax(ExprNode[] values) {
            super(values);
        }

        @Override
        double pick(double a, double b) {
            return Math.max(a, b);
        }
    }

    abstract static class StringFold extends ExprNode {
        @Children private final ExprNode[] values;

        StringFold(ExprNode[] values) {
            this.values = values;
        }

        /** Whether v replaces r, the value kept so far, given v.compareTo(r). */
        abstract boolean replaces(int comparison);

        @Override
        @ExplodeLoop
        public final Object execute(VirtualFrame frame) {
            String r = (String) values[0].execute(frame);
            for (int i = 1; i < values.length; i++) {
                String v = (String) values[i].execute(frame);
                if (replaces(compare(v, r))) {
                    r = v;
                }
            }
            return r;
        }
    }

    static final class StringMin extends StringFold {
        StringMin(ExprNode[] values) {
            super(values);
        }

        @Override
        boolean replaces(int comparison) {
            return comparison < 0;
        }
    }

    static final class StringMax extends StringFold {
        StringMax(ExprNode[] values) {
            super(values);
        }

        @Override
        boolean replaces(int comparison) {
            return comparison > 0;
        }
    }

    @TruffleBoundary
    private static int compare(String a, String b) {
        return a.compareTo(b);
    }
}
