package gosub.language.stdlib.math;

import gosub.language.GoContext;
import gosub.language.Natives;
import gosub.language.runtime.RuntimeErrors;

/**
 * The math and math/bits natives: what Go 1.19 computes in assembly or with compiler intrinsics on amd64. Exp, Log
 * and Hypot follow Go's amd64 assembly step by step (Exp its FMA variant, taken on CPUs with FMA), so results are
 * the same to the last bit; everything else in package math is Go's own Go source (resources/gosub/stdlib/math.go).
 */
public final class MathNatives {
    private MathNatives() {
    }

    private static double d(Object o) {
        return (Double) o;
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("math.Float64bits", a -> Double.doubleToRawLongBits(d(a[2])));
        n.register("math.Float64frombits", a -> Double.longBitsToDouble((Long) a[2]));
        n.register("math.Float32bits", a -> (long) Float.floatToRawIntBits((float) d(a[2])) & 0xFFFFFFFFL);
        n.register("math.Float32frombits", a -> (double) Float.intBitsToFloat((int) (long) (Long) a[2]));
        n.register("math.FMA", a -> Math.fma(d(a[2]), d(a[3]), d(a[4])));
        n.register("math.Abs", a -> Math.abs(d(a[2])));
        n.register("math.Sqrt", a -> Math.sqrt(d(a[2])));
        n.register("math.Floor", a -> Math.floor(d(a[2])));
        n.register("math.Ceil", a -> Math.ceil(d(a[2])));
        n.register("math.Trunc", a -> trunc(d(a[2])));
        n.register("math.Max", a -> max(d(a[2]), d(a[3])));
        n.register("math.Min", a -> min(d(a[2]), d(a[3])));
        n.register("math.Exp", a -> exp(d(a[2])));
        n.register("math.Log", a -> log(d(a[2])));
        n.register("math.Hypot", a -> hypot(d(a[2]), d(a[3])));
        n.register("math.bitsMul64", a -> {
            long x = (Long) a[2];
            long y = (Long) a[3];
            return new Object[] {Math.unsignedMultiplyHigh(x, y), x * y};
        });
        n.register("math.bitsAdd64", a -> {
            long x = (Long) a[2];
            long y = (Long) a[3];
            long carry = (Long) a[4];
            long sum = x + y + carry;
            long carryOut = ((x & y) | ((x | y) & ~sum)) >>> 63;
            return new Object[] {sum, carryOut};
        });
        n.register("math.bitsLeadingZeros64", a -> (long) Long.numberOfLeadingZeros((Long) a[2]));
        n.register("math/bits.panicOverflow", a -> {
            throw RuntimeErrors.runtimeError("integer overflow");
        });
        n.register("math/bits.panicDivide", a -> {
            throw RuntimeErrors.divideByZero();
        });
    }

    public static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    private static final double NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    public static double max(double x, double y) {
        if (x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return NAN;
        }
        if (x == 0 && x == y) {
            return Double.doubleToRawLongBits(x) < 0 ? y : x;
        }
        return x > y ? x : y;
    }

    public static double min(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return NAN;
        }
        if (x == 0 && x == y) {
            return Double.doubleToRawLongBits(x) < 0 ? x : y;
        }
        return x < y ? x : y;
    }

    private static final double LOG2E = 1.4426950408889634073599246810018920;
    private static final double LN2U = 0.69314718055966295651160180568695068359375;
    private static final double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    private static final double OVERFLOW = 7.09782712893384e+02;
    private static final double[] EXP_C = {0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
        8.3333333333333333333e-3, 1.3888888888888888889e-3, 1.9841269841269841270e-4, 2.4801587301587301587e-5};

    /** Go's archExp (exp_amd64.s, FMA path). */
    public static double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & ~(1L << 63)) >= 0x7FF0000000000000L) {
            return x == Double.NEGATIVE_INFINITY ? 0 : x;
        }
        if (x > OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        double t = LOG2E * x;
        // CVTSD2SL: round to nearest even; out of range gives the "integer indefinite" value
        int bx = t >= -2147483648.0 && t <= 2147483647.0 ? (int) Math.rint(t) : Integer.MIN_VALUE;
        double k = bx;
        double x0 = Math.fma(-k, LN2U, x);
        x0 = Math.fma(-k, LN2L, x0);
        x0 *= 0.0625;
        double x1 = EXP_C[8];
        x1 = Math.fma(x1, x0, EXP_C[7]);
        x1 = Math.fma(x1, x0, EXP_C[6]);
        x1 = Math.fma(x1, x0, EXP_C[5]);
        x1 = Math.fma(x1, x0, EXP_C[4]);
        x1 = Math.fma(x1, x0, EXP_C[3]);
        x1 = Math.fma(x1, x0, EXP_C[0]);
        x1 = Math.fma(x1, x0, EXP_C[1]);
        x0 = x0 * x1;
        x1 = x0 + 2.0;
        x0 = x0 * x1;
        x1 = x0 + 2.0;
        x0 = x0 * x1;
        x1 = x0 + 2.0;
        x0 = x0 * x1;
        x1 = x0 + 2.0;
        x0 = Math.fma(x0, x1, 1.0);
        // ldexp
        bx += 0x3FF;
        if (bx <= 0) {
            if (bx < -52) {
                return 0;
            }
            bx += 0x3FE;
            x0 *= Double.longBitsToDouble((long) bx << 52);
            bx = 1;
        } else if (bx >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        return x0 * Double.longBitsToDouble((long) bx << 52);
    }

    private static final double HSQRT2 = 7.07106781186547524401e-01;
    private static final double LN2HI = 6.93147180369123816490e-01;
    private static final double LN2LO = 1.90821492927058770002e-10;
    private static final double L1 = 6.666666666666735130e-01;
    private static final double L2 = 3.999999999940941908e-01;
    private static final double L3 = 2.857142874366239149e-01;
    private static final double L4 = 2.222219843214978396e-01;
    private static final double L5 = 1.818357216161805012e-01;
    private static final double L6 = 1.531383769920937332e-01;
    private static final double L7 = 1.479819860511658591e-01;

    /** Go's archLog (log_amd64.s). */
    public static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & ~(1L << 63)) == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (bits < 0) {
            return NAN;
        }
        if (bits >= 0x7FF0000000000000L) {
            return x;
        }
        double f1 = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        double k = (double) ((int) ((bits >>> 52) & 0x7FF) - 0x3FE);
        if (!(HSQRT2 < f1)) {
            k -= 1;
            f1 *= 2;
        }
        double f = f1 - 1;
        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
        double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
        double r = t1 + t2;
        double hfsq = 0.5 * f * f;
        double x3 = s * (r + hfsq);
        x3 = x3 + LN2LO * k;
        double x0 = hfsq - x3;
        x0 = x0 - f;
        return k * LN2HI - x0;
    }

    /** Go's archHypot (hypot_amd64.s). */
    public static double hypot(double p, double q) {
        p = Math.abs(p);
        q = Math.abs(q);
        if (p >= Double.POSITIVE_INFINITY || q >= Double.POSITIVE_INFINITY || Double.isNaN(p) || Double.isNaN(q)) {
            if (p == Double.POSITIVE_INFINITY || q == Double.POSITIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            return NAN;
        }
        if (p == 0 && q == 0) {
            return 0;
        }
        double mx = Math.max(p, q);
        double mn = Math.min(p, q);
        mn = mn / mx;
        mn = mn * mn;
        mn += 1.0;
        return mx * Math.sqrt(mn);
    }
}
