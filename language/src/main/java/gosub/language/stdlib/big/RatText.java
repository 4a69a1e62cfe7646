package gosub.language.stdlib.big;

import java.math.BigInteger;

/** Fractions as text: Rat.SetString's forms ("3/4", "-1.25", "0x1p-2", "1e3") and FloatString's rounding. */
final class RatText {
    private RatText() {
    }

    /** {numerator, denominator} of s, not yet in lowest terms, or null when s is not a fraction Go reads. */
    static BigInteger[] parse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            BigInteger num = IntText.parseWhole(s.substring(0, slash), 0);
            if (num == null) {
                return null;
            }
            IntText.Digits d = IntText.scanDigits(s, slash + 1, 0, false);
            if (d.error != null || d.end != s.length() || d.magnitude.signum() == 0) {
                return null;
            }
            return new BigInteger[] {num, d.magnitude};
        }
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative || s.charAt(0) == '+') {
            i = 1;
        }
        IntText.Digits d = IntText.scanDigits(s, i, 0, true);
        if (d.error != null) {
            return null;
        }
        Exponent x = Exponent.scan(s, d.end, true, true);
        if (x.error != null || x.end != s.length()) {
            return null;
        }
        if (d.magnitude.signum() == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        long exp2 = 0;
        long exp5 = 0;
        if (d.count < 0) {
            long f = d.count;
            switch (d.base) {
                case 10 -> {
                    exp5 = f;
                    exp2 = f;
                }
                case 2 -> exp2 = f;
                case 8 -> exp2 = f * 3;
                default -> exp2 = f * 4;
            }
        }
        if (x.decimal) {
            exp5 += x.value;
        }
        exp2 += x.value;
        BigInteger num = d.magnitude;
        BigInteger den = BigInteger.ONE;
        if (exp5 != 0) {
            if (exp5 == Long.MIN_VALUE || Math.abs(exp5) > 1_000_000) {
                return null; // Go refuses such exponents rather than compute the power
            }
            BigInteger pow5 = BigInteger.valueOf(5).pow((int) Math.abs(exp5));
            if (exp5 > 0) {
                num = num.multiply(pow5);
            } else {
                den = pow5;
            }
        }
        if (exp2 < -10_000_000 || exp2 > 10_000_000) {
            return null;
        }
        if (exp2 > 0) {
            num = num.shiftLeft((int) exp2);
        } else if (exp2 < 0) {
            den = den.shiftLeft((int) -exp2);
        }
        return new BigInteger[] {negative ? num.negate() : num, den};
    }

    /** An exponent after a mantissa: e or E for a power of ten, p or P for a power of two. */
    static final class Exponent {
        long value;
        boolean decimal = true;
        int end;
        String error;

        /**
         * The exponent at s[i:], if any (no exponent letter: 0, ending at i), with Go's error text when the letter
         * is there but the digits are not right. With separators, underscores may come between digits.
         */
        static Exponent scan(String s, int i, boolean binaryOk, boolean separators) {
            Exponent x = new Exponent();
            x.end = i;
            if (i >= s.length()) {
                return x;
            }
            char c = s.charAt(i);
            if (c == 'p' || c == 'P') {
                if (!binaryOk) {
                    return x;
                }
                x.decimal = false;
            } else if (c != 'e' && c != 'E') {
                return x;
            }
            int j = i + 1;
            StringBuilder digits = new StringBuilder();
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                if (s.charAt(j) == '-') {
                    digits.append('-');
                }
                j++;
            }
            char prev = '.';
            boolean badSeparator = false;
            boolean any = false;
            for (; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d >= '0' && d <= '9') {
                    digits.append(d);
                    prev = '0';
                    any = true;
                } else if (d == '_' && separators) {
                    if (prev != '0') {
                        badSeparator = true;
                    }
                    prev = '_';
                } else {
                    break;
                }
            }
            x.end = j;
            if (!any) {
                x.error = IntText.NO_DIGITS;
                return x;
            }
            try {
                x.value = Long.parseLong(digits.toString());
            } catch (NumberFormatException e) {
                x.error = "strconv.ParseInt: parsing \"" + digits + "\": value out of range";
                return x;
            }
            if (badSeparator || prev == '_') {
                x.error = IntText.BAD_SEPARATOR;
            }
            return x;
        }
    }

    /** num/den (den > 0) with prec digits after the point, the last rounded half away from zero, as Go writes it. */
    static String floatString(BigInteger num, BigInteger den, long prec) {
        StringBuilder sb = new StringBuilder();
        if (den.equals(BigInteger.ONE)) {
            sb.append(num.toString());
            if (prec > 0) {
                sb.append('.').append("0".repeat((int) prec));
            }
            return sb.toString();
        }
        BigInteger[] qr = num.abs().divideAndRemainder(den);
        BigInteger scale = prec > 0 ? BigInteger.TEN.pow((int) prec) : BigInteger.ONE;
        BigInteger[] fr = qr[1].multiply(scale).divideAndRemainder(den);
        BigInteger q = qr[0];
        BigInteger frac = fr[0];
        if (fr[1].shiftLeft(1).compareTo(den) >= 0) {
            frac = frac.add(BigInteger.ONE);
            if (frac.compareTo(scale) >= 0) {
                q = q.add(BigInteger.ONE);
                frac = frac.subtract(scale);
            }
        }
        // a negative fraction keeps its sign even when it rounds to zero, as Go's does
        if (num.signum() < 0) {
            sb.append('-');
        }
        sb.append(q);
        if (prec > 0) {
            String digits = frac.toString();
            sb.append('.').append("0".repeat((int) prec - digits.length())).append(digits);
        }
        return sb.toString();
    }
}
