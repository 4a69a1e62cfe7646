package gosub.language.stdlib.math;

/**
 * The functions of package math that Go 1.19 computes with hand-written amd64 assembly or a single SSE instruction
 * rather than with its portable Go code, done here with the same floating-point operations in the same order, so
 * that results agree with Go's on amd64 bit for bit. The portable code would round differently, so it is the
 * assembly's algorithms that are written out below.
 */
final class Amd64Math {
    private Amd64Math() {
    }

    private static final long SIGN_BIT = 1L << 63;
    private static final long EXP_FIELD = 0x7FF0000000000000L;
    private static final long FRAC_FIELD = 0x000FFFFFFFFFFFFFL;

    /** The NaN Go's math returns where it makes one up (math.NaN()). */
    static final double GO_NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    /** Go's Trunc: the SSE4.1 rounding instruction toward zero. */
    static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /**
     * Go's Max: +Inf wins over anything, a NaN over the rest (as Go's NaN), +0 over -0; otherwise MAXSD, which
     * keeps x only if it is the greater.
     */
    static double max(double x, double y) {
        if (x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (x != x || y != y) {
            return GO_NAN;
        }
        if (x == 0 && y == 0) {
            return Double.doubleToRawLongBits(x) == SIGN_BIT ? y : x;
        }
        return x > y ? x : y;
    }

    /** Go's Min, the mirror image of {@link #max}: -Inf wins, then NaN, then -0 over +0; otherwise MINSD. */
    static double min(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x != x || y != y) {
            return GO_NAN;
        }
        if (x == 0 && y == 0) {
            return Double.doubleToRawLongBits(x) == SIGN_BIT ? x : y;
        }
        return x < y ? x : y;
    }

    private static final double LOG2_E = 1.4426950408889634073599246810018920;
    /** ln 2 in two parts for an accurate x - k·ln 2. */
    private static final double LN2_HIGH = 0.69314718055966295651160180568695068359375;
    private static final double LN2_LOW = 0.28235290563031577122588448175013436025525412068e-12;
    private static final double EXP_OVERFLOW = 7.09782712893384e+02;
    /** 1/n! for n = 8 down to 1, the coefficients of (e^y - 1)/y = 1 + y/2! + … + y^7/8!. */
    private static final double[] EXP_TAYLOR = {2.4801587301587301587e-5, 1.9841269841269841270e-4,
        1.3888888888888888889e-3, 8.3333333333333333333e-3, 4.1666666666666666667e-2, 1.6666666666666666667e-1,
        0.5, 1.0};

    /**
     * Go's Exp (exp_amd64.s, as it runs on a CPU with FMA): x = k·ln 2 + r with k = round(x·log2 e), the products
     * fused; e^(r/16) - 1 by its Taylor series; four squarings (e^(2y) - 1 = (e^y - 1)·(e^y - 1 + 2), the last
     * adding the 1 back, fused); then the scaling by 2^k.
     */
    static double exp(double x) {
        if (x != x || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (x > EXP_OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        int k = roundToInt32(LOG2_E * x);
        double r = Math.fma(-(double) k, LN2_HIGH, x);
        r = Math.fma(-(double) k, LN2_LOW, r);
        double y = r * 0.0625;
        double series = EXP_TAYLOR[0];
        for (int i = 1; i < EXP_TAYLOR.length; i++) {
            series = Math.fma(series, y, EXP_TAYLOR[i]);
        }
        double expm1 = y * series;
        for (int i = 0; i < 3; i++) {
            expm1 *= expm1 + 2.0;
        }
        return timesPowerOfTwo(Math.fma(expm1, expm1 + 2.0, 1.0), k);
    }

    /** CVTSD2SL: round to nearest, ties to even; a result outside the int range is the "indefinite" MIN_VALUE. */
    private static int roundToInt32(double t) {
        double r = Math.rint(t);
        return r >= Integer.MIN_VALUE && r <= Integer.MAX_VALUE ? (int) r : Integer.MIN_VALUE;
    }

    /** y·2^k as exp_amd64.s scales: 0 below 2^-1074 (by exponent), +Inf at 2^1024, subnormals in two steps. */
    private static double timesPowerOfTwo(double y, int k) {
        int biased = k + 0x3FF;
        if (biased >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        if (biased > 0) {
            return y * Double.longBitsToDouble((long) biased << 52);
        }
        if (biased < -52) {
            return 0;
        }
        double nearlyThere = y * Double.longBitsToDouble((long) (biased + 0x3FE) << 52);
        return nearlyThere * 0x1p-1022;
    }

    private static final double HALF_SQRT2 = 7.07106781186547524401e-01;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    /** fdlibm's log polynomial, split in its odd and even powers of s⁴ (highest degree first). */
    private static final double L1 = 6.666666666666735130e-01;
    private static final double L2 = 3.999999999940941908e-01;
    private static final double L3 = 2.857142874366239149e-01;
    private static final double L4 = 2.222219843214978396e-01;
    private static final double L5 = 1.818357216161805012e-01;
    private static final double L6 = 1.531383769920937332e-01;
    private static final double L7 = 1.479819860511658591e-01;

    /**
     * Go's Log (log_amd64.s), fdlibm's e_log.c algorithm: x = 2^k·f1 with √2/2 < f1 ≤ √2 taken straight from the
     * bits (a subnormal x is not normalized first, as in the assembly), then ln f1 = 2 atanh(s), s = f/(2+f),
     * f = f1 - 1, with ln 2 in two parts. -Inf for ±0, Go's NaN for negative x (and NaNs with the sign bit), x itself
     * for +Inf and other NaNs.
     */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & ~SIGN_BIT) == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (bits < 0) {
            return GO_NAN;
        }
        if (bits >= EXP_FIELD) {
            return x;
        }
        double f1 = Double.longBitsToDouble(bits & FRAC_FIELD | 0x3FE0000000000000L);
        double k = (int) (bits >>> 52) - 0x3FE;
        if (!(HALF_SQRT2 < f1)) {
            k -= 1;
            f1 *= 2;
        }
        double f = f1 - 1;
        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double odd = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
        double even = s4 * (L2 + s4 * (L4 + s4 * L6));
        double halfSquare = 0.5 * f * f;
        double tail = s * (odd + even + halfSquare) + LN2_LO * k;
        return k * LN2_HI - ((halfSquare - tail) - f);
    }

    /**
     * Go's Hypot (hypot_amd64.s): max·√(1 + (min/max)²) on the absolute values; +Inf if either is infinite, else
     * Go's NaN if either is NaN, and 0 for two zeros.
     */
    static double hypot(double p, double q) {
        p = Math.abs(p);
        q = Math.abs(q);
        if (p == Double.POSITIVE_INFINITY || q == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (p != p || q != q) {
            return GO_NAN;
        }
        if (p == 0 && q == 0) {
            return 0;
        }
        double big = Math.max(p, q);
        double ratio = Math.min(p, q) / big;
        return big * Math.sqrt(ratio * ratio + 1.0);
    }
}
