package gosub.language.stdlib.fmt;

import gosub.language.types.BasicType;
import gosub.language.types.Kind;
import gosub.language.values.ByteStrings;
import gosub.language.values.Iface;

/**
 * Reads a Printf format: the literal text, and after each '%' the flags, width, precision, operand index and verb,
 * deciding which operand each directive takes. Misuse is reported as the fmt documentation says: an explicit index
 * ([n]) that is malformed, out of range or followed by a width or precision makes the directive a BADINDEX; a '*'
 * without an integer operand writes %!(BADWIDTH) or %!(BADPREC) in place; a format ending inside a directive ends
 * with %!(NOVERB).
 */
final class DirectiveReader {
    /** What a directive turned out to be. */
    enum Outcome {
        LITERAL_END,    // no more directives: the rest of the format was literal text
        NO_VERB,        // the format ended inside a directive
        PERCENT,        // %%, which takes no operand
        BAD_INDEX,
        MISSING,        // no operand left
        OPERAND         // print operand() with verb()
    }

    /** Widths, precisions and indexes above this are treated as absent, as in Go. */
    private static final int LARGEST_NUMBER = 1_000_000;

    private final String format;
    private final Object[] operands;
    private int pos;
    private int nextOperand;
    private boolean explicitIndexes;
    // The directive being read: whether its operand choice is still valid, and whether an index was just read.
    private boolean indexValid;
    private boolean afterIndex;
    private int verb;
    private int operand;

    DirectiveReader(String format, Object[] operands) {
        this.format = format;
        this.operands = operands;
    }

    int verb() {
        return verb;
    }

    int operand() {
        return operand;
    }

    /** Whether every operand was used; leftover ones are reported only if no directive used an explicit index. */
    int unusedFrom() {
        return explicitIndexes ? operands.length : nextOperand;
    }

    /**
     * Copies literal text up to the next directive to {@code out}, reads the directive into {@code field}'s
     * settings (writing any BADWIDTH or BADPREC note to {@code out}), and says what to print for it.
     */
    Outcome next(StringBuilder out, FieldWriter field) {
        int percent = format.indexOf('%', pos);
        if (percent < 0) {
            out.append(format, pos, format.length());
            pos = format.length();
            return Outcome.LITERAL_END;
        }
        out.append(format, pos, percent);
        pos = percent + 1;
        field.reset();
        indexValid = true;
        readFlags(field);
        readIndex();
        readWidth(out, field);
        readPrecision(out, field);
        if (!afterIndex) {
            readIndex(); // the operand index may also stand just before the verb
        }
        if (pos >= format.length()) {
            return Outcome.NO_VERB;
        }
        long decoded = ByteStrings.decodeRune(format, pos);
        verb = (int) (decoded >>> 8);
        pos += (int) (decoded & 0xFF);
        if (verb == '%') {
            return Outcome.PERCENT;
        }
        if (!indexValid) {
            return Outcome.BAD_INDEX;
        }
        if (nextOperand >= operands.length) {
            return Outcome.MISSING;
        }
        operand = nextOperand++;
        return Outcome.OPERAND;
    }

    private void readFlags(FieldWriter field) {
        for (; pos < format.length(); pos++) {
            switch (format.charAt(pos)) {
                case '#' -> field.alternate = true;
                case '+' -> field.signAlways = true;
                case ' ' -> field.spaceForSign = true;
                case '0' -> field.zeroPad = !field.leftAlign; // zeros never pad on the right
                case '-' -> {
                    field.leftAlign = true;
                    field.zeroPad = false;
                }
                default -> {
                    return;
                }
            }
        }
    }

    /** An explicit operand index [n], counting from 1, if one starts at pos. */
    private void readIndex() {
        afterIndex = false;
        if (pos >= format.length() || format.charAt(pos) != '[') {
            return;
        }
        explicitIndexes = true;
        int close = format.length() - pos >= 3 ? format.indexOf(']', pos + 1) : -1;
        if (close < 0) {
            pos++; // only the '[' is consumed
            indexValid = false;
            return;
        }
        int digitsEnd = skipNumber(pos + 1, close);
        long n = digitsEnd == close ? number(pos + 1, close) : -1;
        pos = close + 1;
        boolean wellFormed = n >= 0;
        if (wellFormed && n >= 1 && n <= operands.length) {
            nextOperand = (int) n - 1;
        } else {
            indexValid = false;
        }
        afterIndex = wellFormed; // even out of range: a width or precision after it is also an error
    }

    private void readWidth(StringBuilder out, FieldWriter field) {
        if (pos < format.length() && format.charAt(pos) == '*') {
            pos++;
            long w = integerOperand();
            field.hasWidth = w != NOT_AN_INTEGER;
            field.width = field.hasWidth ? (int) w : 0;
            if (!field.hasWidth) {
                out.append("%!(BADWIDTH)");
            }
            if (field.width < 0) { // a negative width pads on the right
                field.width = -field.width;
                field.leftAlign = true;
                field.zeroPad = false;
            }
            afterIndex = false;
            return;
        }
        long w = readNumber();
        field.hasWidth = w >= 0;
        field.width = field.hasWidth ? (int) w : 0;
        if (afterIndex && field.hasWidth) {
            indexValid = false; // %[3]2d
        }
    }

    private void readPrecision(StringBuilder out, FieldWriter field) {
        // A '.' that ends the format is read as the verb instead.
        if (pos + 1 >= format.length() || format.charAt(pos) != '.') {
            return;
        }
        pos++;
        if (afterIndex) {
            indexValid = false; // %[3].2d
        }
        readIndex();
        if (pos < format.length() && format.charAt(pos) == '*') {
            pos++;
            long p = integerOperand();
            // A negative precision counts as none, and as an error.
            field.hasPrecision = p != NOT_AN_INTEGER && p >= 0;
            field.precision = field.hasPrecision ? (int) p : 0;
            if (!field.hasPrecision) {
                out.append("%!(BADPREC)");
            }
            afterIndex = false;
            return;
        }
        long p = readNumber();
        field.hasPrecision = true;
        field.precision = p >= 0 ? (int) p : 0; // "%.f" has precision 0
    }

    private static final long NOT_AN_INTEGER = Long.MIN_VALUE;

    /** The next operand as a '*' width or precision: any integer within LARGEST_NUMBER of 0. */
    private long integerOperand() {
        if (nextOperand >= operands.length) {
            return NOT_AN_INTEGER;
        }
        Object o = operands[nextOperand++];
        if (o instanceof Iface v && v.type.isInteger()) {
            Kind k = ((BasicType) v.type.underlying()).kind();
            long n = k.truncate((Long) v.value);
            boolean fits = k.isUnsigned() ? n >= 0 && n <= LARGEST_NUMBER : Math.abs(n) <= LARGEST_NUMBER;
            if (fits && n != Long.MIN_VALUE) {
                return n;
            }
        }
        return NOT_AN_INTEGER;
    }

    /** Reads a decimal number at pos, or returns -1 if there is none; an absurdly long one skips to the end. */
    private long readNumber() {
        int end = skipNumber(pos, format.length());
        if (end == pos) {
            return -1;
        }
        long n = number(pos, end);
        pos = n < 0 ? format.length() : end;
        return n;
    }

    private int skipNumber(int from, int limit) {
        int i = from;
        while (i < limit && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The value of the digits format[from:to], or -1 if there are none or a digit follows a value over the limit. */
    private long number(int from, int to) {
        if (from == to) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            if (n > LARGEST_NUMBER) {
                return -1;
            }
            n = n * 10 + (format.charAt(i) - '0');
        }
        return n;
    }
}
