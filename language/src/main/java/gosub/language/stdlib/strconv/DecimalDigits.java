package gosub.language.stdlib.strconv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a non-negative finite float: the value is {@code 0.d1d2d3... * 10^dp}. Digits never have
 * trailing zeros, and zero has no digits at all, because {@link FloatFormat}'s layouts count significant digits.
 * Shortest digits come from the JDK's Schubfach implementation (Raffaello Giulietti, "The Schubfach way to render
 * doubles", 2020), the others from exact BigDecimal rounding.
 */
final class DecimalDigits {
    final String digits;
    final int dp;

    private DecimalDigits(String digits, int dp) {
        this.digits = digits;
        this.dp = digits.isEmpty() ? 0 : dp;
    }

    static final DecimalDigits ZERO = new DecimalDigits("", 0);

    int count() {
        return digits.length();
    }

    char digit(int i) {
        return digits.charAt(i);
    }

    /**
     * The fewest digits that read back as the same float (of {@code bitSize} bits), and among those the closest to
     * the exact value: what Go's Ryu-based shortest formatting produces.
     *
     * <p>Since JDK 19, Double.toString and Float.toString implement exactly this choice (Giulietti's Schubfach), with
     * one documented exception: when a single digit would do, Java may print two digits if a two-digit decimal is
     * closer (4.9E-324 where Go prints 5e-324). That case is detected and narrowed back to one digit here.
     */
    static DecimalDigits shortest(double abs, int bitSize) {
        if (abs == 0) {
            return ZERO;
        }
        String java = bitSize == 32 ? Float.toString((float) abs) : Double.toString(abs);
        DecimalDigits d = parseJava(java);
        if (d.count() == 2) {
            DecimalDigits one = singleDigitRoundTrip(d, abs, bitSize);
            if (one != null) {
                return one;
            }
        }
        return d;
    }

    /** The exact value rounded half-to-even to {@code n} significant digits (n >= 1). */
    static DecimalDigits significant(double abs, int n) {
        if (abs == 0) {
            return ZERO;
        }
        BigDecimal r = new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromBigDecimal(r);
    }

    /** The exact value rounded half-to-even to {@code frac} digits after the decimal point. */
    static DecimalDigits fraction(double abs, int frac) {
        if (abs == 0) {
            return ZERO;
        }
        return fromBigDecimal(new BigDecimal(abs).setScale(frac, RoundingMode.HALF_EVEN));
    }

    private static DecimalDigits fromBigDecimal(BigDecimal r) {
        if (r.signum() == 0) {
            return ZERO;
        }
        r = r.stripTrailingZeros();
        String unscaled = r.unscaledValue().toString();
        return new DecimalDigits(unscaled, unscaled.length() - r.scale());
    }

    /** Parses Java's "123.45" or "1.2345E-7" rendering. */
    private static DecimalDigits parseJava(String s) {
        int e = s.indexOf('E');
        int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mantissa = e < 0 ? s : s.substring(0, e);
        int dot = mantissa.indexOf('.');
        String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fracPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        String all = intPart + fracPart;
        int dp = intPart.length() + exp10;
        int start = 0;
        while (start < all.length() && all.charAt(start) == '0') {
            start++;
            dp--;
        }
        int end = all.length();
        while (end > start && all.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(all.substring(start, end), dp);
    }

    /** The one-digit decimal next to the two-digit {@code d} that reads back as the same float, if any. */
    private static DecimalDigits singleDigitRoundTrip(DecimalDigits d, double abs, int bitSize) {
        int lead = d.digit(0) - '0';
        DecimalDigits down = new DecimalDigits(String.valueOf((char) ('0' + lead)), d.dp);
        DecimalDigits up = lead == 9 ? new DecimalDigits("1", d.dp + 1) : new DecimalDigits(String.valueOf((char) ('1' + lead)), d.dp);
        boolean downOk = roundTrips(down, abs, bitSize);
        boolean upOk = roundTrips(up, abs, bitSize);
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(abs);
            int c = exact.subtract(down.toBigDecimal()).abs().compareTo(up.toBigDecimal().subtract(exact).abs());
            return c < 0 || (c == 0 && lead % 2 == 0) ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static boolean roundTrips(DecimalDigits d, double abs, int bitSize) {
        String s = "0." + d.digits + "E" + d.dp;
        return bitSize == 32 ? Float.parseFloat(s) == (float) abs : Double.parseDouble(s) == abs;
    }

    private BigDecimal toBigDecimal() {
        return new BigDecimal(new java.math.BigInteger(digits), digits.length() - dp);
    }
}
