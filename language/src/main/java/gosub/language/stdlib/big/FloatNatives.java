package gosub.language.stdlib.big;

import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import java.math.BigInteger;

/**
 * The natives behind big.Float. The Go side keeps a Float's precision, mode, accuracy, form and sign and decides
 * the cases of zeros, infinities and NaN as Go does; the finite mantissas (stripped of trailing zero bits, with
 * Go's exponent) come here to be combined and rounded. A rounded result comes back as mantissa, exponent, accuracy
 * and form (rounding may overflow to an infinity or underflow to zero).
 */
final class FloatNatives {
    private static final String P = "math/big.";

    private FloatNatives() {
    }

    static void register(Natives n, BigNatives.Refs refs) {
        n.register(P + "floatRound", (JavaNative) (g, a) -> {
            BigInteger m = refs.value(a[0]);
            long exp = (Long) a[1];
            return result(refs, BinaryFloat.round((Boolean) a[2], m, exp - m.bitLength(), false, (Long) a[3],
                            mode(a[4])));
        });
        n.register(P + "floatArith", (JavaNative) (g, a) -> result(refs, BinaryFloat.arith((int) (long) (Long) a[0],
                        refs.value(a[1]), (Long) a[2], refs.value(a[3]), (Long) a[4], (Boolean) a[5], (Long) a[6],
                        mode(a[7]))));
        n.register(P + "floatCmpAbs", (JavaNative) (g, a) -> (long) BinaryFloat.compareMagnitudes(refs.value(a[0]),
                        (Long) a[1], refs.value(a[2]), (Long) a[3]));
        n.register(P + "floatSqrt", (JavaNative) (g, a) -> result(refs, BinaryFloat.sqrt(refs.value(a[0]), (Long) a[1],
                        (Long) a[2], mode(a[3]))));
        n.register(P + "floatFromInt", (JavaNative) (g, a) -> {
            BigInteger v = refs.value(a[0]).abs();
            return new Object[] {refs.of(BinaryFloat.strip(v)), (long) v.bitLength()};
        });
        n.register(P + "floatFromFloat64", (JavaNative) (g, a) -> {
            BigInteger[] me = BinaryRounding.ofDouble(Math.abs((Double) a[0]));
            return new Object[] {refs.of(me[0]), me[1].longValue() + me[0].bitLength()};
        });
        n.register(P + "floatToFloat", (JavaNative) (g, a) -> {
            BigInteger m = refs.value(a[0]);
            long lsb = (Long) a[1] - m.bitLength();
            BinaryRounding.Rounded r = (Boolean) a[3] ? BinaryRounding.toFloat(m, lsb) : BinaryRounding.toDouble(m, lsb);
            boolean neg = (Boolean) a[2];
            return new Object[] {neg ? -r.value() : r.value(), (long) (neg ? -r.accuracy() : r.accuracy())};
        });
        n.register(P + "floatToInt", (JavaNative) (g, a) -> {
            // truncated toward zero; the Go side has the sign and whether bits were cut off
            BigInteger m = refs.value(a[0]);
            long shift = (Long) a[1] - m.bitLength();
            BigInteger v = shift >= 0 ? m.shiftLeft(BinaryFloat.checked(shift)) : m.shiftRight((int) Math.min(-shift,
                            Integer.MAX_VALUE));
            return refs.of((Boolean) a[2] ? v.negate() : v);
        });
        n.register(P + "floatToRat", (JavaNative) (g, a) -> {
            BigInteger m = refs.value(a[0]);
            long shift = (Long) a[1] - m.bitLength();
            BigInteger num = (Boolean) a[2] ? m.negate() : m;
            return shift >= 0 ? RatNatives.pair(refs, num.shiftLeft(BinaryFloat.checked(shift)), BigInteger.ONE)
                            : RatNatives.pair(refs, num, BigInteger.ONE.shiftLeft(BinaryFloat.checked(-shift)));
        });
        n.register(P + "floatScan", (JavaNative) (g, a) -> {
            FloatText.Scanned s = FloatText.scan((String) a[0], (int) (long) (Long) a[1], (Long) a[2], mode(a[3]));
            if (s.error != null) {
                return new Object[] {false, null, 0L, 0L, 0L, (long) s.base, (long) s.end, s.error};
            }
            BinaryFloat.Result r = s.value;
            return new Object[] {s.neg, refs.of(r.mant()), r.exp(), (long) r.acc(), (long) r.form(), (long) s.base,
                (long) s.end, ""};
        });
        n.register(P + "floatText", (JavaNative) (g, a) -> FloatText.format((int) (long) (Long) a[0], (Boolean) a[1],
                        refs.value(a[2]), (Long) a[3], (Long) a[4], mode(a[5]), (char) (long) (Long) a[6],
                        (int) (long) (Long) a[7]));
    }

    private static int mode(Object m) {
        return (int) (long) (Long) m;
    }

    private static Object[] result(BigNatives.Refs refs, BinaryFloat.Result r) {
        return new Object[] {refs.of(r.mant()), r.exp(), (long) r.acc(), (long) r.form()};
    }
}
