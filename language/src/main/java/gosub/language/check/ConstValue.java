package gosub.language.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The exact value of a constant expression: a Boolean, a String (Go bytes held one per char), a BigInteger, a
 * BigDecimal for floats (kept to {@link #MC} digits, far beyond float64), or a {@link Cplx} of two BigDecimals for
 * complex constants. Arithmetic is exact as the Go spec
 * requires of untyped constants; range checks happen when a constant meets a typed context.
 */
public final class ConstValue {
    /**
     * 400 decimal digits hold every integer below 2^1024 exactly, so a value halfway between two large float64s
     * (max64 - ulp64/2) stays halfway and rounds to even as Go's binary constants do; 80 digits moved it.
     */
    public static final MathContext MC = new MathContext(400, RoundingMode.HALF_EVEN);

    public final Object value;

    private ConstValue(Object value) {
        this.value = value;
    }

    public static ConstValue of(boolean b) {
        return new ConstValue(b);
    }

    public static ConstValue of(String s) {
        return new ConstValue(s);
    }

    public static ConstValue of(BigInteger i) {
        return new ConstValue(i);
    }

    public static ConstValue of(long i) {
        return new ConstValue(BigInteger.valueOf(i));
    }

    /** A float constant; integral values stay BigDecimal so that "1.0" keeps its float kind. */
    public static ConstValue of(BigDecimal d) {
        return new ConstValue(d);
    }

    /** A complex constant's exact parts. */
    public record Cplx(BigDecimal re, BigDecimal im) {
    }

    /** A complex constant; its kind (untyped complex) comes from the expression, as with floats. */
    public static ConstValue complex(BigDecimal re, BigDecimal im) {
        return new ConstValue(new Cplx(re, im));
    }

    public boolean isComplex() {
        return value instanceof Cplx;
    }

    /** The real part of any numeric constant. */
    public BigDecimal re() {
        return value instanceof Cplx c ? c.re : asDecimal();
    }

    /** The imaginary part of any numeric constant (zero for a real one). */
    public BigDecimal im() {
        return value instanceof Cplx c ? c.im : BigDecimal.ZERO;
    }

    /** Whether a numeric constant is zero (both parts of a complex one). */
    public boolean isZero() {
        if (value instanceof BigInteger i) {
            // not through re(): a program of integer constants then never initialises BigDecimal, which costs a
            // cold JVM tens of milliseconds (every division by a constant asks this)
            return i.signum() == 0;
        }
        return re().signum() == 0 && im().signum() == 0;
    }

    /** The constant without its imaginary part if that is zero, else null: a complex constant as a real one. */
    public ConstValue realOrNull() {
        if (!(value instanceof Cplx c)) {
            return this;
        }
        return c.im.signum() == 0 ? of(c.re) : null;
    }

    public boolean isInt() {
        return value instanceof BigInteger;
    }

    public boolean isFloat() {
        return value instanceof BigDecimal;
    }

    public boolean isNumeric() {
        return isInt() || isFloat() || isComplex();
    }

    public boolean isString() {
        return value instanceof String;
    }

    public boolean isBool() {
        return value instanceof Boolean;
    }

    public BigInteger asInt() {
        return (BigInteger) value;
    }

    public boolean asBool() {
        return (Boolean) value;
    }

    public String asString() {
        return (String) value;
    }

    public BigDecimal asDecimal() {
        if (value instanceof Cplx c) {
            return c.re;
        }
        return value instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) value;
    }

    /** The value as an integer if it is one exactly (1.0 is, 1.5 is not), else null. */
    public BigInteger exactInt() {
        if (value instanceof BigInteger i) {
            return i;
        }
        if (value instanceof Cplx c) {
            return c.im.signum() == 0 ? of(c.re).exactInt() : null;
        }
        if (value instanceof BigDecimal d) {
            try {
                return d.toBigIntegerExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The value in a form that is equal exactly for equal constants (1, 1.0 and 1+0i are one; 1i and 2i are two):
     * duplicate switch cases and map literal keys are found by it.
     */
    public Object identityKey() {
        if (!isNumeric()) {
            return value;
        }
        BigInteger i = exactInt();
        if (i != null) {
            return i;
        }
        if (value instanceof Cplx c && c.im.signum() != 0) {
            return List.of(c.re.stripTrailingZeros(), c.im.stripTrailingZeros());
        }
        return asDecimal().stripTrailingZeros();
    }

    public double toDouble() {
        return asDecimal().doubleValue();
    }

    public long toLong() {
        return exactInt().longValue();
    }

    /** Go's spelling of the constant in error messages. */
    @Override
    public String toString() {
        if (value instanceof String s) {
            return goQuote(s);
        }
        if (value instanceof BigDecimal d) {
            return sixDigits(d);
        }
        if (value instanceof Cplx c) {
            // Go's form, the imaginary part's sign kept inside: (1 + -2i)
            return "(" + sixDigits(c.re) + " + " + sixDigits(c.im) + "i)";
        }
        return value.toString();
    }

    /**
     * A float constant as Go's messages show it: six significant digits, in %g style (plain for decimal exponents
     * from -4 to 5, else d.ddddde+XX with at least two exponent digits), never Infinity or 0 for huge or tiny
     * values since the value is exact.
     */
    static String sixDigits(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal r = d.round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exp = r.precision() - r.scale() - 1;
        if (exp >= -4 && exp < 6) {
            return r.toPlainString();
        }
        String digits = r.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder(r.signum() < 0 ? "-" : "").append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append(exp < 0 ? "e-" : "e+");
        String e = Integer.toString(Math.abs(exp));
        return sb.append(e.length() < 2 ? "0" + e : e).toString();
    }

    private static String goQuote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }
}
