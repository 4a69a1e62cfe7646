package gosub.language.stdlib.strconv;

import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;

/**
 * Reading Go literals back: strconv.Unquote, QuotedPrefix and UnquoteChar over gosub byte strings, following the
 * Go specification's string and rune literals (the one-letter escapes, escaped quotes and backslash, the x, u and U
 * escapes with two, four and eight hex digits, and three octal digits), with strconv's leniencies: a rune literal
 * may be empty, and an invalid byte reads as U+FFFD.
 */
public final class Unquoting {
    private Unquoting() {
    }

    private static final String ESCAPE_LETTERS = "abfnrtv\\";
    private static final String LETTER_VALUES = "\u0007\b\f\n\r\t\u000b\\";

    /**
     * UnquoteChar on s[i:], inside a literal delimited by {@code quote}: {value, 1 if it needs a multi-byte
     * encoding else 0, index after it}, or null for a syntax error.
     */
    static long[] unquoteChar(String s, int i, int quote) {
        if (i >= s.length()) {
            return null;
        }
        int c = s.charAt(i);
        if (c == quote && (quote == '\'' || quote == '"')) {
            return null; // the delimiter must be escaped inside its own literal
        }
        if (c >= 0x80) {
            long decoded = ByteStrings.decodeRune(s, i);
            return new long[] {Runes.rune(decoded), 1, i + Runes.width(decoded)};
        }
        if (c != '\\') {
            return new long[] {c, 0, i + 1};
        }
        if (i + 1 >= s.length()) {
            return null;
        }
        char kind = s.charAt(i + 1);
        int after = i + 2;
        int letter = ESCAPE_LETTERS.indexOf(kind);
        if (letter >= 0) {
            return new long[] {LETTER_VALUES.charAt(letter), 0, after};
        }
        switch (kind) {
            case '\'', '"' -> {
                return kind == quote ? new long[] {kind, 0, after} : null;
            }
            case 'x' -> {
                long v = number(s, after, 2, 16);
                return v < 0 ? null : new long[] {v, 0, after + 2};
            }
            case 'u', 'U' -> {
                int n = kind == 'u' ? 4 : 8;
                long v = number(s, after, n, 16);
                return v < 0 || !Runes.validRune(v) ? null : new long[] {v, 1, after + n};
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                long v = number(s, i + 1, 3, 8); // the escape's first digit is kind itself
                return v < 0 || v > 0xFF ? null : new long[] {v, 0, i + 4};
            }
            default -> {
                return null;
            }
        }
    }

    /** The value of the n digits (base 8 or 16) at s[from:], or -1 if there are fewer. */
    private static long number(String s, int from, int n, int base) {
        if (s.length() - from < n) {
            return -1;
        }
        long v = 0;
        for (int k = from; k < from + n; k++) {
            int d = digit(s.charAt(k));
            if (d >= base) {
                return -1;
            }
            v = v * base + d;
        }
        return v;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : 99;
    }

    /**
     * The literal at the start of {@code in}: {its value if {@code unescape}, else its text; the rest of in; true},
     * or {"", in, false} if in does not start with a complete, valid literal.
     */
    public static Object[] unquote(String in, boolean unescape) {
        Object[] fail = {"", in, false};
        if (in.isEmpty()) {
            return fail;
        }
        char quote = in.charAt(0);
        if (quote == '`') {
            int close = in.indexOf('`', 1);
            if (close < 0) {
                return fail;
            }
            // A raw literal is taken as it is, except that carriage returns are not part of its value.
            String value = unescape ? in.substring(1, close).replace("\r", "") : in.substring(0, close + 1);
            return new Object[] {value, in.substring(close + 1), true};
        }
        if (quote != '"' && quote != '\'') {
            return fail;
        }
        StringBuilder value = new StringBuilder();
        int i = 1;
        while (i < in.length() && in.charAt(i) != quote) {
            long[] ch = in.charAt(i) == '\n' ? null : unquoteChar(in, i, quote);
            if (ch == null) {
                return fail;
            }
            i = (int) ch[2];
            if (ch[1] == 0) {
                value.append((char) ch[0]); // a byte, possibly not valid UTF-8 on its own
            } else {
                ByteStrings.appendRune(value, (int) ch[0]);
            }
            if (quote == '\'') {
                break; // a rune literal holds one character
            }
        }
        if (i >= in.length() || in.charAt(i) != quote) {
            return fail;
        }
        String rest = in.substring(i + 1);
        return new Object[] {unescape ? value.toString() : in.substring(0, i + 1), rest, true};
    }
}
