package gosub.parser;

import gosub.ast.Expr.LitKind;

/**
 * Go's rules for the inside of literals, ported from the scanner of the Go compiler (cmd/compile/internal/syntax)
 * so that malformed literals get its messages at its columns. The lexer only finds where a literal ends.
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
        return new NumberScan(lit).scan();
    }

    /**
     * Checks a rune literal; terminated is false when the lexeme stops before a newline or the end of the file
     * (atEof tells which).
     */
    static Problem rune(String lit, boolean terminated, boolean atEof) {
        Problem problem = null;
        int i = 1;
        int n = 0;
        for (;; n++) {
            if (i >= lit.length()) {
                if (problem == null && !terminated) {
                    problem = atEof ? new Problem(0, "rune literal not terminated") : new Problem(i, "newline in rune literal");
                }
                return problem;
            }
            int c = lit.codePointAt(i);
            if (c == '\'' && terminated && i == lit.length() - 1) {
                if (problem == null) {
                    if (n == 0) {
                        return new Problem(i, "empty rune literal or unescaped '");
                    } else if (n != 1) {
                        return new Problem(0, "more than one character in rune literal");
                    }
                }
                return problem;
            }
            if (c == '\\') {
                EscapeScan esc = escape(lit, i + 1, '\'');
                if (problem == null) {
                    problem = esc.problem;
                }
                i = esc.end;
                continue;
            }
            i += Character.charCount(c);
        }
    }

    /** Checks an interpreted string literal; see {@link #rune} for terminated and atEof. */
    static Problem string(String lit, boolean terminated, boolean atEof) {
        int i = 1;
        int end = terminated ? lit.length() - 1 : lit.length();
        while (i < end) {
            if (lit.charAt(i) == '\\') {
                EscapeScan esc = escape(lit, i + 1, '"');
                if (esc.problem != null) {
                    return esc.problem;
                }
                i = esc.end;
            } else {
                i++;
            }
        }
        if (!terminated) {
            return atEof ? new Problem(0, "string not terminated") : new Problem(lit.length(), "newline in string");
        }
        return null;
    }

    private record EscapeScan(int end, Problem problem) {
    }

    /** Scans the escape whose first char (after the backslash) is at i. */
    private static EscapeScan escape(String lit, int i, char quote) {
        if (i >= lit.length()) {
            return new EscapeScan(i, null); // the caller complains about the missing quote
        }
        char c = lit.charAt(i);
        int n;
        int base;
        int max;
        switch (c) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
                return new EscapeScan(i + 1, null);
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                n = 3;
                base = 8;
                max = 255;
            }
            case 'x' -> {
                i++;
                n = 2;
                base = 16;
                max = 255;
            }
            case 'u' -> {
                i++;
                n = 4;
                base = 16;
                max = Character.MAX_CODE_POINT;
            }
            case 'U' -> {
                i++;
                n = 8;
                base = 16;
                max = Character.MAX_CODE_POINT;
            }
            default -> {
                if (c == quote) {
                    return new EscapeScan(i + 1, null);
                }
                return new EscapeScan(i + 1, new Problem(i, "unknown escape"));
            }
        }
        long x = 0;
        for (int k = n; k > 0; k--) {
            if (i >= lit.length()) {
                return new EscapeScan(i, null);
            }
            char d = lit.charAt(i);
            int v = Character.digit(d, 16);
            if (v < 0 || v >= base || d > 'f') {
                String q = d == '\'' ? "'\\''" : "'" + d + "'";
                return new EscapeScan(i + 1, new Problem(i, "invalid character " + q + " in " + baseName(base) + " escape"));
            }
            x = x * base + v;
            i++;
        }
        if (x > max && base == 8) {
            return new EscapeScan(i, new Problem(i, "octal escape value " + x + " > 255"));
        }
        if (x > max || 0xD800 <= x && x < 0xE000) {
            return new EscapeScan(i, new Problem(i, "escape is invalid Unicode code point " + String.format("U+%04X", x)));
        }
        return new EscapeScan(i, null);
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

    /** Go's scanner.number, over a lexeme that the lexer has already delimited. */
    private static final class NumberScan {
        private final String lit;
        private int i;

        NumberScan(String lit) {
            this.lit = lit;
        }

        private int ch() {
            return i < lit.length() ? lit.charAt(i) : -1;
        }

        private static int lower(int c) {
            return c | ('x' - 'X');
        }

        private static boolean isDecimal(int c) {
            return '0' <= c && c <= '9';
        }

        private static boolean isHex(int c) {
            return isDecimal(c) || 'a' <= lower(c) && lower(c) <= 'f';
        }

        private int invalid = -1;

        /** Bit 0: a digit was seen; bit 1: a '_' was seen. */
        private int digits(int base, boolean recordInvalid) {
            int digsep = 0;
            if (base <= 10) {
                int max = '0' + base;
                while (isDecimal(ch()) || ch() == '_') {
                    int ds = 1;
                    if (ch() == '_') {
                        ds = 2;
                    } else if (ch() >= max && recordInvalid && invalid < 0) {
                        invalid = i;
                    }
                    digsep |= ds;
                    i++;
                }
            } else {
                while (isHex(ch()) || ch() == '_') {
                    digsep |= ch() == '_' ? 2 : 1;
                    i++;
                }
            }
            return digsep;
        }

        NumberInfo scan() {
            boolean ok = true;
            Problem problem = null;
            LitKind kind = LitKind.INT;
            int base = 10;
            char prefix = 0;
            int digsep = 0;
            boolean seenPoint = false;
            if (ch() == '.') {
                seenPoint = true;
                i++;
            } else {
                if (ch() == '0') {
                    i++;
                    switch (lower(ch())) {
                        case 'x' -> {
                            i++;
                            base = 16;
                            prefix = 'x';
                        }
                        case 'o' -> {
                            i++;
                            base = 8;
                            prefix = 'o';
                        }
                        case 'b' -> {
                            i++;
                            base = 2;
                            prefix = 'b';
                        }
                        default -> {
                            base = 8;
                            prefix = '0';
                            digsep = 1; // the leading 0
                        }
                    }
                }
                digsep |= digits(base, true);
                if (ch() == '.') {
                    if (prefix == 'o' || prefix == 'b') {
                        problem = new Problem(i, "invalid radix point in " + baseName(base) + " literal");
                        ok = false;
                    }
                    i++;
                    seenPoint = true;
                }
            }
            if (seenPoint) {
                kind = LitKind.FLOAT;
                digsep |= digits(base, true);
            }
            if ((digsep & 1) == 0 && ok) {
                problem = new Problem(i, baseName(base) + " literal has no digits");
                ok = false;
            }
            int e = lower(ch());
            if (e == 'e' || e == 'p') {
                if (ok) {
                    if (e == 'e' && prefix != 0 && prefix != '0') {
                        problem = new Problem(i, "'" + (char) ch() + "' exponent requires decimal mantissa");
                        ok = false;
                    } else if (e == 'p' && prefix != 'x') {
                        problem = new Problem(i, "'" + (char) ch() + "' exponent requires hexadecimal mantissa");
                        ok = false;
                    }
                }
                i++;
                kind = LitKind.FLOAT;
                if (ch() == '+' || ch() == '-') {
                    i++;
                }
                digsep = digits(10, false) | digsep & 2;
                if ((digsep & 1) == 0 && ok) {
                    problem = new Problem(i, "exponent has no digits");
                    ok = false;
                }
            } else if (prefix == 'x' && kind == LitKind.FLOAT && ok) {
                problem = new Problem(i, "hexadecimal mantissa requires a 'p' exponent");
                ok = false;
            }
            if (ch() == 'i') {
                kind = LitKind.IMAG;
                i++;
            }
            if (kind == LitKind.INT && invalid >= 0 && ok) {
                problem = new Problem(invalid, "invalid digit '" + lit.charAt(invalid) + "' in " + baseName(base) + " literal");
                ok = false;
            }
            if ((digsep & 2) != 0 && ok) {
                int sep = invalidSep(lit);
                if (sep >= 0) {
                    problem = new Problem(sep, "'_' must separate successive digits");
                }
            }
            return new NumberInfo(kind, problem);
        }

        /** The index of the first '_' that does not separate digits, or -1. */
        private static int invalidSep(String x) {
            int x1 = ' ';
            int d = '.';
            int i = 0;
            if (x.length() >= 2 && x.charAt(0) == '0') {
                x1 = lower(x.charAt(1));
                if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                    d = '0';
                    i = 2;
                }
            }
            for (; i < x.length(); i++) {
                int p = d;
                d = x.charAt(i);
                if (d == '_') {
                    if (p != '0') {
                        return i;
                    }
                } else if (isDecimal(d) || x1 == 'x' && isHex(d)) {
                    d = '0';
                } else {
                    if (p == '_') {
                        return i - 1;
                    }
                    d = '.';
                }
            }
            return d == '_' ? x.length() - 1 : -1;
        }
    }
}
