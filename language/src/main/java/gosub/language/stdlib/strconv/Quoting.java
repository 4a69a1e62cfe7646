package gosub.language.stdlib.strconv;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;

/**
 * Strings and runes written as Go literals: strconv's Quote family and CanBackquote, also behind fmt's %q and %U.
 * Inputs and results are gosub byte strings (one byte per char). Which runes stay as they are follows Go 1.19's
 * Unicode tables ({@link Runes#isPrint}, {@link Runes#isGraphic}), so results match Go for every code point.
 */
public final class Quoting {
    private Quoting() {
    }

    /** Which runes a literal shows as themselves; the others are escaped. */
    public enum Keep {
        PRINTABLE,
        ASCII_PRINTABLE,
        GRAPHIC
    }

    private static final String HEX = "0123456789abcdef";
    /** The controls with a one-letter escape, and their letters. */
    private static final String LETTER_ESCAPED = "\u0007\b\f\n\r\t\u000b";
    private static final String ESCAPE_LETTERS = "abfnrtv";

    /** strconv.Quote. */
    @TruffleBoundary
    public static String quote(String s) {
        return quote(s, Keep.PRINTABLE);
    }

    /** strconv.QuoteToASCII. */
    @TruffleBoundary
    public static String quoteASCII(String s) {
        return quote(s, Keep.ASCII_PRINTABLE);
    }

    /** strconv.QuoteRune. */
    @TruffleBoundary
    public static String quoteRune(long r) {
        return quoteRune(r, Keep.PRINTABLE);
    }

    /** strconv.QuoteRuneToASCII. */
    @TruffleBoundary
    public static String quoteRuneASCII(long r) {
        return quoteRune(r, Keep.ASCII_PRINTABLE);
    }

    /** A double-quoted literal of s; a byte that is not part of valid UTF-8 is written as \xNN. */
    @TruffleBoundary
    public static String quote(String s, Keep keep) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length();) {
            long decoded = ByteStrings.decodeRune(s, i);
            int width = Runes.width(decoded);
            if (width == 1 && Runes.rune(decoded) == Runes.RUNE_ERROR) {
                appendHex(sb.append("\\x"), s.charAt(i), 2);
            } else {
                appendRune(sb, Runes.rune(decoded), '"', keep);
            }
            i += width;
        }
        return sb.append('"').toString();
    }

    /** A single-quoted literal of r; a value that is not a valid code point is quoted as U+FFFD. */
    @TruffleBoundary
    public static String quoteRune(long r, Keep keep) {
        StringBuilder sb = new StringBuilder(12).append('\'');
        appendRune(sb, Runes.validRune(r) ? (int) r : Runes.RUNE_ERROR, '\'', keep);
        return sb.append('\'').toString();
    }

    /**
     * strconv.CanBackquote: whether s can be a raw string literal of one line, that is, is valid UTF-8 without
     * controls other than tab, without a backquote and without a byte order mark.
     */
    @TruffleBoundary
    public static boolean canBackquote(String s) {
        for (int i = 0; i < s.length();) {
            long decoded = ByteStrings.decodeRune(s, i);
            int r = Runes.rune(decoded);
            int width = Runes.width(decoded);
            boolean invalidByte = width == 1 && r == Runes.RUNE_ERROR;
            if (invalidByte || r == 0xFEFF || r == '`' || r == 0x7F || (r < ' ' && r != '\t')) {
                return false;
            }
            i += width;
        }
        return true;
    }

    /** strconv.IsPrint, the test behind PRINTABLE. */
    public static boolean isPrint(long r) {
        return Runes.isPrint(r);
    }

    /** Appends the valid rune r as it is written inside a literal delimited by {@code quote}. */
    private static void appendRune(StringBuilder sb, int r, char quote, Keep keep) {
        if (r == quote || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        boolean asItself = switch (keep) {
            case PRINTABLE -> Runes.isPrint(r);
            case ASCII_PRINTABLE -> r < 0x80 && Runes.isPrint(r);
            case GRAPHIC -> Runes.isGraphic(r);
        };
        if (asItself) {
            ByteStrings.appendRune(sb, r);
            return;
        }
        int letter = r < 0x20 ? LETTER_ESCAPED.indexOf(r) : -1;
        if (letter >= 0) {
            sb.append('\\').append(ESCAPE_LETTERS.charAt(letter));
        } else if (r < 0x20 || r == 0x7F) {
            appendHex(sb.append("\\x"), r, 2);
        } else if (r < 0x10000) {
            appendHex(sb.append("\\u"), r, 4);
        } else {
            appendHex(sb.append("\\U"), r, 8);
        }
    }

    private static void appendHex(StringBuilder sb, int v, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(HEX.charAt((v >>> shift) & 0xF));
        }
    }
}
