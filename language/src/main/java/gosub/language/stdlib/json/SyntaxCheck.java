package gosub.language.stdlib.json;

import gosub.language.stdlib.strconv.Quoting;
import gosub.language.values.ByteStrings;

/**
 * JSON's grammar, checked over bytes with the SyntaxError messages and offsets of Go's json package: the offset
 * counts the bytes read up to and including the one that is wrong, or all of them when the input ends early.
 * Containers are tracked on an explicit stack (Go's limit of 10000 levels), so deep input costs no Java stack.
 */
final class SyntaxCheck {
    static final int MAX_DEPTH = 10000;

    /** A syntax problem: Go's message and offset. */
    record Problem(String message, long offset) {
    }

    private final byte[] b;
    private final int end;
    private int pos;
    private Problem problem;
    /** Whether the last value read was a number that ran into the end of the input (more input may extend it). */
    private boolean numberAtEnd;
    /** Checking the start of a stream rather than a whole text. */
    private boolean stream;

    private SyntaxCheck(byte[] b, int start, int end) {
        this.b = b;
        this.pos = start;
        this.end = end;
    }

    /** The problem of data[start, end) as one JSON value with white space around it, or null if it is one. */
    static Problem check(byte[] data, int start, int end) {
        SyntaxCheck s = new SyntaxCheck(data, start, end);
        if (!s.value()) {
            return s.relative(start);
        }
        s.skipSpace();
        if (s.pos < end) {
            s.fail("after top-level value");
            return s.relative(start);
        }
        return null;
    }

    /**
     * For a stream: the end of the first value in data[start, end), -1 if the data stops inside it (or, unless
     * atEOF, right after a number, which more input could lengthen); a problem is thrown as a failure.
     */
    static int valueEnd(byte[] data, int start, int end, boolean atEOF) {
        SyntaxCheck s = new SyntaxCheck(data, start, end);
        s.stream = true;
        boolean ok = s.value();
        if (!ok) {
            if (s.problem.message.equals(EOF_MESSAGE)) {
                return -1;
            }
            throw new JsonFailure(JsonFailure.SYNTAX, "", s.problem.message, s.problem.offset - start, null);
        }
        if (s.numberAtEnd && !atEOF) {
            return -1;
        }
        return s.pos;
    }

    private Problem relative(int start) {
        return new Problem(problem.message, problem.offset - start);
    }

    static final String EOF_MESSAGE = "unexpected end of JSON input";

    private Problem fail(String context) {
        problem = new Problem("invalid character " + quoteChar(b[pos] & 0xFF) + " " + context, pos + 1);
        return problem;
    }

    private boolean eof() {
        problem = new Problem(EOF_MESSAGE, end);
        return false;
    }

    /**
     * The input ends inside a number, literal or escape. Go's check then reads one more byte, a space, which such a
     * token cannot take; in a stream more input may come, so it is only the end of the input.
     */
    private boolean endsInToken(String context) {
        if (stream) {
            return eof();
        }
        problem = new Problem("invalid character ' ' " + context, end);
        return false;
    }

    private boolean failed(String context) {
        fail(context);
        return false;
    }

    /** A byte as Go's scanner names it in messages: the rune of that number, quoted with single quotes. */
    static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = Quoting.quote(ByteStrings.encodeRune(c));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void skipSpace() {
        while (pos < end && isSpace(b[pos])) {
            pos++;
        }
    }

    /** Reads one value; containers keep their kind ('{' or '[') on a stack instead of recursing. */
    private boolean value() {
        byte[] stack = new byte[16];
        int depth = 0;
        for (;;) {
            // at the start of a value
            skipSpace();
            if (pos >= end) {
                return eof();
            }
            int c = b[pos] & 0xFF;
            numberAtEnd = false;
            if (c == '{' || c == '[') {
                if (depth == MAX_DEPTH) {
                    problem = new Problem("exceeded max depth", pos + 1);
                    return false;
                }
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = (byte) c;
                pos++;
                skipSpace();
                if (pos >= end) {
                    return eof();
                }
                int close = c == '{' ? '}' : ']';
                if ((b[pos] & 0xFF) == close) {
                    pos++;
                    depth--;
                } else if (c == '{') {
                    if (!key()) {
                        return false;
                    }
                    continue;
                } else {
                    continue;
                }
            } else if (!scalar(c)) {
                return false;
            }
            // after a value: close containers or go on to the next element
            for (;;) {
                if (depth == 0) {
                    return true;
                }
                skipSpace();
                if (pos >= end) {
                    return eof();
                }
                c = b[pos] & 0xFF;
                boolean inObject = stack[depth - 1] == '{';
                if (c == ',') {
                    pos++;
                    if (inObject) {
                        skipSpace();
                        if (pos >= end) {
                            return eof();
                        }
                        if (!key()) {
                            return false;
                        }
                    }
                    break;
                }
                if (c == (inObject ? '}' : ']')) {
                    pos++;
                    depth--;
                    continue;
                }
                return failed(inObject ? "after object key:value pair" : "after array element");
            }
        }
    }

