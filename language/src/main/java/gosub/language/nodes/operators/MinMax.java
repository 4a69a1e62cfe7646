package gosub.language.nodes.operators;

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
 * evaluates every argument in order and keeps the least (min) or greatest (max) one.
 */
public final class MinMax {
    private MinMax() {
    }

    /** min(values...) (or max when min is false) of static type t: an integer, float or string type. */
    public static ExprNode create(boolean min, GoType t, ExprNode[] values) {
        Kind k = ((BasicType) t.underlying()).kind();
        if (k.isFloat()) {
            return new DoubleFold(min, values);
        }
        Relation keep = min ? Relation.LT : Relation.GT;
        if (k.isString()) {
            return new StringFold(keep, values);
        }
        return new LongFold(keep, k.isUnsigned64(), values);
    }

    /** The fold over integers: a value replaces the one kept so far when it stands in relation keep to it. */
    static final class LongFold extends LongNode {
        @Children private final ExprNode[] values;
        private final Relation keep;
        private final boolean unsigned64;

        LongFold(Relation keep, boolean unsigned64, ExprNode[] values) {
            this.values = values;
            this.keep = keep;
            this.unsigned64 = unsigned64;
        }

        @Override
        @ExplodeLoop
        public long executeLong(VirtualFrame frame) {
            long r = values[0].executeLong(frame);
            for (int i = 1; i < values.length; i++) {
                long v = values[i].executeLong(frame);
                if (unsigned64 ? keep.holdsUnsigned(v, r) : keep.holds(v, r)) {
                    r = v;
                }
            }
            return r;
        }
    }

    /** The fold over floats: NaN wins and -0 is less than +0, as in Go (and Java's Math.min and Math.max). */
    static final class DoubleFold extends DoubleNode {
        @Children private final ExprNode[] values;
        private final boolean min;

        DoubleFold(boolean min, ExprNode[] values) {
            this.values = values;
            this.min = min;
        }

        @Override
        @ExplodeLoop
        public double executeDouble(VirtualFrame frame) {
            double r = values[0].executeDouble(frame);
            for (int i = 1; i < values.length; i++) {
                double v = values[i].executeDouble(frame);
                r = min ? Math.min(r, v) : Math.max(r, v);
            }
            return r;
        }
    }

    static final class StringFold extends ExprNode {
        @Children private final ExprNode[] values;
        private final Relation keep;

        StringFold(Relation keep, ExprNode[] values) {
            this.values = values;
            this.keep = keep;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            String r = (String) values[0].execute(frame);
            for (int i = 1; i < values.length; i++) {
                String v = (String) values[i].execute(frame);
                if (keep.holds(Comparison.compareStrings(v, r), 0)) {
                    r = v;
                }
            }
            return r;
        }
    }
}
