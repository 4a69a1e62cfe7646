package gosub.language.stdlib.strconv;

/**
 * Reading numbers the way strconv's ParseInt, ParseUint and ParseFloat do, from the syntax of Go's integer and
 * floating-point literals: an optional sign, an optional base prefix (0b, 0o, 0x, or a leading 0 for octal when
 * the base is read from the text), digits, and underscores between digits when the base is read from the text.
 * Results are {value, failure code}; strconv.go turns a code into a *NumError.
 */
final class NumberText {
    private NumberText() {
    }

    static final int OK = 0;
    static final int SYNTAX = 1;
    static final int RANGE = 2;
    static final int BAD_BASE = 3;
    static final int BAD_BIT_SIZE = 4;

    /** Go keeps at most this much of an exponent's value; later digits are read but ignored. */
    private static final int EXPONENT_LIMIT = 10_000;

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** The value of digit c in any base up to 36, or 99 if c is not a digit. */
    private static int digitValue(int c) {
        int lower = asciiLower(c);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : 99;
    }

    /** The base named by a 0b, 0o or 0x prefix at s[i:], or 0 if there is none. */
    private static int prefixBase(String s, int i) {
        if (i + 1 >= s.length() || s.charAt(i) != '0') {
            return 0;
        }
        return switch (asciiLower(s.charAt(i + 1))) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x' -> 16;
            default -> 0;
        };
    }

    /**
     * strconv.ParseUint: {value, code}. Errors are reported where they are met, left to right, so an overflow
     * before a bad character is a range error; misplaced underscores are a syntax error found last. On a range
     * error the value is the largest of the bit size.
     */
    static long[] parseUint(String s, long base, long bitSize) {
        if (s.isEmpty()) {
            return new long[] {0, SYNTAX};
        }
        boolean fromText = base == 0;
        int i = 0;
        if (fromText) {
            base = prefixBase(s, 0);
            if (base != 0 && s.length() >= 3) {
                i = 2;
            } else if (s.charAt(0) == '0') {
                base = 8; // a leading 0, or a prefix with nothing after it, which then fails as a digit
                i = 1;
            } else {
                base = 10;
            }
        } else if (base < 2 || base > 36) {
            return new long[] {0, BAD_BASE};
        }
        if (bitSize == 0) {
            bitSize = 64;
        } else if (bitSize < 0 || bitSize > 64) {
            return new long[] {0, BAD_BIT_SIZE};
        }
        long max = -1L >>> (64 - bitSize);
        long n = 0;
        boolean sawUnderscore = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && fromText) {
                sawUnderscore = true;
                continue;
            }
            int d = digitValue(c);
            if (d >= base) {
                return new long[] {0, SYNTAX};
            }
            // n*base + d must stay within max: n <= (max - d) / base, unsigned.
            if (Long.compareUnsigned(d, max) > 0 || Long.compareUnsigned(n, Long.divideUnsigned(max - d, base)) > 0) {
                return new long[] {max, RANGE};
            }
            n = n * base + d;
        }
        if (sawUnderscore && !underscoresBetweenDigits(s)) {
            return new long[] {0, SYNTAX};
        }
        return new long[] {n, OK};
    }

    /** strconv.ParseInt: {value, code}; on a range error the value is the nearest limit of the bit size. */
    static long[] parseInt(String s, long base, long bitSize) {
        boolean negative = !s.isEmpty() && s.charAt(0) == '-';
        boolean signed = negative || (!s.isEmpty() && s.charAt(0) == '+');
        long[] magnitude = parseUint(signed ? s.substring(1) : s, base, bitSize);
        int code = (int) magnitude[1];
        if (code != OK && code != RANGE) {
            return new long[] {0, code};
        }
        long limit = 1L << ((bitSize == 0 ? 64 : bitSize) - 1); // the magnitude of the most negative value
        long m = magnitude[0];
        // A magnitude that overflowed the unsigned range is its largest value, judged like any other here. (With
        // bit size 1 that is 1, which as a negative number fits: Go then returns -1 without an error.)
        if (negative) {
            return Long.compareUnsigned(m, limit) > 0 ? new long[] {-limit, RANGE} : new long[] {-m, OK};
        }
        return Long.compareUnsigned(m, limit) >= 0 ? new long[] {limit - 1, RANGE} : new long[] {m, OK};
    }

    /**
     * Whether every underscore of the number s (with optional sign and base prefix) stands between two digits, or
     * between the base prefix and a digit, as Go's literal syntax requires.
     */
    static boolean underscoresBetweenDigits(String s) {
        int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        int prefix = prefixBase(s, start);
        boolean hex = prefix == 16;
        int digitsFrom = prefix != 0 ? start + 2 : start;
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) != '_') {
                continue;
            }
            boolean afterDigit = i > digitsFrom ? isDigit(s.charAt(i - 1), hex) : i == digitsFrom && prefix != 0;
            boolean beforeDigit = i + 1 < s.length() && isDigit(s.charAt(i + 1), hex);
            if (!afterDigit || !beforeDigit) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c, boolean hex) {
        return (c >= '0' && c <= '9') || (hex && asciiLower(c) >= 'a' && asciiLower(c) <= 'f');
    }

    /**
     * strconv.ParseFloat: {value, code}. Special values are "inf", "infinity" (either with a sign) and "nan",
     * in any case. Other text is checked against the float literal syntax (decimal, or hexadecimal with a
     * mandatory p exponent) and then converted by the JDK's parser, which rounds correctly to the nearest double,
     * or float for bit size 32 — the same value Go's conversion gives. Overflow is a range error with ±Inf.
     */
    static Object[] parseFloat(String s, long bitSize) {
        boolean single = bitSize == 32;
        int signLength = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        String unsigned = s.substring(signLength);
        if (equalsIgnoreAsciiCase(unsigned, "inf") || equalsIgnoreAsciiCase(unsigned, "infinity")) {
            return floatResult(s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, OK);
        }
        if (equalsIgnoreAsciiCase(s, "nan")) {
            return floatResult(Double.NaN, OK);
        }
        String literal = javaLiteral(s, signLength);
        if (literal == null) {
            return floatResult(0, SYNTAX);
        }
        double v = single ? Float.parseFloat(literal) : Double.parseDouble(literal);
        return floatResult(v, Double.isInfinite(v) ? RANGE : OK);
    }

    private static Object[] floatResult(double v, int code) {
        return new Object[] {v, (long) code};
    }

    private static boolean equalsIgnoreAsciiCase(String s, String lower) {
        if (s.length() != lower.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (asciiLower(s.charAt(i)) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The float literal s rewritten for Double.parseDouble (underscores dropped, exponent made explicit and
     * limited as Go limits it), or null if s is not one.
     */
    private static String javaLiteral(String s, int signLength) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        if (signLength == 1 && s.charAt(0) == '-') {
            out.append('-');
        }
        int i = signLength;
        // Go takes 0x as a prefix only when something follows it.
        boolean hex = s.length() - i > 2 && prefixBase(s, i) == 16;
        if (hex) {
            out.append("0x");
            i += 2;
        }
        boolean sawUnderscore = false;
        boolean sawPoint = false;
        boolean sawDigit = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                sawUnderscore = true;
            } else if (c == '.' && !sawPoint) {
                sawPoint = true;
                out.append(c);
            } else if (isDigit(c, hex)) {
                sawDigit = true;
                out.append(c);
            } else {
                break;
            }
        }
        if (!sawDigit) {
            return null;
        }
        int exponent = 0;
        boolean hasExponent = i < s.length() && asciiLower(s.charAt(i)) == (hex ? 'p' : 'e');
        if (hasExponent) {
            i++;
            boolean negative = i < s.length() && s.charAt(i) == '-';
            if (i < s.length() && (s.charAt(i) == '+' || negative)) {
                i++;
            }
            if (i >= s.length() || !isDigit(s.charAt(i), false)) {
                return null;
            }
            for (; i < s.length() && (isDigit(s.charAt(i), false) || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) == '_') {
                    sawUnderscore = true;
                } else if (exponent < EXPONENT_LIMIT) {
                    exponent = exponent * 10 + (s.charAt(i) - '0');
                }
            }
            if (negative) {
                exponent = -exponent;
            }
        } else if (hex) {
            return null;
        }
        if (i != s.length() || (sawUnderscore && !underscoresBetweenDigits(s))) {
            return null;
        }
        return out.append(hex ? 'p' : 'e').append(exponent).toString();
    }
}
