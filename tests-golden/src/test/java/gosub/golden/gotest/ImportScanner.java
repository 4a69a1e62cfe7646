package gosub.golden.gotest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the import paths of a Go file from the declarations after its package clause, without parsing the rest:
 * a test that needs a package gosub lacks is told apart before anything is compiled, even when its body uses
 * syntax gosub would reject.
 */
final class ImportScanner {
    private final String src;
    private int pos;

    private ImportScanner(String src) {
        this.src = src;
    }

    static List<String> imports(String src) {
        ImportScanner s = new ImportScanner(src);
        List<String> paths = new ArrayList<>();
        if (!"package".equals(s.next()) || s.next() == null) {
            return paths;
        }
        for (String t = s.next(); t != null; t = s.next()) {
            if (t.equals(";")) {
                continue;
            }
            if (!t.equals("import")) {
                break;
            }
            t = s.next();
            if ("(".equals(t)) {
                for (t = s.next(); t != null && !t.equals(")"); t = s.next()) {
                    if (isString(t)) {
                        paths.add(t.substring(1, t.length() - 1));
                    }
                }
            } else {
                if (t != null && !isString(t)) {
                    t = s.next(); // the package name the import gives
                }
                if (t != null && isString(t)) {
                    paths.add(t.substring(1, t.length() - 1));
                }
            }
        }
        return paths;
    }

    private static boolean isString(String token) {
        return token.length() >= 2 && (token.charAt(0) == '"' || token.charAt(0) == '`');
    }

    /** The next token: a word, a string literal with its quotes, or one other character; null at the end. */
    private String next() {
        skipSpaceAndComments();
        if (pos >= src.length()) {
            return null;
        }
        int start = pos;
        char c = src.charAt(pos);
        if (c == '"' || c == '`') {
            pos++;
            while (pos < src.length() && src.charAt(pos) != c && src.charAt(pos) != '\n') {
                pos += src.charAt(pos) == '\\' && c == '"' ? 2 : 1;
            }
            pos = Math.min(pos + 1, src.length());
        } else if (Character.isLetterOrDigit(c) || c == '_') {
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        } else {
            pos++;
        }
        return src.substring(start, pos);
    }

    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            if (Character.isWhitespace(src.charAt(pos))) {
                pos++;
            } else if (src.startsWith("//", pos)) {
                int nl = src.indexOf('\n', pos);
                pos = nl < 0 ? src.length() : nl;
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                pos = end < 0 ? src.length() : end + 2;
            } else {
                return;
            }
        }
    }
}
