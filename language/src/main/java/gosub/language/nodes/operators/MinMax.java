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

/** The built-ins min and max over values of one ordered type, one node class per (built-in, representation). */
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
        if (k == Kind.UINT || k == Kind.UINT64 || k == Kind.UINTPTR) {
            return min ? new UintMin(values) : new UintMax(values);
        }
        return min ? new IntMin(values) : new IntMax(values);
    }

    static final class IntMin extends LongNode {
        @Children private final ExprNode[] values;

        IntMin(ExprNode[] values) {
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public long executeLong(VirtualFrame frame) {
            long r = values[0].executeLong(frame);
            for (int i = 1; i < values.length; i++) {
                long v = values[i].executeLong(frame);
                if (v < r) {
                    r = v;
                }
            }
            return r;
        }
    }

    static final class IntMax extends LongNode {
        @Children private final ExprNode[] values;

        IntMax(ExprNode[] values) {
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public long executeLong(VirtualFrame frame) {
            long r = values[0].executeLong(frame);
            for (int i = 1; i < values.length; i++) {
                long v = values[i].executeLong(frame);
                if (v > r) {
                    r = v;
                }
            }
            return r;
        }
    }

    static final class UintMin extends LongNode {
        @Children private final ExprNode[] values;

        UintMin(ExprNode[] values) {
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public long executeLong(VirtualFrame frame) {
            long r = values[0].executeLong(frame);
            for (int i = 1; i < values.length; i++) {
                long v = values[i].executeLong(frame);
                if (Long.compareUnsigned(v, r) < 0) {
                    r = v;
                }
            }
            return r;
        }
    }

    static final class UintMax extends LongNode {
        @Children private final ExprNode[] values;

        UintMax(ExprNode[] values) {
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public long executeLong(VirtualFrame frame) {
            long r = values[0].executeLong(frame);
            for (int i = 1; i < values.length; i++) {
                long v = values[i].executeLong(frame);
                if (Long.compareUnsigned(v, r) > 0) {
                    r = v;
                }
            }
            return r;
        }
    }

    /** NaN wins and -0 is less than +0, as in Go (and Java's Math.min). */
    static final class FloatMin extends DoubleNode {
        @Children private final ExprNode[] values;

        FloatMin(ExprNode[] values) {
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public double executeDouble(VirtualFrame frame) {
            double r = values[0].executeDouble(frame);
            for (int i = 1; i < values.length; i++) {
                r = Math.min(r, values[i].executeDouble(frame));
            }
            return r;
        }
    }

    static final class FloatMax extends DoubleNode {
        @Children private final ExprNode[] values;

        FloatMax(ExprNode[] values) {
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public double executeDouble(VirtualFrame frame) {
            double r = values[0].executeDouble(frame);
            for (int i = 1; i < values.length; i++) {
                r = Math.max(r, values[i].executeDouble(frame));
            }
            return r;
        }
    }

    static final class StringMin extends ExprNode {
        @Children private final ExprNode[] values;

        StringMin(ExprNode[] values) {
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            String r = (String) values[0].execute(frame);
            for (int i = 1; i < values.length; i++) {
                String v = (String) values[i].execute(frame);
                if (compare(v, r) < 0) {
                    r = v;
                }
            }
            return r;
        }
    }

    static final class StringMax extends ExprNode {
        @Children private final ExprNode[] values;

        StringMax(ExprNode[] values) {
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            String r = (String) values[0].execute(frame);
            for (int i = 1; i < values.length; i++) {
                String v = (String) values[i].execute(frame);
                if (compare(v, r) > 0) {
                    r = v;
                }
            }
            return r;
        }
    }

    @TruffleBoundary
    private static int compare(String a, String b) {
        return a.compareTo(b);
    }
}
