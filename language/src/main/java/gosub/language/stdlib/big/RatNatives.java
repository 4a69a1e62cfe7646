package gosub.language.stdlib.big;

import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import java.math.BigInteger;

/**
 * The natives behind big.Rat: a fraction is a numerator and a positive denominator in lowest terms (a nil
 * denominator, a Rat never set, stands for 1), and each result comes back as such a pair.
 */
final class RatNatives {
    private static final String P = "math/big.";
    private static final int ADD = 0, SUB = 1, MUL = 2, QUO = 3;

    private RatNatives() {
    }

    static void register(Natives n, BigNatives.Refs refs) {
        n.register(P + "ratNorm", (JavaNative) (g, a) -> pair(refs, refs.value(a[0]), denominator(refs, a[1])));
        n.register(P + "ratArith", (JavaNative) (g, a) -> {
            BigInteger xa = refs.value(a[1]);
            BigInteger xb = denominator(refs, a[2]);
            BigInteger ya = refs.value(a[3]);
            BigInteger yb = denominator(refs, a[4]);
            return switch ((int) (long) (Long) a[0]) {
                case ADD -> pair(refs, xa.multiply(yb).add(ya.multiply(xb)), xb.multiply(yb));
                case SUB -> pair(refs, xa.multiply(yb).subtract(ya.multiply(xb)), xb.multiply(yb));
                case MUL -> pair(refs, xa.multiply(ya), xb.multiply(yb));
                case QUO -> pair(refs, xa.multiply(yb), xb.multiply(ya));
                default -> throw new IllegalArgumentException("math/big: no fraction operation " + a[0]);
            };
        });
        n.register(P + "ratCmp", (JavaNative) (g, a) -> {
            BigInteger left = refs.value(a[0]).multiply(denominator(refs, a[3]));
            BigInteger right = refs.value(a[2]).multiply(denominator(refs, a[1]));
            return (long) left.compareTo(right);
        });
        n.register(P + "ratParse", (JavaNative) (g, a) -> {
            BigInteger[] r = RatText.parse((String) a[0]);
            if (r == null) {
                return new Object[] {null, null, false};
            }
            Object[] p = pair(refs, r[0], r[1]);
            return new Object[] {p[0], p[1], true};
        });
        n.register(P + "ratFloatString", (JavaNative) (g, a) -> RatText.floatString(refs.value(a[0]),
                        denominator(refs, a[1]), (Long) a[2]));
        n.register(P + "ratFloat", (JavaNative) (g, a) -> {
            BinaryRounding.Rounded r = toBinary(refs.value(a[0]), denominator(refs, a[1]), (Boolean) a[2]);
            return new Object[] {r.value(), r.accuracy() == 0};
        });
        n.register(P + "ratFromFloat64", (JavaNative) (g, a) -> {
            double f = (Double) a[0];
            if (Double.isNaN(f) || Double.isInfinite(f)) {
                return new Object[] {null, null, false};
            }
            BigInteger[] me = BinaryRounding.ofDouble(Math.abs(f));
            BigInteger m = f < 0 ? me[0].negate() : me[0];
            int e = me[1].intValue();
            Object[] p = e >= 0 ? pair(refs, m.shiftLeft(e), BigInteger.ONE) : pair(refs, m, BigInteger.ONE.shiftLeft(-e));
            return new Object[] {p[0], p[1], true};
        });
    }

    private static BigInteger denominator(BigNatives.Refs refs, Object ref) {
        return ref == null ? BigInteger.ONE : refs.value(ref);
    }

    /** num/den (den != 0) in lowest terms with a positive denominator, as references. */
    static Object[] pair(BigNatives.Refs refs, BigInteger num, BigInteger den) {
        BigInteger a = num;
        BigInteger b = den;
        if (b.signum() < 0) {
            a = a.negate();
            b = b.negate();
        }
        if (a.signum() == 0) {
            b = BigInteger.ONE;
        } else {
            BigInteger g = a.gcd(b);
            if (!g.equals(BigInteger.ONE)) {
                a = a.divide(g);
                b = b.divide(g);
            }
        }
        return new Object[] {refs.of(a), refs.of(b)};
    }

    /** num/den (den > 0) rounded to the nearest float64, or float32 when single. */
    static BinaryRounding.Rounded toBinary(BigInteger num, BigInteger den, boolean single) {
        if (num.signum() == 0) {
            return new BinaryRounding.Rounded(0.0, 0);
        }
        BigInteger a = num.abs();
        // enough quotient bits that a remainder, kept as a sticky low bit, lies below the rounding position
        int shift = Math.max(0, 66 + den.bitLength() - a.bitLength());
        BigInteger[] qr = a.shiftLeft(shift).divideAndRemainder(den);
        BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
        BinaryRounding.Rounded r = single ? BinaryRounding.toFloat(q, -shift) : BinaryRounding.toDouble(q, -shift);
        int accuracy = qr[1].signum() != 0 && r.accuracy() == 0 ? 1 : r.accuracy();
        return num.signum() < 0 ? new BinaryRounding.Rounded(-r.value(), -accuracy) : new BinaryRounding.Rounded(r.value(), accuracy);
    }
}
