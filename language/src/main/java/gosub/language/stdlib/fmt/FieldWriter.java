package gosub.language.stdlib.fmt;

import gosub.language.stdlib.strconv.FloatFormat;
import gosub.language.stdlib.strconv.Quoting;
import gosub.language.values.ByteStrings;

/**
 * Writes one formatted operand: a boolean, integer, float, string, byte sequence, rune or code point under the
 * flags, width and precision of the current directive, as the fmt documentation describes them. {@link Printer}
 * decides what to print and calls these. Output goes to a byte-string buffer (one byte per char).
 */
final class FieldWriter {
    private final StringBuilder out;

    // The current directive's settings.
    boolean hasWidth;
    int width;
    boolean hasPrecision;
    int precision;
    boolean leftAlign;    // '-'
    boolean signAlways;   // '+', except on %v
    boolean alternate;    // '#', except on %v
    boolean spaceForSign; // ' '
    boolean zeroPad;      // '0'
    boolean fieldNames;   // '+' on %v: struct field names
    boolean goSyntax;     // '#' on %v: Go syntax

    FieldWriter(StringBuilder out) {
        this.out = out;
    }

    void reset() {
        restore(Settings.NONE);
    }

    /** The settings as one value, so that a nested print (a panic message) can clear and later restore them. */
    record Settings(boolean hasWidth, int width, boolean hasPrecision, int precision, boolean leftAlign,
                    boolean signAlways, boolean alternate, boolean spaceForSign, boolean zeroPad, boolean fieldNames,
                    boolean goSyntax) {
        static final Settings NONE = new Settings(false, 0, false, 0, false, false, false, false, false, false, false);
    }

    Settings save() {
        return new Settings(hasWidth, width, hasPrecision, precision, leftAlign, signAlways, alternate, spaceForSign,
                        zeroPad, fieldNames, goSyntax);
    }

    void restore(Settings s) {
        hasWidth = s.hasWidth();
        width = s.width();
        hasPrecision = s.hasPrecision();
        precision = s.precision();
        leftAlign = s.leftAlign();
        signAlways = s.signAlways();
        alternate = s.alternate();
        spaceForSign = s.spaceForSign();
        zeroPad = s.zeroPad();
        fieldNames = s.fieldNames();
        goSyntax = s.goSyntax();
    }

