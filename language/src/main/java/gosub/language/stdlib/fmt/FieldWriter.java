package gosub.language.stdlib.fmt;

import gosub.language.stdlib.strconv.FloatFormat;
import gosub.language.stdlib.strconv.Quoting;
import gosub.language.values.ByteStrings;

/**
 * Writes one formatted operand: the flags, width and precision of the current verb applied to an integer, float,
 * string, byte slice, rune or code point. This is the layer of fmt below values and types; {@link Printer} decides
 * what to print and calls these. Output goes to a byte-string buffer (one byte per char).
 */
final class FieldWriter {
    static final String LOWER_DIGITS = "0123456789abcdefx";
    static final String UPPER_DIGITS = "0123456789ABCDEFX";

    private final StringBuilder buf;

    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    /** %+v: set instead of plus, because %+v means "field names", not "sign". */
    boolean plusV;
    /** %#v: set instead of sharp, because %#v means "Go syntax", not "alternate form". */
    boolean sharpV;
    int wid;
    int prec;

    FieldWriter(StringBuilder buf) {
        this.buf = buf;
    }

    void clearFlags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    /** The flags as one value, so a nested print (a panic message) can clear and later restore them. */
    record Saved(boolean widPresent, boolean precPresent, boolean minus, boolean plus, boolean sharp, boolean space,
                    boolean zero, boolean plusV, boolean sharpV, int wid, int prec) {
    }

    Saved save() {
        return new Saved(widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV, wid, prec);
    }

    void restore(Saved s) {
        widPresent = s.widPresent();
        precPresent = s.precPresent();
        minus = s.minus();
        plus = s.plus();
        sharp = s.sharp();
        space = s.space();
        zero = s.zero();
        plusV = s.plusV();
        sharpV = s.sharpV();
        wid = s.wid();
        prec = s.prec();
    }

