package gosub.parser;

import gosub.ast.Expr.LitKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's rules for the inside of literals. The lexer only finds where a literal ends, and accepts more than Go does
 * (any digits after any prefix, any escape); this class judges what it found and names its problems (a number's or
 * a rune's first, each bad escape of a string) with the message and column `go build` gives, so a malformed literal
 * is reported as Go reports it.
 */
final class LiteralSyntax {

    /** A problem at a char offset from the start of the literal. */
    record Problem(int offset, String message) {
    }

    /** A number's kind and the first problem with it, or null. */
    record NumberInfo(LitKind kind, Problem problem) {
    }

    private LiteralSyntax() {
    }

    static NumberInfo number(String lit) {
        NumberParts parts = new NumberParts(lit);
        return new NumberInfo(parts.kind(), parts.problem());
    }

    /**
     * Checks a rune literal; terminated is false when the lexeme stops before a newline or the end of the file
     * (atEof tells which).
     */
    static Problem rune(String lit, boolean terminated, boolean atEof) {
        int close = terminated ? lit.length() - 1 : lit.length();
        int chars = 0;
        Problem first = null;
        int i = 1;
        while (i < close) {
            if (lit.charAt(i) == '\\') {
                EscapeScan esc = escape(lit, i + 1, '\'');
                first = first != null ? first : esc.problem;
                i = esc.end;
            } else {
                i += Character.charCount(lit.codePointAt(i));
            }
            chars++;
        }
        if (!terminated) {
            if (first != null) {
                return first;
            }
            return atEof ? new Problem(0, "rune literal not terminated") : new Problem(lit.length(), "newline in rune literal");
        }
        if (first != null || i > close) {
            return first; // an escape ran into the closing quote: its problem (if any) is the one to report
        }
        if (chars == 0) {
            return new Problem(close, "empty rune literal or unescaped '");
        }
        return chars > 1 ? new Problem(0, "more than one character in rune literal") : null;
    }

    /**
     * Checks an interpreted string literal; see {@link #rune} for terminated and atEof. Every bad escape is a problem
     * of its own, as Go's scanner reports each.
     */
    static List<Problem> string(String lit, boolean terminated, boolean atEof) {
        List<Problem> problems = new ArrayList<>();
        int i = 1;
        int end = terminated ? lit.length() - 1 : lit.length();
        while (i < end) {
            if (lit.charAt(i) == '\\') {
                EscapeScan esc = escape(lit, i + 1, '"');
                if (esc.problem != null) {
                    problems.add(esc.problem);
                }
                // a char that cannot be an escape's digit is read again as a char of the string
                i = esc.problem != null && esc.problem.message().startsWith("invalid character") ? esc.problem.offset() : esc.end;
            } else {
                i++;
            }
        }
        if (!terminated) {
            problems.add(atEof ? new Problem(0, "string not terminated") : new Problem(lit.length(), "newline in string"));
        }
        return problems;
    }

    private record EscapeScan(int end, Problem problem) {
    }

    /**
     * Checks the escape whose letter (the char after the backslash) is at {@code at}; a literal that ends inside
     * the escape is left to the caller, which reports the missing quote.
     */
    private static EscapeScan escape(String lit, int at, char quote) {
        if (at >= lit.length()) {
            return new EscapeScan(at, null);
        }
        char letter = lit.charAt(at);
        if (letter == quote || "abfnrtv\\".indexOf(letter) >= 0) {
            return new EscapeScan(at + 1, null);
        }
        boolean octal = '0' <= letter && letter <= '7';
        int width = octal ? 3 : letter == 'x' ? 2 : letter == 'u' ? 4 : letter == 'U' ? 8 : 0;
        if (width == 0) {
            return new EscapeScan(at + 1, new Problem(at, "unknown escape"));
        }
        int radix = octal ? 8 : 16;
        int digitsFrom = octal ? at : at + 1; // an octal escape has no letter: its first digit is at `at`
        long value = 0;
        for (int p = digitsFrom; p < digitsFrom + width; p++) {
            if (p >= lit.length()) {
                return new EscapeScan(p, null);
            }
            char d = lit.charAt(p);
            int v = d < 128 ? Character.digit(d, radix) : -1;
            if (v < 0) {
                String shown = d == '\'' ? "'\\''" : "'" + d + "'";
                return new EscapeScan(p + 1, new Problem(p, "invalid character " + shown + " in " + baseName(radix) + " escape"));
            }
            value = value * radix + v;
        }
        int end = digitsFrom + width;
        if (octal && value > 255) {
            return new EscapeScan(end, new Problem(end, "octal escape value " + value + " > 255"));
        }
        if (value > Character.MAX_CODE_POINT || 0xD800 <= value && value < 0xE000) {
            return new EscapeScan(end, new Problem(end, "escape is invalid Unicode code point " + String.format("U+%04X", value)));
        }
        return new EscapeScan(end, null);
    }

    static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    /**
     * The value of an import path literal. Escapes are decoded to chars, which is exact for the ASCII paths Go
     * allows.
     */
    static String importPath(String lit) {
        if (lit.startsWith("`")) {
            return lit.substring(1, lit.length() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < lit.length() - 1; i++) {
            char c = lit.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = lit.charAt(++i);
            switch (e) {
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000B');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(lit.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    sb.appendCodePoint(Integer.parseInt(lit.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(lit.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        sb.append((char) Integer.parseInt(lit.substring(i, i + 3), 8));
                        i += 2;
                    } else {
                        sb.append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * A number literal split into its parts in one pass: prefix, mantissa (integer digits, point, fraction digits),
     * exponent and imaginary suffix. {@link #problem} then judges the parts in the order that decides which message
     * a literal with several faults gets (the first fault from the left, except that a bad digit only matters in an
     * integer and a misplaced '_' only when all else is well).
     */
    private static final class NumberParts {
        private final String lit;
        private int pos;
        /** 10, or what the prefix says; a leading 0 makes 8, which only matters if the literal is an integer. */
        private int radix = 10;
        /** 'x', 'o' or 'b' for an explicit prefix, '0' for a leading zero, else none (0). */
        private char prefix;
        private int point = -1;
        private int mantissaEnd;
        private boolean mantissaHasDigit;
        /** The first mantissa digit too large for the radix, or -1. */
        private int badDigit = -1;
        private int exponent = -1;
        private int exponentEnd;
        private boolean exponentHasDigit;
        private boolean imaginary;
        private boolean underscore;

        NumberParts(String lit) {
            this.lit = lit;
            if (lit.startsWith("0")) {
                char second = lit.length() > 1 ? Character.toLowerCase(lit.charAt(1)) : ' ';
                prefix = second == 'x' || second == 'o' || second == 'b' ? second : '0';
                radix = switch (prefix) {
                    case 'x' -> 16;
                    case 'b' -> 2;
                    default -> 8;
                };
                pos = prefix == '0' ? 1 : 2;
                mantissaHasDigit = prefix == '0';
            }
            mantissaDigits();
            if (at('.')) {
                point = pos++;
                mantissaDigits();
            }
            mantissaEnd = pos;
            if (at('e') || at('E') || at('p') || at('P')) {
                exponent = pos++;
                if (at('+') || at('-')) {
                    pos++;
                }
                for (; pos < lit.length() && (isDecimal(lit.charAt(pos)) || lit.charAt(pos) == '_'); pos++) {
                    underscore |= lit.charAt(pos) == '_';
                    exponentHasDigit |= lit.charAt(pos) != '_';
                }
                exponentEnd = pos;
            }
            imaginary = at('i');
        }

        private boolean at(char c) {
            return pos < lit.length() && lit.charAt(pos) == c;
        }

        /** Takes a run of digits and '_' of the mantissa; in radix 16 the letters a-f are digits too. */
        private void mantissaDigits() {
            for (; pos < lit.length(); pos++) {
                char c = lit.charAt(pos);
                if (c == '_') {
                    underscore = true;
                } else if (radix == 16 ? isHexDigit(c) : isDecimal(c)) {
                    mantissaHasDigit = true;
                    if (radix < 10 && c - '0' >= radix && badDigit < 0) {
                        badDigit = pos;
                    }
                } else {
                    return;
                }
            }
        }

        LitKind kind() {
            if (imaginary) {
                return LitKind.IMAG;
            }
            return point >= 0 || exponent >= 0 ? LitKind.FLOAT : LitKind.INT;
        }

        Problem problem() {
            boolean explicitPrefix = prefix == 'x' || prefix == 'o' || prefix == 'b';
            if (point >= 0 && (prefix == 'o' || prefix == 'b')) {
                return new Problem(point, "invalid radix point in " + baseName(radix) + " literal");
            }
            if (!mantissaHasDigit) {
                return new Problem(mantissaEnd, baseName(radix) + " literal has no digits");
            }
            if (exponent >= 0) {
                char e = lit.charAt(exponent);
                boolean decimalExponent = Character.toLowerCase(e) == 'e';
                if (decimalExponent && explicitPrefix) {
                    return new Problem(exponent, "'" + e + "' exponent requires decimal mantissa");
                }
                if (!decimalExponent && prefix != 'x') {
                    return new Problem(exponent, "'" + e + "' exponent requires hexadecimal mantissa");
                }
                if (!exponentHasDigit) {
                    return new Problem(exponentEnd, "exponent has no digits");
                }
            } else if (prefix == 'x' && point >= 0) {
                return new Problem(mantissaEnd, "hexadecimal mantissa requires a 'p' exponent");
            }
            if (kind() == LitKind.INT && badDigit >= 0) {
                return new Problem(badDigit, "invalid digit '" + lit.charAt(badDigit) + "' in " + baseName(radix) + " literal");
            }
            int sep = underscore ? misplacedUnderscore(explicitPrefix) : -1;
            return sep >= 0 ? new Problem(sep, "'_' must separate successive digits") : null;
        }

        /**
         * The first '_' that does not stand between two digits (a prefix counts as a digit before it; a second '_'
         * after it is reported at the second), or -1.
         */
        private int misplacedUnderscore(boolean explicitPrefix) {
            int start = explicitPrefix ? 2 : 0;
            for (int k = start; k < lit.length(); k++) {
                if (lit.charAt(k) != '_') {
                    continue;
                }
                boolean digitBefore = k == start ? explicitPrefix : isDigitHere(lit.charAt(k - 1));
                if (!digitBefore) {
                    return k;
                }
                if (k + 1 >= lit.length() || lit.charAt(k + 1) != '_' && !isDigitHere(lit.charAt(k + 1))) {
                    return k;
                }
            }
            return -1;
        }

        private boolean isDigitHere(char c) {
            return prefix == 'x' ? isHexDigit(c) : isDecimal(c);
        }

        private static boolean isDecimal(char c) {
            return '0' <= c && c <= '9';
        }

        private static boolean isHexDigit(char c) {
            return isDecimal(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F';
        }
    }
}
