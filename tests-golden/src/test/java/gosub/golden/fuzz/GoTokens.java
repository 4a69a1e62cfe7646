package gosub.golden.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Go source cut into tokens for the mutator: just enough lexing to know where each token starts and ends and what
 * kind it is. It is written apart from gosub's own lexer on purpose, so that a lexer bug cannot hide from the
 * mutants. Malformed input never fails: an unknown character is a one-character operator token, an unterminated
 * literal runs to the end of its line (or file).
 */
final class GoTokens {
    enum Kind { IDENT, KEYWORD, NUMBER, STRING, RUNE, OPERATOR, COMMENT }

    /** A token: source[start, end) is its text. */
    record Token(Kind kind, int start, int end, String text) {
    }

    private static final List<String> KEYWORDS = List.of("break", "case", "chan", "const", "continue", "default",
            "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
            "package", "range", "return", "select", "struct", "switch", "type", "var");

    /** Longest first, so that the first match is the longest. */
    static final List<String> OPERATORS = List.of("<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==",
            "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*",
            "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~");

    private GoTokens() {
    }

    static List<Token> lex(String src) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            int start = i;
            Kind kind;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (src.startsWith("//", i)) {
                i = lineEnd(src, i);
                kind = Kind.COMMENT;
            } else if (src.startsWith("/*", i)) {
                int close = src.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                kind = Kind.COMMENT;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                kind = KEYWORDS.contains(src.substring(start, i)) ? Kind.KEYWORD : Kind.IDENT;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1))) {
                i = numberEnd(src, i);
                kind = Kind.NUMBER;
            } else if (c == '"' || c == '\'') {
                i = quotedEnd(src, i, c);
                kind = c == '"' ? Kind.STRING : Kind.RUNE;
            } else if (c == '`') {
                int close = src.indexOf('`', i + 1);
                i = close < 0 ? n : close + 1;
                kind = Kind.STRING;
            } else {
                String op = String.valueOf(c);
                for (String o : OPERATORS) {
                    if (src.startsWith(o, i)) {
                        op = o;
                        break;
                    }
                }
                i += op.length();
                kind = Kind.OPERATOR;
            }
            tokens.add(new Token(kind, start, i, src.substring(start, i)));
        }
        return tokens;
    }

    private static int lineEnd(String src, int i) {
        int nl = src.indexOf('\n', i);
        return nl < 0 ? src.length() : nl;
    }

    /** Digits, letters (hex digits, base prefixes, suffixes), '_', '.', and a sign right after an exponent. */
    private static int numberEnd(String src, int i) {
        int n = src.length();
        boolean hex = src.startsWith("0x", i) || src.startsWith("0X", i);
        i++;
        while (i < n) {
            char c = src.charAt(i);
            char prev = src.charAt(i - 1);
            boolean exponent = hex ? prev == 'p' || prev == 'P' : prev == 'e' || prev == 'E';
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || (c == '+' || c == '-') && exponent) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The end of a "..." or '...' literal: after the closing quote, or at the end of the line if none. */
    private static int quotedEnd(String src, int i, char quote) {
        int n = src.length();
        i++;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < n && src.charAt(i + 1) != '\n') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return n;
    }
}
