package gosub.language.values;

/**
 * A complex64 or complex128 value: two doubles (a complex64's parts are rounded to float precision, as float32
 * values are). Immutable, so it is shared freely like a boxed number, and final and small, so the Graal compiler
 * scalar-replaces it in compiled arithmetic (see the package comment for why it is an object and not two slots).
 * {@link #equals} is Go's == (NaN parts are unequal, -0 equals +0) with a {@link #hashCode} that agrees;
 * a map keyed by complex numbers goes through {@link MapKey}, which gives every NaN-holding key its own entry.
 */
public final class Complex {
    public static final Complex ZERO = new Complex(0, 0);

    public final double re;
    public final double im;

    public Complex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    /** The value with both parts rounded to float32 precision: what a complex64 holds. */
    public Complex toComplex64() {
        return new Complex((float) re, (float) im);
    }

    public boolean hasNaN() {
        return Double.isNaN(re) || Double.isNaN(im);
    }

    public Complex add(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    public Complex sub(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    public Complex negate() {
        return new Complex(-re, -im);
    }

    /** The schoolbook product, as Go computes it for complex128 (no correction of infinities). */
    public Complex mul(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    /**
     * Go's quotient (both complex64 and complex128 divide in double precision): Smith's scaled division, which
     * avoids overflow in the divisor's squared magnitude, and when both parts come out NaN, the infinities and
     * zeros that C99's annex G gives for a zero divisor, an infinite dividend or an infinite divisor.
     */
    public Complex div(Complex o) {
        double a = re;
        double b = im;
        double c = o.re;
        double d = o.im;
        double x;
        double y;
        if (Math.abs(c) >= Math.abs(d)) {
            double r = d / c;
            double den = c + r * d;
            x = (a + b * r) / den;
            y = (b - a * r) / den;
        } else {
            double r = c / d;
            double den = d + r * c;
            x = (a * r + b) / den;
            y = (b * r - a) / den;
        }
        if (Double.isNaN(x) && Double.isNaN(y)) {
            return divisionSpecialCase(a, b, c, d, x, y);
        }
        return new Complex(x, y);
    }

    private static Complex divisionSpecialCase(double a, double b, double c, double d, double x, double y) {
        boolean finiteDivisor = Double.isFinite(c) && Double.isFinite(d);
        boolean finiteDividend = Double.isFinite(a) && Double.isFinite(b);
        if (c == 0 && d == 0 && !(Double.isNaN(a) && Double.isNaN(b))) {
            double scale = Math.copySign(Double.POSITIVE_INFINITY, c);
            return new Complex(scale * a, scale * b);
        }
        if ((Double.isInfinite(a) || Double.isInfinite(b)) && finiteDivisor) {
            double ua = unitIfInfinite(a);
            double ub = unitIfInfinite(b);
            return new Complex(Double.POSITIVE_INFINITY * (ua * c + ub * d), Double.POSITIVE_INFINITY * (ub * c - ua * d));
        }
        if ((Double.isInfinite(c) || Double.isInfinite(d)) && finiteDividend) {
            double uc = unitIfInfinite(c);
            double ud = unitIfInfinite(d);
            return new Complex(0 * (a * uc + b * ud), 0 * (b * uc - a * ud));
        }
        return new Complex(x, y);
    }

    /** ±1 for an infinity, ±0 otherwise, keeping v's sign. */
    private static double unitIfInfinite(double v) {
        return Math.copySign(Double.isInfinite(v) ? 1.0 : 0.0, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex c && c.re == re && c.im == im;
    }

    @Override
    public int hashCode() {
        // +0 and -0 are equal, so they must hash alike
        return Double.hashCode(re == 0 ? 0.0 : re) * 31 + Double.hashCode(im == 0 ? 0.0 : im);
    }

    /** For Java-side debugging only: Go's text of a complex comes from strconv's FloatFormat.formatComplex. */
    @Override
    public String toString() {
        return "(" + re + (im >= 0 || Double.isNaN(im) ? "+" : "") + im + "i)";
    }
}
