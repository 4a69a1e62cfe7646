package gosub.language.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.types.Kind;

/**
 * Conversions between numeric kinds, T(x), built from the two kinds: {@link #create}. Integer to integer
 * truncates or sign/zero-extends; float to integer truncates toward zero (out-of-range results are
 * implementation-defined in Go; these give amd64's for uint64); conversions to float32 round.
 */
public final class NumericConversion {
    private NumericConversion() {
    }

    /** x, of numeric kind from, converted to numeric kind to; x itself when nothing changes. */
    public static ExprNode create(Kind from, Kind to, ExprNode x) {
        boolean fromFloat = from.isFloat();
        boolean toFloat = to.isFloat();
        if (!fromFloat && !toFloat) {
            return IntTruncation.to(to, x);
        }
        if (!fromFloat) {
            ExprNode d = from.isUnsigned64() ? new Uint64ToFloat(x) : new IntToFloat(x);
            return to == Kind.FLOAT32 ? FloatArithmetic.toFloat32(d) : d;
        }
        if (toFloat) {
            return to == Kind.FLOAT32 ? FloatArithmetic.toFloat32(x) : x;
        }
        return to.isUnsigned64() ? new FloatToUint64(x) : IntTruncation.to(to, new FloatToInt(x));
    }

    static final class IntToFloat extends DoubleNode {
        @Child private ExprNode x;

        IntToFloat(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return x.executeLong(frame);
        }
    }

    /** A uint64 above 2^63 is a negative long: halve it (keeping the low bit for rounding), convert, double. */
    static final class Uint64ToFloat extends DoubleNode {
        @Child private ExprNode x;

        Uint64ToFloat(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            long v = x.executeLong(frame);
            return v >= 0 ? (double) v : (double) (v >>> 1 | (v & 1)) * 2.0;
        }
    }

    static final class FloatToInt extends LongNode {
        @Child private ExprNode x;

        FloatToInt(ExprNode x) {
            this.x = x;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return (long) x.executeDouble(frame);
        }
    }

    static final class FloatToUint64 extends LongNode {
        @Child private ExprNode x;

        FloatToUint64(ExprNode x) {
            this.x = x;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            double d = x.executeDouble(frame);
            if (d >= 9.223372036854775807E18) {
                return (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE;
            }
            return (long) d;
        }
    }
}
