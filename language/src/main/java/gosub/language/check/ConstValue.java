package gosub.language.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The exact value of a constant expression: a Boolean, a String (Go bytes held one per char), a BigInteger, or a
 * BigDecimal for floats (kept to {@link #MC} digits, far beyond float64). Arithmetic is exact as the Go spec
 * requires of untyped constants; range checks happen when a constant meets a typed context.
 */
public final class ConstValue {
    public static final MathContext MC = new MathContext(80, RoundingMode.HALF_EVEN);

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

    public boolean isInt() {
        return value instanceof BigInteger;
    }

    public boolean isFloat() {
        return value instanceof BigDecimal;
    }

    public boolean isNumeric() {
        return isInt() || isFloat();
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
        return value instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) value;
    }

    /** The value as an integer if it is one exactly (1.0 is, 1.5 is not), else null. */
    public BigInteger exactInt() {
        if (value instanceof BigInteger i) {
            return i;
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
            BigDecimal s = d.stripTrailingZeros();
            if (s.scale() <= 0 && s.precision() - s.scale() < 21) {
                return s.toPlainString();
            }
            double dv = d.doubleValue();
            String r = Double.toString(dv);
            return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
        }
        return value.toString();
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
