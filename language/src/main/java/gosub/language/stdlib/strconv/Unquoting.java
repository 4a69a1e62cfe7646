package gosub.language.stdlib.strconv;

import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;

/** Go's strconv.Unquote, QuotedPrefix and UnquoteChar over byte strings. */
final class Unquoting {
    private Unquoting() {
    }

    private static int unhex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * UnquoteChar on s[i:]: {value, multibyte (0/1), index of the tail in s}, or null for ErrSyntax.
     */
    static long[] unquoteChar(String s, int i, int quote) {
        int n = s.length();
        if (i >= n) {
            return null;
        }
        int c = s.charAt(i);
        if (c == quote && (quote == '\'' || quote == '"')) {
            return null;
        }
        if (c >= 0x80) {
            long d = ByteStrings.decodeRune(s, i);
            return new long[] {Runes.rune(d), 1, i + Runes.width(d)};
        }
        if (c != '\\') {
            return new long[] {c, 0, i + 1};
        }
        if (i + 1 >= n) {
            return null;
        }
        c = s.charAt(i + 1);
        i += 2;
        long value;
        boolean multibyte = false;
        switch (c) {
            case 'a' -> value = 7;
            case 'b' -> value = '\b';
            case 'f' -> value = '\f';
            case 'n' -> value = '\n';
            case 'r' -> value = '\r';
            case 't' -> value = '\t';
            case 'v' -> value = 11;
            case 'x', 'u', 'U' -> {
                int k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                if (n - i < k) {
                    return null;
                }
                long v = 0;
                for (int j = 0; j < k; j++) {
                    int x = unhex(s.charAt(i + j));
                    if (x < 0) {
                        return null;
                    }
                    v = v << 4 | x;
                }
                i += k;
                if (c != 'x') {
                    if (!Runes.validRune(v)) {
                        return null;
                    }
                    multibyte = true;
                }
                value = v;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                long v = c - '0';
                if (n - i < 2) {
                    return null;
                }
                for (int j = 0; j < 2; j++) {
                    int x = s.charAt(i + j) - '0';
                    if (x < 0 || x > 7) {
                        return null;
                    }
                    v = (v << 3) | x;
                }
                i += 2;
                if (v > 255) {
                    return null;
                }
                value = v;
            }
            case '\\' -> value = '\\';
            case '\'', '"' -> {
                if (c != quote) {
                    return null;
                }
                value = c;
            }
            default -> {
                return null;
            }
        }
        return new long[] {value, multibyte ? 1 : 0, i};
    }

    /** Go's unquote(in, unescape): {out, rem, ok}. */
    static Object[] unquote(String in, boolean unescape) {
        Object[] fail = {"", in, false};
        if (in.length() < 2) {
            return fail;
        }
        char quote = in.charAt(0);
        int end = in.indexOf(quote, 1);
        if (end < 0) {
            return fail;
        }
        end += 1; // position after the terminating quote; may be wrong if escape sequences are present
        switch (quote) {
            case '`' -> {
                String out;
                if (!unescape) {
                    out = in.substring(0, end);
                } else {
                    out = in.substring(1, end - 1).replace("\r", "");
                }
                return new Object[] {out, in.substring(end), true};
            }
            case '"', '\'' -> {
                String body = in.substring(0, end);
                if (body.indexOf('\\') < 0 && body.indexOf('\n') < 0) {
                    boolean valid;
                    String inner = in.substring(1, end - 1);
                    if (quote == '"') {
                        valid = Runes.validString(inner);
                    } else {
                        long d = Runes.decode(inner, 0);
                        valid = 2 + Runes.width(d) == end && (Runes.rune(d) != Runes.RUNE_ERROR || Runes.width(d) != 1);
                    }
                    if (valid) {
                        return new Object[] {unescape ? inner : body, in.substring(end), true};
                    }
                }
                StringBuilder buf = new StringBuilder();
                int i = 1;
                while (i < in.length() && in.charAt(i) != quote) {
                    long[] r = unquoteChar(in, i, quote);
                    if (in.charAt(i) == '\n' || r == null) {
                        return fail;
                    }
                    i = (int) r[2];
                    if (unescape) {
                        if (r[0] < 0x80 || r[1] == 0) {
                            buf.append((char) (r[0] & 0xFF));
                        } else {
                            ByteStrings.appendRune(buf, (int) r[0]);
                        }
                    }
                    if (quote == '\'') {
                        break;
                    }
                }
                if (!(i < in.length() && in.charAt(i) == quote)) {
                    return fail;
                }
                i++;
                return new Object[] {unescape ? buf.toString() : in.substring(0, i), in.substring(i), true};
            }
            default -> {
                return fail;
            }
        }
    }
}
