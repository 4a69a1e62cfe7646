package gosub.language.stdlib.fmt;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.values.ByteStrings;

/**
 * Go's quoting of strings and runes as Go literals ({@code strconv.Quote}, {@code QuoteToASCII}, {@code QuoteRune},
 * {@code QuoteRuneToASCII}, {@code CanBackquote}) over gosub byte strings (one byte per char). Results are byte
 * strings too.
 *
 * <p>Printability ({@link #isPrint}) is Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols
 * and the ASCII space. Below U+0100 it is exact; above, it is approximated with Java's Unicode general categories.
 * Java knows a newer Unicode version than Go 1.19 (Unicode 13), so characters assigned since then count as printable
 * here but are escaped by Go; categories of characters both versions know agree.
 */
public final class Quoting {
    private Quoting() {
    }

    private static final String HEX = "0123456789abcdef";
    private static final int MAX_RUNE = 0x10FFFF;
    private static final int RUNE_ERROR = 0xFFFD;

    /** strconv.Quote: a double-quoted Go string literal; printable runes are kept, invalid bytes become \xNN. */
    @TruffleBoundary
    public static String quote(String s) {
        return quoteWith(s, '"', false);
    }

    /** strconv.QuoteToASCII: like {@link #quote}, but every non-ASCII rune is escaped. */
    @TruffleBoundary
    public static String quoteASCII(String s) {
        return quoteWith(s, '"', true);
    }

    /** strconv.QuoteRune: a single-quoted rune literal; invalid code points are quoted as U+FFFD. */
    @TruffleBoundary
    public static String quoteRune(long r) {
        return quoteRuneWith(r, false);
    }

    /** strconv.QuoteRuneToASCII. */
    @TruffleBoundary
    public static String quoteRuneASCII(long r) {
        return quoteRuneWith(r, true);
    }

    /** strconv.CanBackquote: whether s can be a raw string literal (valid UTF-8, no controls but tab, no `, no BOM). */
    @TruffleBoundary
    public static boolean canBackquote(String s) {
        for (int i = 0; i < s.length();) {
            long dec = ByteStrings.decodeRune(s, i);
            int r = (int) (dec >>> 8);
            int width = (int) (dec & 0xFF);
            i += width;
            if (width > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == RUNE_ERROR || (r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Go's unicode.IsPrint (see the class comment for the approximation above Latin-1). */
    public static boolean isPrint(int r) {
        if (r <= 0xFF) {
            return (r >= 0x20 && r <= 0x7E) || (r >= 0xA1 && r <= 0xFF && r != 0xAD);
        }
        if (r > MAX_RUNE) {
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                            Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                            Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                            Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                            Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                            Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                            Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                            Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                            Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static String quoteWith(String s, char quote, boolean asciiOnly) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            long dec = ByteStrings.decodeRune(s, i);
            int r = (int) (dec >>> 8);
            int width = (int) (dec & 0xFF);
            if (width == 1 && r == RUNE_ERROR) {
                // A byte that is not valid UTF-8 is shown as itself, not as the replacement character.
                appendHexByte(sb, s.charAt(i));
            } else {
                appendEscaped(sb, r, quote, asciiOnly);
            }
            i += width;
        }
        return sb.append(quote).toString();
    }

    private static String quoteRuneWith(long r, boolean asciiOnly) {
        int rune = r < 0 || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF) ? RUNE_ERROR : (int) r;
        StringBuilder sb = new StringBuilder(8).append('\'');
        appendEscaped(sb, rune, '\'', asciiOnly);
        return sb.append('\'').toString();
    }

    /** Appends one valid rune as it appears inside a literal delimited by {@code quote}. */
    private static void appendEscaped(StringBuilder sb, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) {
            ByteStrings.appendRune(sb, r);
            return;
        }
        switch (r) {
            case 0x07 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 0x0B -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    appendHexByte(sb, r);
                } else if (r < 0x10000) {
                    sb.append("\\u");
                    appendHex(sb, r, 4);
                } else {
                    sb.append("\\U");
                    appendHex(sb, r, 8);
                }
            }
        }
    }

    private static void appendHexByte(StringBuilder sb, int b) {
        sb.append("\\x").append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
    }

    private static void appendHex(StringBuilder sb, int v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX.charAt((v >> shift) & 0xF));
        }
    }
}
