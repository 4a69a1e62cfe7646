package gosub.language.stdlib.big;

import java.math.BigInteger;

/**
 * Integers as text in bases 2 to 62, both ways. Reading follows the grammar of Go's math/big: an optional sign, for
 * base 0 a prefix that picks the base (0b, 0o, 0x, or a bare 0 for octal) and underscores between digits, digits
 * case-insensitive up to base 36 and lower before upper case above it. A reader stops at the first byte that cannot
 * continue the number and says how far it got, so that callers decide whether the rest must be empty.
 */
final class IntText {
    static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String NO_DIGITS = "number has no digits";
    static final String BAD_SEPARATOR = "'_' must separate successive digits";

    private IntText() {
    }

    /** What reading a number's digits gave. */
    static final class Digits {
        BigInteger magnitude = BigInteger.ZERO;
        /** The base the digits were read in, after any prefix. */
        int base;
        /** Where reading stopped (an index into the text). */
        int end;
        /** For a mantissa with a radix point: minus the count of digits after it; else the count of digits. */
        int count;
        /** Go's error text, or null. */
        String error;
    }

    /** The value of byte c as a digit of a number in base b (a value >= b when it is not one). */
    static int digitValue(int c, int b) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return b <= 36 ? c - 'A' + 10 : c - 'A' + 36;
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Reads an unsigned number from s at start in base (0 for a prefix-chosen base); with fraction, a radix point may
     * come once and base 0 does not take a bare 0 as the octal prefix.
     */
    static Digits scanDigits(String s, int start, int base, boolean fraction) {
        Digits d = new Digits();
        int i = start;
        int n = s.length();
        char prev = '.'; // '0' after a digit, '_' after a separator, '.' otherwise
        boolean badSeparator = false;
        int b = base;
        char prefix = 0;
        int count = 0;
        if (base == 0) {
            b = 10;
            if (i < n && s.charAt(i) == '0') {
                prev = '0';
                count = 1;
                i++;
                if (i < n) {
                    switch (s.charAt(i)) {
                        case 'b', 'B' -> {
                            b = 2;
                            prefix = 'b';
                        }
                        case 'o', 'O' -> {
                            b = 8;
                            prefix = 'o';
                        }
                        case 'x', 'X' -> {
                            b = 16;
                            prefix = 'x';
                        }
                        default -> {
                            if (!fraction) {
                                b = 8;
                                prefix = '0';
                            }
                        }
                    }
                    if (prefix != 0) {
                        count = 0; // the 0 belonged to the prefix
                        if (prefix != '0') {
                            i++;
                        }
                    }
                }
            }
        }
        int digitsStart = -1;
        StringBuilder digits = null; // only when separators or a point must be dropped
        int pointAt = -1;
        int runStart = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' && fraction && pointAt < 0) {
                if (prev == '_') {
                    badSeparator = true;
                }
                prev = '.';
                pointAt = count;
                digits = append(digits, s, runStart, i);
                runStart = i + 1;
            } else if (c == '_' && base == 0) {
                if (prev != '0') {
                    badSeparator = true;
                }
                prev = '_';
                digits = append(digits, s, runStart, i);
                runStart = i + 1;
            } else {
                if (digitValue(c, b) >= b) {
                    break;
                }
                if (digitsStart < 0) {
                    digitsStart = i;
                }
                prev = '0';
                count++;
            }
        }
        d.end = i;
        if (badSeparator || prev == '_') {
            d.error = BAD_SEPARATOR;
        }
        d.base = b;
        if (count == 0) {
            if (prefix == '0') {
                // a lone 0 (maybe followed by separators): decimal zero
                d.base = 10;
                d.count = 1;
                return d;
            }
            d.error = NO_DIGITS;
            d.count = 0;
            return d;
        }
        String text;
        if (digits == null) {
            text = s.substring(runStart, i);
        } else {
            text = append(digits, s, runStart, i).toString();
        }
        // the prefix's 0 of a base-0 decimal number counts as a digit but is not among those collected after it
        d.magnitude = text.isEmpty() ? BigInteger.ZERO : valueOf(text, b);
        d.count = pointAt >= 0 ? pointAt - count : count;
        return d;
    }

    private static StringBuilder append(StringBuilder sb, String s, int from, int to) {
        StringBuilder out = sb == null ? new StringBuilder() : sb;
        return out.append(s, from, to);
    }

    /** The value of a run of valid digits in base b. */
    static BigInteger valueOf(String digits, int b) {
        if (b <= 36) {
            return new BigInteger(digits, b);
        }
        return combine(digits, 0, digits.length(), b);
    }

    /** Digits from..to in a base above 36, split in halves so that long numbers cost n log n multiplications. */
    private static BigInteger combine(String digits, int from, int to, int b) {
        if (to - from <= 9) {
            long v = 0;
            for (int i = from; i < to; i++) {
                v = v * b + digitValue(digits.charAt(i), b);
            }
            return BigInteger.valueOf(v);
        }
        int mid = (from + to) >>> 1;
        BigInteger high = combine(digits, from, mid, b);
        BigInteger low = combine(digits, mid, to, b);
        return high.multiply(BigInteger.valueOf(b).pow(to - mid)).add(low);
    }

    /** Reads a signed integer as Int.SetString does; null unless all of s is one. */
    static BigInteger parseWhole(String s, int base) {
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        } else if (s.isEmpty()) {
            return null;
        }
        Digits d = scanDigits(s, i, base, false);
        if (d.error != null || d.end != s.length()) {
            return null;
        }
        return negative ? d.magnitude.negate() : d.magnitude;
    }

    /** x in base b (2 to 62) with lower-case letters, as Int.Text writes it. */
    static String format(BigInteger x, int b) {
        if (b <= 36) {
            return x.toString(b);
        }
        String digits = formatMagnitude(x.abs(), b, 0);
        return x.signum() < 0 ? "-" + digits : digits;
    }

    /** The digits of m >= 0 in base b, at least width of them (zeros in front), by halving the number of digits. */
    private static String formatMagnitude(BigInteger m, int b, int width) {
        if (m.bitLength() <= 62) {
            long v = m.longValue();
            StringBuilder sb = new StringBuilder();
            do {
                sb.append(DIGITS.charAt((int) (v % b)));
                v /= b;
            } while (v != 0);
            while (sb.length() < width) {
                sb.append('0');
            }
            return sb.reverse().toString();
        }
        // digits of m is at most bitLength / log2(b) + 1; split at half of that
        int half = (int) (m.bitLength() / (Math.log(b) / Math.log(2)) / 2) + 1;
        BigInteger[] qr = m.divideAndRemainder(BigInteger.valueOf(b).pow(half));
        return formatMagnitude(qr[0], b, Math.max(0, width - half)) + formatMagnitude(qr[1], b, half);
    }
}
