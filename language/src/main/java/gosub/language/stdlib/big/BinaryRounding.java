package gosub.language.stdlib.big;

import java.math.BigInteger;

/**
 * Rounding exact binary values to Java's float and double: to nearest, ties to even, with subnormals and overflow
 * to infinity, reporting whether the result is exact. A value is m * 2**e with m > 0, where m may carry a low
 * "sticky" bit standing for a non-zero remainder below it.
 */
final class BinaryRounding {
    /** A result and how it compares to the exact value: -1 below, 0 exact, +1 above (of the magnitude). */
    record Rounded(double value, int accuracy) {
    }

    private BinaryRounding() {
    }

    static Rounded toDouble(BigInteger m, long e) {
        return round(m, e, 53, 1023, -1074);
    }

    static Rounded toFloat(BigInteger m, long e) {
        return round(m, e, 24, 127, -149);
    }

    /** m * 2**e to a binary format of mantBits significant bits, top exponent maxExp and lowest bit 2**minLsb. */
    private static Rounded round(BigInteger m, long e, int mantBits, int maxExp, int minLsb) {
        long top = e + m.bitLength() - 1;
        if (top > maxExp) {
            return new Rounded(Double.POSITIVE_INFINITY, 1);
        }
        long lsb = Math.max(top - (mantBits - 1), minLsb);
        long drop = lsb - e;
        if (drop <= 0) {
            return new Rounded(Math.scalb(m.shiftLeft((int) -drop).doubleValue(), (int) lsb), 0);
        }
        if (drop > top - e + 2) {
            // far below the smallest step: less than half of it
            return new Rounded(0.0, -1);
        }
        int d = (int) drop;
        BigInteger q = m.shiftRight(d);
        boolean half = m.testBit(d - 1);
        boolean sticky = m.getLowestSetBit() < d - 1;
        int accuracy = half || sticky ? -1 : 0;
        if (half && (sticky || q.testBit(0))) {
            q = q.add(BigInteger.ONE);
            accuracy = 1;
        }
        double v = Math.scalb(q.doubleValue(), (int) lsb);
        if (Double.isInfinite(v) || (mantBits == 24 && v > Float.MAX_VALUE)) {
            return new Rounded(Double.POSITIVE_INFINITY, 1);
        }
        return new Rounded(v, accuracy);
    }

    /** The exact value of a finite double as m * 2**e with m odd (m zero for zero). */
    static BigInteger[] ofDouble(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long fraction = bits & ((1L << 52) - 1);
        long m = biased == 0 ? fraction : fraction | (1L << 52);
        int e = biased == 0 ? -1074 : biased - 1075;
        if (m == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO};
        }
        int tz = Long.numberOfTrailingZeros(m);
        return new BigInteger[] {BigInteger.valueOf(m >>> tz), BigInteger.valueOf(e + tz)};
    }
}
