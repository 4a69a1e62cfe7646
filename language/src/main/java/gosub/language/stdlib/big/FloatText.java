package gosub.language.stdlib.big;

import java.math.BigInteger;

/**
 * big.Float as text both ways. Reading: Go's grammar (sign, mantissa with a radix point in base 2, 8, 10 or 16 or
 * by prefix, e or p exponent), with a decimal exponent applied through a power of five that Go computes at 64
 * more bits than the result, then one multiplication or division: the same two roundings Go makes. Writing: the
 * exact decimal expansion of the binary value, rounded half to even at the digit asked for, or to the shortest
 * digits that read back as the same value at the Float's precision; then Go's layouts for %e, %f, %g, %b, %p, %x.
 */
final class FloatText {
    private FloatText() {
    }

    /** What Float.scan gives: sign, the value rounded, the mantissa's base, where it stopped, or Go's error. */
    static final class Scanned {
        boolean neg;
        BinaryFloat.Result value;
        int base;
        int end;
        String error;
    }

    static Scanned scan(String s, int base, long prec, int mode) {
        Scanned out = new Scanned();
        int i = 0;
        if (s.isEmpty()) {
            out.error = "EOF";
            return out;
        }
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            out.neg = s.charAt(0) == '-';
            i = 1;
        }
        IntText.Digits d = IntText.scanDigits(s, i, base, true);
        out.base = d.base;
        if (d.error != null) {
            out.error = d.error;
            return out;
        }
        RatText.Exponent x = RatText.Exponent.scan(s, d.end, true, base == 0);
        out.end = x.end;
        if (x.error != null) {
            out.error = x.error;
            return out;
        }
        if (d.magnitude.signum() == 0) {
            out.value = new BinaryFloat.Result(BinaryFloat.ZERO, null, 0, 0);
            return out;
        }
        long exp2 = d.magnitude.bitLength();
        long exp5 = 0;
        if (d.count < 0) {
            long f = d.count;
            switch (d.base) {
                case 10 -> {
                    exp5 = f;
                    exp2 += f;
                }
                case 2 -> exp2 += f;
                case 8 -> exp2 += f * 3;
                default -> exp2 += f * 4;
            }
        }
        if (x.decimal) {
            exp5 += x.value;
        }
        exp2 += x.value;
        if (exp2 < BinaryFloat.MIN_EXP || exp2 > BinaryFloat.MAX_EXP) {
            out.error = "exponent overflow";
            return out;
        }
        BigInteger m = d.magnitude;
        if (exp5 == 0) {
            out.value = BinaryFloat.round(out.neg, m, exp2 - m.bitLength(), false, prec, mode);
            return out;
        }
        BinaryFloat.Result p = powerOfFive(Math.abs(exp5), prec + 64);
        if (p.form() != BinaryFloat.FINITE) {
            out.value = p; // an infinite power: what Go's division or product gives for it
            out.value = exp5 < 0 ? new BinaryFloat.Result(BinaryFloat.ZERO, null, 0, 0) : p;
            return out;
        }
        BinaryFloat.Result stripped = new BinaryFloat.Result(BinaryFloat.FINITE, BinaryFloat.strip(m), exp2, 0);
        out.value = BinaryFloat.arith(exp5 < 0 ? 3 : 2, stripped.mant(), stripped.exp(), p.mant(), p.exp(), out.neg,
                        prec, mode);
        return out;
    }

    /**
     * 5**n as Go's pow5 computes it at precision prec: exactly up to 5**27, beyond by squaring, the factor held
     * at 64 more bits than the product, both rounded to nearest even at each step.
     */
    static BinaryFloat.Result powerOfFive(long n, long prec) {
        BigInteger five = BigInteger.valueOf(5);
        if (n <= 27) {
            BigInteger v = five.pow((int) n);
            return BinaryFloat.round(false, v, 0, false, prec, BinaryFloat.TO_NEAREST_EVEN);
        }
        BinaryFloat.Result z = BinaryFloat.round(false, five.pow(27), 0, false, prec, BinaryFloat.TO_NEAREST_EVEN);
        BinaryFloat.Result f = BinaryFloat.round(false, five, 0, false, prec + 64, BinaryFloat.TO_NEAREST_EVEN);
        for (long k = n - 27; k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                z = BinaryFloat.arith(2, z.mant(), z.exp(), f.mant(), f.exp(), false, prec, BinaryFloat.TO_NEAREST_EVEN);
                if (z.form() != BinaryFloat.FINITE) {
                    return z;
                }
            }
            if (k > 1) {
                f = BinaryFloat.arith(2, f.mant(), f.exp(), f.mant(), f.exp(), false, prec + 64,
                                BinaryFloat.TO_NEAREST_EVEN);
                if (f.form() != BinaryFloat.FINITE) {
                    return f;
                }
            }
        }
        return z;
    }

    /** A decimal: digits without leading or trailing zeros, the value being 0.digits * 10**exp (empty: zero). */
    static final class Decimal {
        String digits;
        int exp;

        Decimal(String digits, int exp) {
            this.digits = digits;
            this.exp = exp;
            trim();
        }

        /** The exact decimal of m * 2**shift. */
        static Decimal of(BigInteger m, long shift) {
            if (m.signum() == 0) {
                return new Decimal("", 0);
            }
            String text;
            long scale;
            if (shift >= 0) {
                text = m.shiftLeft((int) shift).toString();
                scale = 0;
            } else {
                // m / 2**k = m * 5**k / 10**k
                int k = (int) -shift;
                text = m.multiply(BigInteger.valueOf(5).pow(k)).toString();
                scale = k;
            }
            return new Decimal(text, (int) (text.length() - scale));
        }

        char at(int i) {
            return i >= 0 && i < digits.length() ? digits.charAt(i) : '0';
        }

        private void trim() {
            int end = digits.length();
            while (end > 0 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
            if (end == 0) {
                exp = 0;
            }
        }

        /** Keeps n digits, rounding half to even when exactly halfway, else by the first digit dropped. */
        void round(int n) {
            if (n < 0 || n >= digits.length()) {
                return;
            }
            boolean up;
            if (digits.charAt(n) == '5' && n + 1 == digits.length()) {
                up = n > 0 && ((digits.charAt(n - 1) - '0') & 1) != 0;
            } else {
                up = digits.charAt(n) >= '5';
            }
            if (up) {
                roundUp(n);
            } else {
                roundDown(n);
            }
        }

        void roundUp(int n) {
            if (n < 0 || n >= digits.length()) {
                return;
            }
            int k = n;
            while (k > 0 && digits.charAt(k - 1) >= '9') {
                k--;
            }
            if (k == 0) {
                digits = "1";
                exp++;
                return;
            }
            digits = digits.substring(0, k - 1) + (char) (digits.charAt(k - 1) + 1);
        }

        void roundDown(int n) {
            if (n < 0 || n >= digits.length()) {
                return;
            }
            digits = digits.substring(0, n);
            trim();
        }
    }

    /** Float.Append's text for format fmt and precision prec (-1: shortest), sign included, infinities too. */
    static String format(int form, boolean neg, BigInteger m, long exp, long floatPrec, int mode, char fmt, int prec) {
        StringBuilder sb = new StringBuilder();
        if (neg) {
            sb.append('-');
        }
        if (form == BinaryFloat.INF) {
            if (!neg) {
                sb.append('+');
            }
            return sb.append("Inf").toString();
        }
        switch (fmt) {
            case 'b' -> {
                return binaryExponent(sb, form, m, exp, floatPrec);
            }
            case 'p' -> {
                return hexFraction(sb, form, m, exp);
            }
            case 'x' -> {
                return hexMantissa(sb, form, neg, m, exp, mode, prec);
            }
            default -> {
            }
        }
        Decimal d = form == BinaryFloat.FINITE ? Decimal.of(m, exp - m.bitLength()) : new Decimal("", 0);
        boolean shortest = prec < 0;
        int p = prec;
        if (shortest) {
            roundShortest(d, m, exp, floatPrec);
            switch (fmt) {
                case 'e', 'E' -> p = d.digits.length() - 1;
                case 'f' -> p = Math.max(d.digits.length() - d.exp, 0);
                case 'g', 'G' -> p = d.digits.length();
                default -> {
                }
            }
        } else {
            switch (fmt) {
                case 'e', 'E' -> d.round(1 + p);
                case 'f' -> d.round(d.exp + p);
                case 'g', 'G' -> {
                    if (p == 0) {
                        p = 1;
                    }
                    d.round(p);
                }
                default -> {
                }
            }
        }
        switch (fmt) {
            case 'e', 'E' -> {
                return exponentForm(sb, fmt, p, d);
            }
            case 'f' -> {
                return fixedForm(sb, p, d);
            }
            case 'g', 'G' -> {
                int eprec = p;
                if (eprec > d.digits.length() && d.digits.length() >= d.exp) {
                    eprec = d.digits.length();
                }
                if (shortest) {
                    eprec = 6;
                }
                int e = d.exp - 1;
                if (e < -4 || e >= eprec) {
                    if (p > d.digits.length()) {
                        p = d.digits.length();
                    }
                    return exponentForm(sb, (char) (fmt + 'e' - 'g'), p - 1, d);
                }
                if (p > d.exp) {
                    p = d.digits.length();
                }
                return fixedForm(sb, Math.max(p - d.exp, 0), d);
            }
            default -> {
                if (neg) {
                    sb.setLength(0);
                }
                return sb.append('%').append(fmt).toString();
            }
        }
    }

    /**
     * Rounds d to the fewest digits that still lie within half a unit in the last place (at the Float's
     * precision) of the value, the bounds included when the mantissa is even. Like Go, the bounds' digits are
     * compared position by position with d's.
     */
    private static void roundShortest(Decimal d, BigInteger m, long exp, long floatPrec) {
        if (d.digits.isEmpty()) {
            return;
        }
        long lsb = exp - m.bitLength();
        long s = m.bitLength() - (floatPrec + 1);
        BigInteger mant = s < 0 ? m.shiftLeft((int) -s) : m.shiftRight((int) s);
        lsb += s;
        Decimal lower = Decimal.of(mant.subtract(BigInteger.ONE), lsb);
        Decimal upper = Decimal.of(mant.add(BigInteger.ONE), lsb);
        boolean inclusive = !mant.testBit(1);
        for (int i = 0; i < d.digits.length(); i++) {
            char l = lower.at(i);
            char c = d.digits.charAt(i);
            char u = upper.at(i);
            boolean okDown = l != c || inclusive && i + 1 == lower.digits.length();
            boolean okUp = c != u && (inclusive || c + 1 < u || i + 1 < upper.digits.length());
            if (okDown && okUp) {
                d.round(i + 1);
                return;
            }
            if (okDown) {
                d.roundDown(i + 1);
                return;
            }
            if (okUp) {
                d.roundUp(i + 1);
                return;
            }
        }
    }

    private static String exponentForm(StringBuilder sb, char fmt, int prec, Decimal d) {
        sb.append(d.digits.isEmpty() ? '0' : d.digits.charAt(0));
        if (prec > 0) {
            sb.append('.');
            int end = Math.min(d.digits.length(), prec + 1);
            if (end > 1) {
                sb.append(d.digits, 1, end);
            }
            for (int i = Math.max(end, 1); i <= prec; i++) {
                sb.append('0');
            }
        }
        sb.append(fmt);
        long e = d.digits.isEmpty() ? 0 : d.exp - 1L;
        sb.append(e < 0 ? '-' : '+');
        e = Math.abs(e);
        if (e < 10) {
            sb.append('0');
        }
        return sb.append(e).toString();
    }

    private static String fixedForm(StringBuilder sb, int prec, Decimal d) {
        if (d.exp > 0) {
            int n = Math.min(d.digits.length(), d.exp);
            sb.append(d.digits, 0, n);
            for (int i = n; i < d.exp; i++) {
                sb.append('0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                sb.append(d.at(d.exp + i));
            }
        }
        return sb.toString();
    }

    /** %b: the mantissa as an integer of exactly the Float's precision, then p and the binary exponent. */
    private static String binaryExponent(StringBuilder sb, int form, BigInteger m, long exp, long floatPrec) {
        if (form == BinaryFloat.ZERO) {
            return sb.append('0').toString();
        }
        BigInteger mant = m.shiftLeft((int) (floatPrec - m.bitLength()));
        long e = exp - floatPrec;
        sb.append(mant).append('p');
        if (e >= 0) {
            sb.append('+');
        }
        return sb.append(e).toString();
    }

    /** %p: 0x. and the fraction's hex digits without trailing zeros, then p and the exponent. */
    private static String hexFraction(StringBuilder sb, int form, BigInteger m, long exp) {
        if (form == BinaryFloat.ZERO) {
            return sb.append('0').toString();
        }
        int pad = (4 - m.bitLength() % 4) % 4; // a fraction's hex digits start at its top bit
        String hex = m.shiftLeft(pad).toString(16);
        int end = hex.length();
        while (end > 0 && hex.charAt(end - 1) == '0') {
            end--;
        }
        sb.append("0x.").append(hex, 0, end).append('p');
        if (exp >= 0) {
            sb.append('+');
        }
        return sb.append(exp).toString();
    }

    /** %x: 0x1. and hex digits (prec of them, or as few as the value needs), p and the exponent of the 1. */
    private static String hexMantissa(StringBuilder sb, int form, boolean neg, BigInteger m, long exp, int mode, int prec) {
        if (form == BinaryFloat.ZERO) {
            sb.append("0x0");
            if (prec > 0) {
                sb.append('.').append("0".repeat(prec));
            }
            return sb.append("p+00").toString();
        }
        // 1 + 4k bits: the leading 1 and k hex digits; rounded to nearest even like a Float of that precision
        long n = prec < 0 ? 1 + (m.bitLength() - 1 + 3) / 4 * 4 : 1 + 4L * prec;
        BinaryFloat.Result r = BinaryFloat.round(neg, m, exp - m.bitLength(), false, n, mode);
        if (r.form() != BinaryFloat.FINITE) {
            return sb.append(r.form() == BinaryFloat.INF ? (neg ? "Inf" : "+Inf") : "0x0p+00").toString();
        }
        String hex = r.mant().shiftLeft((int) (n - r.mant().bitLength())).toString(16);
        sb.append("0x1");
        if (hex.length() > 1) {
            sb.append('.').append(hex, 1, hex.length());
        }
        long e = r.exp() - 1;
        sb.append('p').append(e >= 0 ? '+' : '-');
        e = Math.abs(e);
        if (e < 10) {
            sb.append('0');
        }
        return sb.append(e).toString();
    }
}
