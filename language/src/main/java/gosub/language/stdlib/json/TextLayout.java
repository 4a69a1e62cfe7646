package gosub.language.stdlib.json;

/**
 * Re-lays out JSON that {@link SyntaxCheck} accepted: compact (no white space outside strings) and indented
 * (one element a line). Both only need to know whether a byte is inside a string, so they never re-check the
 * grammar. Output is a byte string.
 */
final class TextLayout {
    private TextLayout() {
    }

    private static final String HEX = "0123456789abcdef";

    /**
     * The text without white space outside strings; with escapeHTML, {@code < > &} and U+2028, U+2029 become \\u
     * escapes (in valid JSON they can only be inside strings, where an escape means the same).
     */
    static String compact(byte[] b, int start, int end, boolean escapeHTML) {
        StringBuilder out = new StringBuilder(end - start);
        boolean inString = false;
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xFF;
            if (escapeHTML && (c == '<' || c == '>' || c == '&')) {
                out.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                continue;
            }
            if (escapeHTML && c == 0xE2 && i + 2 < end && (b[i + 1] & 0xFF) == 0x80 && ((b[i + 2] & 0xFF) | 1) == 0xA9) {
                out.append("\\u202").append(HEX.charAt(b[i + 2] & 0xF));
                i += 2;
                continue;
            }
            if (inString) {
                out.append((char) c);
                if (c == '\\') {
                    out.append((char) (b[++i] & 0xFF));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (SyntaxCheck.isSpace(c)) {
                continue;
            }
            if (c == '"') {
                inString = true;
            }
            out.append((char) c);
        }
        return out.toString();
    }

    /**
     * Each element and member on a line of its own that starts with prefix and then indent once per level; empty
     * containers stay {} and []; a colon is followed by one space. The first line has no prefix, as in Go.
     */
    static String indent(byte[] b, int start, int end, String prefix, String indent) {
        StringBuilder out = new StringBuilder((end - start) * 2);
        boolean inString = false;
        boolean opened = false; // just after { or [: the line break waits to see whether the container is empty
        int depth = 0;
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xFF;
            if (inString) {
                out.append((char) c);
                if (c == '\\') {
                    out.append((char) (b[++i] & 0xFF));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (SyntaxCheck.isSpace(c)) {
                continue;
            }
            if (opened && c != '}' && c != ']') {
                opened = false;
                depth++;
                newline(out, prefix, indent, depth);
            }
            switch (c) {
                case '{', '[' -> {
                    opened = true;
                    out.append((char) c);
                }
                case ',' -> {
                    out.append(',');
                    newline(out, prefix, indent, depth);
                }
                case ':' -> out.append(": ");
                case '}', ']' -> {
                    if (opened) {
                        opened = false;
                    } else {
                        depth--;
                        newline(out, prefix, indent, depth);
                    }
                    out.append((char) c);
                }
                default -> {
                    if (c == '"') {
                        inString = true;
                    }
                    out.append((char) c);
                }
            }
        }
        return out.toString();
    }

    private static void newline(StringBuilder out, String prefix, String indent, int depth) {
        out.append('\n').append(prefix);
        for (int i = 0; i < depth; i++) {
            out.append(indent);
        }
    }
}
