package gosub.language.stdlib.strconv;

import gosub.language.GoContext;
import gosub.language.Natives;
import gosub.language.stdlib.fmt.FloatFormat;
import gosub.language.stdlib.strings.ByteBuf;
import gosub.language.stdlib.strings.StringsNatives;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;
import gosub.language.values.Slice;

/**
 * The strconv package's natives. Parsers return an error code (0 ok, 1 syntax, 2 range, 3 base, 4 bit size) that
 * strconv.go turns into a *NumError, so the error values are real Go values.
 */
public final class StrconvNatives {
    private StrconvNatives() {
    }

    static final int OK = 0;
    static final int SYNTAX = 1;
    static final int RANGE = 2;
    static final int BASE = 3;
    static final int BITSIZE = 4;

    public static void register(Natives n, GoContext ctx) {
        n.register("strconv.parseUint", a -> {
            long[] r = parseUint((String) a[2], (Long) a[3], (Long) a[4]);
            return new Object[] {r[0], r[1]};
        });
        n.register("strconv.parseInt", a -> {
            long[] r = parseInt((String) a[2], (Long) a[3], (Long) a[4]);
            return new Object[] {r[0], r[1]};
        });
        n.register("strconv.parseFloat", a -> parseFloat((String) a[2], (Long) a[3]));
        n.register("strconv.Itoa", a -> Long.toString((Long) a[2]));
        n.register("strconv.FormatInt", a -> formatInt((Long) a[2], (Long) a[3], false));
        n.register("strconv.FormatUint", a -> formatInt((Long) a[2], (Long) a[3], true));
        n.register("strconv.AppendInt", a -> ByteBuf.appendString((Slice) a[2], formatInt((Long) a[3], (Long) a[4], false)));
        n.register("strconv.AppendUint", a -> ByteBuf.appendString((Slice) a[2], formatInt((Long) a[3], (Long) a[4], true)));
        n.register("strconv.formatFloat", a -> FloatFormat.format((Double) a[2], (char) ((Long) a[3] & 0xFF),
                        (int) Math.max(Math.min((Long) a[4], 1 << 20), -1), (int) (long) (Long) a[5]));
        n.register("strconv.Quote", a -> quote((String) a[2], '"', PRINT));
        n.register("strconv.QuoteToASCII", a -> quote((String) a[2], '"', ASCII));
        n.register("strconv.QuoteToGraphic", a -> quote((String) a[2], '"', GRAPHIC));
        n.register("strconv.QuoteRune", a -> quoteRune((Long) a[2], PRINT));
        n.register("strconv.QuoteRuneToASCII", a -> quoteRune((Long) a[2], ASCII));
        n.register("strconv.QuoteRuneToGraphic", a -> quoteRune((Long) a[2], GRAPHIC));
        n.register("strconv.CanBackquote", a -> canBackquote((String) a[2]));
        n.register("strconv.IsPrint", a -> Runes.isPrint((Long) a[2]));
        n.register("strconv.IsGraphic", a -> Runes.isGraphic((Long) a[2]));
        n.register("strconv.unquote", a -> Unquoting.unquote((String) a[2], (Boolean) a[3]));
        n.register("strconv.unquoteChar", a -> {
            String s = (String) a[2];
            long[] r = Unquoting.unquoteChar(s, 0, (int) ((Long) a[3] & 0xFF));
            if (r == null) {
                return new Object[] {0L, false, "", false};
            }
            return new Object[] {r[0], r[1] != 0, s.substring((int) r[2]), true};
        });
    }

    static String formatInt(long v, long base, boolean unsigned) {
        if (base < 2 || base > 36) {
            throw StringsNatives.panic("strconv: illegal AppendInt/FormatInt base");
        }
        return unsigned ? Long.toUnsignedString(v, (int) base) : Long.toString(v, (int) base);
    }

    private static int lower(int c) {
        return c | ('x' - 'X');
    }