    /** An object key and its colon, at a byte that is not white space. */
    private boolean key() {
        if (b[pos] != '"') {
            return failed("looking for beginning of object key string");
        }
        if (!string()) {
            return false;
        }
        skipSpace();
        if (pos >= end) {
            return eof();
        }
        if (b[pos] != ':') {
            return failed("after object key");
        }
        pos++;
        return true;
    }

    private boolean scalar(int c) {
        if (c == '"') {
            return string();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (c == 't') {
            return literal("true");
        }
        if (c == 'f') {
            return literal("false");
        }
        if (c == 'n') {
            return literal("null");
        }
        return failed("looking for beginning of value");
    }

    private boolean literal(String word) {
        pos++;
        for (int i = 1; i < word.length(); i++, pos++) {
            if (pos >= end) {
                return endsInToken("in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
            }
            if (b[pos] != word.charAt(i)) {
                return failed("in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
            }
        }
        return true;
    }

    private boolean string() {
        pos++;
        for (;;) {
            if (pos >= end) {
                return eof();
            }
            int c = b[pos] & 0xFF;
            if (c == '"') {
                pos++;
                return true;
            }
            if (c < 0x20) {
                return failed("in string literal");
            }
            if (c == '\\') {
                pos++;
                if (pos >= end) {
                    return endsInToken("in string escape code");
                }
                c = b[pos] & 0xFF;
                if (c == 'u') {
                    for (int i = 0; i < 4; i++) {
                        pos++;
                        if (pos >= end) {
                            return endsInToken("in \\u hexadecimal character escape");
                        }
                        if (Character.digit(b[pos] & 0xFF, 16) < 0 || (b[pos] & 0xFF) > 'f') {
                            return failed("in \\u hexadecimal character escape");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(c) < 0) {
                    return failed("in string escape code");
                }
            }
            pos++;
        }
    }

    private boolean digit() {
        return pos < end && b[pos] >= '0' && b[pos] <= '9';
    }

    private boolean number() {
        if (b[pos] == '-') {
            pos++;
            if (pos >= end) {
                return endsInToken("in numeric literal");
            }
            if (!digit()) {
                return failed("in numeric literal");
            }
        }
        if (b[pos] == '0') {
            pos++;
        } else {
            while (digit()) {
                pos++;
            }
        }
        if (pos < end && b[pos] == '.') {
            pos++;
            if (pos >= end) {
                return endsInToken("after decimal point in numeric literal");
            }
            if (!digit()) {
                return failed("after decimal point in numeric literal");
            }
            while (digit()) {
                pos++;
            }
        }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            pos++;
            if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
                pos++;
            }
            if (pos >= end) {
                return endsInToken("in exponent of numeric literal");
            }
            if (!digit()) {
                return failed("in exponent of numeric literal");
            }
            while (digit()) {
                pos++;
            }
        }
        numberAtEnd = pos >= end;
        return true;
    }

    /** Whether b[start, end) is exactly one JSON number (json.Number's check). */
    static boolean isNumber(byte[] b, int start, int end) {
        if (start == end || (b[start] != '-' && (b[start] < '0' || b[start] > '9'))) {
            return false;
        }
        SyntaxCheck s = new SyntaxCheck(b, start, end);
        return s.number() && s.pos == end;
    }

    /** Whether b[start, end) is exactly one JSON string. */
    static boolean isString(byte[] b, int start, int end) {
        if (start == end || b[start] != '"') {
            return false;
        }
        SyntaxCheck s = new SyntaxCheck(b, start, end);
        return s.string() && s.pos == end;
    }
}