    /** Appends n padding characters: zeros under the 0 flag, else spaces. */
    void padding(int n) {
        char c = zeroPad ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            out.append(c);
        }
    }

    /** Appends s padded to the width, which counts runes, on the left or, with the - flag, on the right. */
    void pad(String s) {
        int missing = hasWidth ? width - ByteStrings.runeCount(s) : 0;
        if (!leftAlign) {
            padding(missing);
        }
        out.append(s);
        if (leftAlign) {
            padding(missing);
        }
    }

    /** pad with spaces even under the 0 flag, for text that zeros would change the meaning of. */
    private void padWithSpaces(String s) {
        boolean zeros = zeroPad;
        zeroPad = false;
        pad(s);
        zeroPad = zeros;
    }

    void bool(boolean v) {
        pad(v ? "true" : "false");
    }

    /** %U: "U+0078", at least four hex digits or the precision; # adds the character, " 'x'", when printable. */
    void codePoint(long u) {
        String hex = Long.toHexString(u).toUpperCase();
        int digits = Math.max(hasPrecision ? precision : 0, 4);
        StringBuilder sb = new StringBuilder("U+").append("0".repeat(Math.max(digits - hex.length(), 0))).append(hex);
        if (alternate && Long.compareUnsigned(u, 0x10FFFF) <= 0 && Quoting.isPrint(u)) {
            ByteStrings.appendRune(sb.append(" '"), (int) u);
            sb.append('\'');
        }
        padWithSpaces(sb.toString());
    }

    /**
     * An integer in base 2, 8, 10 or 16. {@code bits} holds the 64 bits of the value, read as int64 if
     * {@code signed}, else as uint64; {@code upper} asks for upper-case hex digits (and 0X).
     */
    void integer(long bits, int base, boolean signed, char verb, boolean upper) {
        boolean negative = signed && bits < 0;
        long magnitude = negative ? -bits : bits; // read as unsigned, -MinInt64 is 2^63, which is right
        // Leading zeros come from a precision (%.3d), or else from the 0 flag and a width (%03d), which leaves room
        // for the sign. With a precision the rest of the width is spaces.
        int minDigits = 0;
        if (hasPrecision) {
            minDigits = precision;
            if (precision == 0 && magnitude == 0) {
                // No digits at all for zero, only the width.
                boolean zeros = zeroPad;
                zeroPad = false;
                padding(width);
                zeroPad = zeros;
                return;
            }
        } else if (zeroPad && hasWidth) {
            minDigits = negative || signAlways || spaceForSign ? width - 1 : width;
        }
        String digits = switch (base) {
            case 10 -> Long.toUnsignedString(magnitude);
            case 16 -> upper ? Long.toHexString(magnitude).toUpperCase() : Long.toHexString(magnitude);
            case 8 -> Long.toOctalString(magnitude);
            default -> Long.toBinaryString(magnitude);
        };
        String zeros = "0".repeat(Math.max(minDigits - digits.length(), 0));
        String prefix = "";
        if (alternate) {
            prefix = switch (base) {
                case 2 -> "0b";
                case 8 -> zeros.isEmpty() && digits.charAt(0) != '0' ? "0" : "";
                case 16 -> upper ? "0X" : "0x";
                default -> "";
            };
        }
        if (verb == 'O') {
            prefix = "0o" + prefix;
        }
        String sign = negative ? "-" : signAlways ? "+" : spaceForSign ? " " : "";
        padWithSpaces(sign + prefix + zeros + digits);
    }

    /** s cut to at most the precision in runes. */
    private String limitRunes(String s) {
        if (!hasPrecision) {
            return s;
        }
        int end = 0;
        for (int runes = 0; end < s.length() && runes < precision; runes++) {
            end += (int) (ByteStrings.decodeRune(s, end) & 0xFF);
        }
        return s.substring(0, end);
    }

    /** %s. */
    void text(String s) {
        pad(limitRunes(s));
    }

    /**
     * %x and %X on strings and byte sequences: two hex digits per byte, of at most the precision in bytes. # adds
     * 0x in front; the space flag separates the bytes, each with its own 0x under #.
     */
    void hexText(String s, boolean upper) {
        int n = hasPrecision ? Math.min(precision, s.length()) : s.length();
        String digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        String marker = upper ? "0X" : "0x";
        StringBuilder sb = new StringBuilder(3 * n + 2);
        for (int i = 0; i < n; i++) {
            if (spaceForSign && i > 0) {
                sb.append(' ');
            }
            if (alternate && (spaceForSign || i == 0)) {
                sb.append(marker);
            }
            int b = s.charAt(i);
            sb.append(digits.charAt(b >> 4)).append(digits.charAt(b & 0xF));
        }
        pad(sb.toString());
    }

    /** %q on strings: a Go string literal; # prefers a raw `literal` when one can be written, + escapes non-ASCII. */
    void quoted(String s) {
        s = limitRunes(s);
        if (alternate && Quoting.canBackquote(s)) {
            pad("`" + s + "`");
        } else {
            pad(signAlways ? Quoting.quoteASCII(s) : Quoting.quote(s));
        }
    }

    /** %c: the rune's UTF-8 encoding; values beyond Unicode print U+FFFD. */
    void character(long c) {
        StringBuilder sb = new StringBuilder(4);
        ByteStrings.appendRune(sb, Long.compareUnsigned(c, 0x10FFFF) > 0 ? 0xFFFD : (int) c);
        pad(sb.toString());
    }

    /** %q on integers: a Go rune literal. */
    void quotedRune(long c) {
        long r = Long.compareUnsigned(c, 0x10FFFF) > 0 ? 0xFFFD : c;
        pad(signAlways ? Quoting.quoteRuneASCII(r) : Quoting.quoteRune(r));
    }

    /**
     * A float in strconv format {@code verb} ({@code b e E f g G x X}) with a default precision (-1 = shortest)
     * that an explicit precision overrides.
     */
    void floatNumber(double v, int size, char verb, int defaultPrecision) {
        int p = hasPrecision ? precision : defaultPrecision;
        String s = FloatFormat.format(v, verb, p, size);
        // Work on sign and magnitude: the sign goes before any zero padding.
        char sign = s.charAt(0) == '-' || s.charAt(0) == '+' ? s.charAt(0) : '+';
        String body = sign == s.charAt(0) ? s.substring(1) : s;
        if (spaceForSign && sign == '+' && !signAlways) {
            sign = ' ';
        }
        if (body.charAt(0) == 'I' || body.charAt(0) == 'N') {
            // Infinities and NaN are not padded with zeros; NaN shows a sign only when one is asked for.
            boolean showSign = body.charAt(0) == 'I' || spaceForSign || signAlways;
            padWithSpaces(showSign ? sign + body : body);
            return;
        }
        if (alternate && verb != 'b') {
            body = alternateForm(body, verb, p);
        }
        if (!signAlways && sign == '+') {
            pad(body);
        } else if (zeroPad && hasWidth && width > body.length() + 1) {
            out.append(sign);
            padding(width - body.length() - 1);
            out.append(body);
        } else {
            pad(sign + body);
        }
    }

    /**
     * The # flag on floats: always a decimal point, and for %g (and %x) trailing zeros kept up to the precision
     * (6 when shortest). As in Go, every character after the first nonzero one counts as a digit, which includes
     * the 'x' of a hex float's 0x prefix.
     */
    private static String alternateForm(String body, char verb, int p) {
        int missing = verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x' ? (p == -1 ? 6 : p) : 0;
        boolean hex = verb == 'x' || verb == 'X';
        int tailAt = body.length();
        boolean hasPoint = false;
        boolean sawNonzero = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'p' || c == 'P' || (!hex && (c == 'e' || c == 'E'))) {
                tailAt = i;
                break;
            }
            if (c == '.') {
                hasPoint = true;
                continue;
            }
            sawNonzero |= c != '0';
            if (sawNonzero) {
                missing--;
            }
        }
        StringBuilder sb = new StringBuilder(body.length() + 8).append(body, 0, tailAt);
        if (!hasPoint) {
            if (tailAt == 1 && body.charAt(0) == '0') {
                missing--; // a lone zero counts as a digit
            }
            sb.append('.');
        }
        sb.append("0".repeat(Math.max(missing, 0)));
        return sb.append(body, tailAt, body.length()).toString();
    }
}