    void writePadding(int n) {
        char c = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(c);
        }
    }

    /** Appends s padded to the width, which counts runes, not bytes. */
    void pad(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - ByteStrings.runeCount(s);
        if (minus) {
            buf.append(s);
            writePadding(width);
        } else {
            writePadding(width);
            buf.append(s);
        }
    }

    /** Pads with spaces even under the 0 flag: used where zeros would change the meaning. */
    private void padWithSpaces(String s) {
        boolean oldZero = zero;
        zero = false;
        pad(s);
        zero = oldZero;
    }

    void fmtBoolean(boolean v) {
        pad(v ? "true" : "false");
    }

    /** %U: "U+0078", or with # "U+0078 'x'" when the code point is printable. */
    void fmtUnicode(long u) {
        int minDigits = precPresent && prec > 4 ? prec : 4;
        StringBuilder sb = new StringBuilder("U+");
        String hex = Long.toHexString(u).toUpperCase();
        for (int i = hex.length(); i < minDigits; i++) {
            sb.append('0');
        }
        sb.append(hex);
        if (sharp && Long.compareUnsigned(u, 0x10FFFF) <= 0 && Quoting.isPrint((int) u)) {
            sb.append(" '");
            ByteStrings.appendRune(sb, (int) u);
            sb.append('\'');
        }
        padWithSpaces(sb.toString());
    }

    /**
     * An integer in base 2, 8, 10 or 16. {@code u} holds the 64 bits of the value; {@code signed} says whether they
     * are read as int64 or uint64.
     */
    void fmtInteger(long u, int base, boolean signed, char verb, String digits) {
        boolean negative = signed && u < 0;
        if (negative) {
            u = -u; // as unsigned, -MinInt64 is 1<<63, which is right
        }
        // Two ways to ask for leading zeros: a precision (%.3d) or the 0 flag with a width (%03d). With both, the
        // precision wins and the width is padded with spaces.
        int minDigits = 0;
        if (precPresent) {
            minDigits = prec;
            if (prec == 0 && u == 0) {
                // Precision 0 prints no digits for zero, only the padding.
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            minDigits = wid;
            if (negative || plus || space) {
                minDigits--; // leave room for the sign
            }
        }
        String num = switch (base) {
            case 10 -> Long.toUnsignedString(u);
            case 16 -> digits.charAt(10) == 'A' ? Long.toHexString(u).toUpperCase() : Long.toHexString(u);
            case 8 -> Long.toOctalString(u);
            default -> Long.toBinaryString(u);
        };
        StringBuilder sb = new StringBuilder(num.length() + 4);
        for (int i = num.length(); i < minDigits; i++) {
            sb.append('0');
        }
        sb.append(num);
        if (sharp) {
            switch (base) {
                case 2 -> sb.insert(0, "0b");
                case 8 -> {
                    if (sb.charAt(0) != '0') {
                        sb.insert(0, '0');
                    }
                }
                case 16 -> sb.insert(0, digits.charAt(16)).insert(0, '0');
                default -> {
                }
            }
        }
        if (verb == 'O') {
            sb.insert(0, "0o");
        }
        if (negative) {
            sb.insert(0, '-');
        } else if (plus) {
            sb.insert(0, '+');
        } else if (space) {
            sb.insert(0, ' ');
        }
        // Zero padding was turned into leading digits above; the rest of the width is spaces.
        padWithSpaces(sb.toString());
    }

    /** The precision applied to a string: at most prec runes. */
    private String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length();) {
                if (--n < 0) {
                    return s.substring(0, i);
                }
                i += (int) (ByteStrings.decodeRune(s, i) & 0xFF);
            }
        }
        return s;
    }

    void fmtS(String s) {
        pad(truncate(s));
    }

    /**
     * %x and %X on strings and byte slices: two hex digits per byte; # adds 0x (once, or per byte with the space
     * flag, which also separates bytes). The precision limits the number of bytes.
     */
    void fmtSx(String s, String digits) {
        int length = s.length();
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = s.charAt(i);
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    /** %q on strings: a Go string literal; # prefers a raw `literal` when possible, + escapes non-ASCII. */
    void fmtQ(String s) {
        s = truncate(s);
        if (sharp && Quoting.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(plus ? Quoting.quoteASCII(s) : Quoting.quote(s));
    }

    /** %c: the rune's UTF-8 encoding; code points beyond Unicode print U+FFFD. */
    void fmtC(long c) {
        int r = Long.compareUnsigned(c, 0x10FFFF) > 0 ? 0xFFFD : (int) c;
        StringBuilder sb = new StringBuilder(4);
        ByteStrings.appendRune(sb, r);
        pad(sb.toString());
    }

    /** %q on integers: a Go rune literal. */
    void fmtQc(long c) {
        long r = Long.compareUnsigned(c, 0x10FFFF) > 0 ? 0xFFFD : c;
        pad(plus ? Quoting.quoteRuneASCII(r) : Quoting.quoteRune(r));
    }

    /**
     * A float in strconv format {@code verb} ({@code b e E f g G x X}) with a default precision (-1 = shortest)
     * that an explicit precision overrides.
     */
    void fmtFloat(double v, int size, char verb, int defaultPrec) {
        int p = precPresent ? prec : defaultPrec;
        String s = FloatFormat.format(v, verb, p, size);
        // Work on sign + magnitude: the sign is placed before any zero padding.
        char sign = '+';
        String body = s;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            sign = s.charAt(0);
            body = s.substring(1);
        }
        if (space && sign == '+' && !plus) {
            sign = ' ';
        }
        if (body.charAt(0) == 'I' || body.charAt(0) == 'N') {
            // Infinities and NaN are not numbers to pad with zeros; NaN shows a sign only when asked.
            if (body.charAt(0) == 'N' && !space && !plus) {
                padWithSpaces(body);
            } else {
                padWithSpaces(sign + body);
            }
            return;
        }
        if (sharp && verb != 'b') {
            body = alternateForm(body, verb, p);
        }
        if (plus || sign != '+') {
            int len = body.length() + 1;
            if (zero && widPresent && wid > len) {
                buf.append(sign);
                writePadding(wid - len);
                buf.append(body);
                return;
            }
            pad(sign + body);
            return;
        }
        pad(body);
    }

    /**
     * The # flag on floats: always a decimal point, and for %g (and %x) trailing zeros kept up to the precision
     * (6 when shortest). Like Go, every character after the first nonzero one counts as a digit, which includes
     * the 'x' of a hex float's 0x prefix.
     */
    private static String alternateForm(String body, char verb, int p) {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = p == -1 ? 6 : p;
        }
        String tail = "";
        String num = body;
        boolean hasDot = false;
        boolean sawNonzero = false;
        for (int i = 0; i < num.length(); i++) {
            char c = num.charAt(i);
            boolean isExponent = c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X');
            if (isExponent) {
                tail = num.substring(i);
                num = num.substring(0, i);
                break;
            }
            if (c == '.') {
                hasDot = true;
                continue;
            }
            if (c != '0') {
                sawNonzero = true;
            }
            if (sawNonzero) {
                digits--;
            }
        }
        StringBuilder sb = new StringBuilder(num);
        if (!hasDot) {
            if (num.equals("0")) {
                digits--; // a lone leading zero counts once
            }
            sb.append('.');
        }
        for (; digits > 0; digits--) {
            sb.append('0');
        }
        return sb.append(tail).toString();
    }
}