    /** Go's ParseUint: {value, code}. */
    static long[] parseUint(String s, long baseArg, long bitSizeArg) {
        if (s.isEmpty()) {
            return new long[] {0, SYNTAX};
        }
        boolean base0 = baseArg == 0;
        int i = 0;
        long base = baseArg;
        if (base >= 2 && base <= 36) {
            // ok
        } else if (base == 0) {
            base = 10;
            if (s.charAt(0) == '0') {
                if (s.length() >= 3 && lower(s.charAt(1)) == 'b') {
                    base = 2;
                    i = 2;
                } else if (s.length() >= 3 && lower(s.charAt(1)) == 'o') {
                    base = 8;
                    i = 2;
                } else if (s.length() >= 3 && lower(s.charAt(1)) == 'x') {
                    base = 16;
                    i = 2;
                } else {
                    base = 8;
                    i = 1;
                }
            }
        } else {
            return new long[] {0, BASE};
        }
        long bitSize = bitSizeArg;
        if (bitSize == 0) {
            bitSize = 64;
        } else if (bitSize < 0 || bitSize > 64) {
            return new long[] {0, BITSIZE};
        }
        // cutoff is the smallest number such that cutoff*base > maxUint64
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
        boolean underscores = false;
        long n = 0;
        for (; i < s.length(); i++) {
            int c = s.charAt(i);
            int d;
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (lower(c) >= 'a' && lower(c) <= 'z') {
                d = lower(c) - 'a' + 10;
            } else {
                return new long[] {0, SYNTAX};
            }
            if (d >= base) {
                return new long[] {0, SYNTAX};
            }
            if (Long.compareUnsigned(n, cutoff) >= 0) {
                return new long[] {maxVal, RANGE};
            }
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
                return new long[] {maxVal, RANGE};
            }
            n = n1;
        }
        if (underscores && !underscoreOK(s)) {
            return new long[] {0, SYNTAX};
        }
        return new long[] {n, OK};
    }

    /** Go's ParseInt: {value, code}. */
    static long[] parseInt(String s0, long base, long bitSizeArg) {
        if (s0.isEmpty()) {
            return new long[] {0, SYNTAX};
        }
        String s = s0;
        boolean neg = false;
        if (s.charAt(0) == '+') {
            s = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            s = s.substring(1);
        }
        long[] u = parseUint(s, base, bitSizeArg);
        if (u[1] != OK && u[1] != RANGE) {
            return new long[] {0, u[1]};
        }
        long bitSize = bitSizeArg == 0 ? 64 : bitSizeArg;
        long cutoff = 1L << (bitSize - 1);
        long un = u[0];
        if (!neg && Long.compareUnsigned(un, cutoff) >= 0) {
            return new long[] {cutoff - 1, RANGE};
        }
        if (neg && Long.compareUnsigned(un, cutoff) > 0) {
            return new long[] {-cutoff, RANGE};
        }
        return new long[] {neg ? -un : un, OK};
    }

    static boolean underscoreOK(String s) {
        char saw = '^';
        int i = 0;
        if (s.length() >= 1 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0' && (lower(s.charAt(1)) == 'b' || lower(s.charAt(1)) == 'o' || lower(s.charAt(1)) == 'x')) {
            i = 2;
            saw = '0';
            hex = lower(s.charAt(1)) == 'x';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    private static int commonPrefixLenIgnoreCase(String s, String prefix) {
        int n = Math.min(prefix.length(), s.length());
        for (int i = 0; i < n; i++) {
            int c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != prefix.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    /** Go's ParseFloat: {value, code}. */
    static Object[] parseFloat(String s, long bitSize) {
        boolean f32 = bitSize == 32;
        // special values: [+-]inf, [+-]infinity, nan (case-insensitive), the whole input
        if (!s.isEmpty()) {
            int sign = 1;
            int nsign = 0;
            String t = s;
            char c0 = s.charAt(0);
            if (c0 == '+' || c0 == '-') {
                sign = c0 == '-' ? -1 : 1;
                nsign = 1;
                t = s.substring(1);
            }
            if (nsign == 1 || c0 == 'i' || c0 == 'I') {
                int n = commonPrefixLenIgnoreCase(t, "infinity");
                if (n > 3 && n < 8) {
                    n = 3;
                }
                if (n == 3 || n == 8) {
                    if (nsign + n == s.length()) {
                        return new Object[] {sign * Double.POSITIVE_INFINITY, (long) OK};
                    }
                    return new Object[] {0.0, (long) SYNTAX};
                }
            } else if (c0 == 'n' || c0 == 'N') {
                if (commonPrefixLenIgnoreCase(s, "nan") == 3) {
                    return new Object[] {s.length() == 3 ? Double.NaN : 0.0, (long) (s.length() == 3 ? OK : SYNTAX)};
                }
            }
        }
        // readFloat: validate and build a Java literal of the same value
        int i = 0;
        int len = s.length();
        StringBuilder lit = new StringBuilder(len + 8);
        boolean underscores = false;
        if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            if (s.charAt(i) == '-') {
                lit.append('-');
            }
            i++;
        }
        boolean hex = false;
        char expChar = 'e';
        if (i + 2 < len && s.charAt(i) == '0' && lower(s.charAt(i + 1)) == 'x') {
            hex = true;
            expChar = 'p';
            i += 2;
            lit.append("0x");
        }
        boolean sawdot = false;
        boolean sawdigits = false;
        for (; i < len; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
                continue;
            }
            if (c == '.') {
                if (sawdot) {
                    break;
                }
                sawdot = true;
                lit.append('.');
                continue;
            }
            if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
                sawdigits = true;
                lit.append(c);
                continue;
            }
            break;
        }
        if (!sawdigits) {
            return new Object[] {0.0, (long) SYNTAX};
        }
        long exp = 0;
        if (i < len && lower(s.charAt(i)) == expChar) {
            i++;
            if (i >= len) {
                return new Object[] {0.0, (long) SYNTAX};
            }
            int esign = 1;
            if (s.charAt(i) == '+') {
                i++;
            } else if (s.charAt(i) == '-') {
                i++;
                esign = -1;
            }
            if (i >= len || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return new Object[] {0.0, (long) SYNTAX};
            }
            long e = 0;
            for (; i < len && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) == '_') {
                    underscores = true;
                    continue;
                }
                if (e < 100000) {
                    e = e * 10 + s.charAt(i) - '0';
                }
            }
            exp = e * esign;
        } else if (hex) {
            return new Object[] {0.0, (long) SYNTAX};
        }
        if (underscores && !underscoreOK(s.substring(0, i))) {
            return new Object[] {0.0, (long) SYNTAX};
        }
        if (i != len) {
            return new Object[] {0.0, (long) SYNTAX};
        }
        lit.append(hex ? 'p' : 'e').append(exp);
        String j = lit.toString();
        double v;
        try {
            v = f32 ? (double) Float.parseFloat(j) : Double.parseDouble(j);
        } catch (NumberFormatException e) {
            return new Object[] {0.0, (long) SYNTAX};
        }
        if (Double.isInfinite(v)) {
            return new Object[] {v, (long) RANGE};
        }
        return new Object[] {v, (long) OK};
    }

    static final int PRINT = 0;
    static final int ASCII = 1;
    static final int GRAPHIC = 2;
    private static final String HEX = "0123456789abcdef";

    /** Go's appendEscapedRune. */
    static void appendEscapedRune(StringBuilder sb, int r, char quote, int mode) {
        if (r == quote || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (mode == ASCII) {
            if (r < 0x80 && Runes.isPrint(r)) {
                sb.append((char) r);
                return;
            }
        } else if (Runes.isPrint(r) || (mode == GRAPHIC && Runes.isGraphic(r))) {
            ByteStrings.appendRune(sb, r);
            return;
        }
        switch (r) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    sb.append("\\x").append(HEX.charAt((r >> 4) & 0xF)).append(HEX.charAt(r & 0xF));
                } else {
                    if (!Runes.validRune(r)) {
                        r = 0xFFFD;
                    }
                    int digits = r < 0x10000 ? 4 : 8;
                    sb.append(r < 0x10000 ? "\\u" : "\\U");
                    for (int sh = (digits - 1) * 4; sh >= 0; sh -= 4) {
                        sb.append(HEX.charAt((r >> sh) & 0xF));
                    }
                }
            }
        }
    }

    /** Go's appendQuotedWith. */
    static String quote(String s, char quote, int mode) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length();) {
            int r = s.charAt(i);
            int w = 1;
            if (r >= 0x80) {
                long d = ByteStrings.decodeRune(s, i);
                r = Runes.rune(d);
                w = Runes.width(d);
            }
            if (w == 1 && r == Runes.RUNE_ERROR) {
                int b = s.charAt(i);
                sb.append("\\x").append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
            } else {
                appendEscapedRune(sb, r, quote, mode);
            }
            i += w;
        }
        return sb.append(quote).toString();
    }

    /** Go's appendQuotedRuneWith. */
    static String quoteRune(long r, int mode) {
        StringBuilder sb = new StringBuilder(8).append('\'');
        appendEscapedRune(sb, Runes.validRune(r) ? (int) r : Runes.RUNE_ERROR, '\'', mode);
        return sb.append('\'').toString();
    }

    /** Go's CanBackquote. */
    static boolean canBackquote(String s) {
        for (int i = 0; i < s.length();) {
            long d = ByteStrings.decodeRune(s, i);
            int r = Runes.rune(d);
            int w = Runes.width(d);
            i += w;
            if (w > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == Runes.RUNE_ERROR) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
