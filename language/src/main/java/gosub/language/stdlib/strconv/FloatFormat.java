package gosub.language.stdlib.strconv;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Go's {@code strconv.FormatFloat}: the one float-to-text conversion behind fmt's float verbs and {@code strconv}.
 * Decimal digits come from {@link DecimalDigits}: the shortest that read back as the same float (Giulietti's
 * Schubfach algorithm, as implemented by the JDK's Double.toString), or the exact binary value rounded half to even
 * with BigDecimal. This class lays them out as the formats of Go's documentation say; %b and %x work on the bits
 * (IEEE 754 binary64 or binary32) directly.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /**
     * {@code strconv.FormatComplex(c, fmt, prec, bitSize)}: both parts formatted as floats of half the size, in
     * parentheses, the imaginary part always signed ({@code (1+2i)}, {@code (NaN+NaNi)}). It is also the text of a
     * complex for %v, interop and the debugger.
     */
    @TruffleBoundary
    public static String formatComplex(double re, double im, char fmt, int prec, int bitSize) {
        int partSize = bitSize == 64 ? 32 : 64;
        String imText = format(im, fmt, prec, partSize);
        if (imText.charAt(0) != '+' && imText.charAt(0) != '-') {
            imText = "+" + imText;
        }
        return "(" + format(re, fmt, prec, partSize) + imText + "i)";
    }

    private static final String LOWER_HEX = "0123456789abcdef";
    private static final String UPPER_HEX = "0123456789ABCDEF";

    /**
     * Formats {@code v} like {@code strconv.FormatFloat(v, fmt, prec, bitSize)}.
     *
     * @param fmt one of {@code b e E f g G x X}; anything else yields {@code %} followed by it, as in Go
     * @param prec digits after the point ({@code e f x}) or significant digits ({@code g}); -1 for the fewest
     *            digits that read back as the same value
     * @param bitSize 32 to format the value as a float32 (it is first rounded to float32), otherwise 64
     */
    @TruffleBoundary
    public static String format(double v, char fmt, int prec, int bitSize) {
        if (bitSize == 32) {
            v = (float) v;
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        double abs = Math.abs(v);
        StringBuilder sb = new StringBuilder(24);
        if (fmt == 'b') {
            binaryExponent(sb, neg, abs, bitSize);
            return sb.toString();
        }
        if (fmt == 'x' || fmt == 'X') {
            hexFloat(sb, neg, abs, prec, fmt, bitSize);
            return sb.toString();
        }
        if ("eEfgG".indexOf(fmt) < 0) {
            return "%" + fmt;
        }
        boolean shortest = prec < 0;
        DecimalDigits d;
        if (shortest) {
            d = DecimalDigits.shortest(abs, bitSize);
            prec = switch (fmt) {
                case 'e', 'E' -> Math.max(d.count() - 1, 0);
                case 'f' -> Math.max(d.count() - d.dp, 0);
                default -> d.count();
            };
        } else if (fmt == 'f') {
            d = DecimalDigits.fraction(abs, prec);
        } else if (fmt == 'e' || fmt == 'E') {
            d = DecimalDigits.significant(abs, prec + 1);
        } else {
            if (prec == 0) {
                prec = 1;
            }
            d = DecimalDigits.significant(abs, prec);
        }
        if (neg) {
            sb.append('-');
        }
        switch (fmt) {
            case 'e', 'E' -> exponential(sb, d, prec, fmt);
            case 'f' -> positional(sb, d, prec);
            default -> general(sb, d, prec, fmt, shortest);
        }
        return sb.toString();
    }

    /**
     * %g: the exponential form when the decimal exponent is below -4 or not below the precision (6 when
     * shortest), the positional form otherwise. Either way it shows just the significant digits: d has no trailing
     * zeros, and never more digits than the precision asked for.
     */
    private static void general(StringBuilder sb, DecimalDigits d, int prec, char fmt, boolean shortest) {
        int exp = d.dp - 1;
        if (exp < -4 || exp >= (shortest ? 6 : prec)) {
            exponential(sb, d, Math.max(d.count() - 1, 0), fmt == 'g' ? 'e' : 'E');
        } else {
            positional(sb, d, Math.max(d.count() - d.dp, 0));
        }
    }

    /** d.ddddde±dd with {@code prec} digits after the point. */
    private static void exponential(StringBuilder sb, DecimalDigits d, int prec, char e) {
        sb.append(d.count() == 0 ? '0' : d.digit(0));
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(i < d.count() ? d.digit(i) : '0');
            }
        }
        int exp = d.count() == 0 ? 0 : d.dp - 1;
        sb.append(e).append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }

    /** ddd.ddd with {@code prec} digits after the point. */
    private static void positional(StringBuilder sb, DecimalDigits d, int prec) {
        if (d.dp > 0) {
            for (int i = 0; i < d.dp; i++) {
                sb.append(i < d.count() ? d.digit(i) : '0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                int j = d.dp + i;
                sb.append(j >= 0 && j < d.count() ? d.digit(j) : '0');
            }
        }
    }

    /** The float's own representation: value = mant * 2^(exp - mantBits). */
    private record Parts(long mant, int exp, int mantBits) {
    }

    private static Parts parts(double abs, int bitSize) {
        int mantBits;
        int expBits;
        long bits;
        if (bitSize == 32) {
            mantBits = 23;
            expBits = 8;
            bits = Float.floatToRawIntBits((float) abs) & 0xFFFFFFFFL;
        } else {
            mantBits = 52;
            expBits = 11;
            bits = Double.doubleToRawLongBits(abs);
        }
        int bias = 1 - (1 << (expBits - 1));
        int exp = (int) (bits >>> mantBits) & ((1 << expBits) - 1);
        long mant = bits & ((1L << mantBits) - 1);
        if (exp == 0) {
            exp++; // subnormal: no implicit bit, and the smallest exponent
        } else {
            mant |= 1L << mantBits; // the implicit leading bit
        }
        return new Parts(mant, exp + bias, mantBits);
    }

    /** %b: decimal mantissa and binary exponent, -ddddp±ddd. */
    private static void binaryExponent(StringBuilder sb, boolean neg, double abs, int bitSize) {
        Parts p = parts(abs, bitSize);
        if (neg) {
            sb.append('-');
        }
        int exp = p.exp - p.mantBits;
        sb.append(p.mant).append('p').append(exp >= 0 ? "+" : "").append(exp);
    }

    /** %x: -0x1.hhhhp±dd, rounded half-to-even to {@code prec} hex digits, or as many as needed if prec < 0. */
    private static void hexFloat(StringBuilder sb, boolean neg, double abs, int prec, char fmt, int bitSize) {
        Parts p = parts(abs, bitSize);
        long mant = p.mant;
        int exp = mant == 0 ? 0 : p.exp;
        // Normalise so the leading 1 sits at bit 60, leaving 60 bits (15 hex digits) of fraction below it.
        mant <<= 60 - p.mantBits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long dropped = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            long half = 1L << 59;
            if (dropped > half || (dropped == half && (mant & 1) != 0)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) { // rounding carried into a new leading bit
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? UPPER_HEX : LOWER_HEX;
        if (neg) {
            sb.append('-');
        }
        sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            sb.append('.');
            while (mant != 0) {
                sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        sb.append(fmt == 'X' ? 'P' : 'p').append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }
}
