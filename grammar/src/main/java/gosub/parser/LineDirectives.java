package gosub.parser;

import gosub.ast.LineDirective;
import gosub.ast.Pos;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The line directives of one file, in the order of the text, read from its comments as the lexer meets them
 * (see {@link LineDirective} for what they do). A {@code //line} comment counts only at the start of a line, a
 * {@code /*line} one anywhere; either needs the word {@code line}, a blank and a colon. The text after the blank is
 * read from its end: the last {@code :N} is the line, and if another {@code :N} comes before it, that one is the
 * line and the last the column; what is left is the file name, which may itself hold colons ({@code c:/x.go}).
 * Without a file name the directive keeps the previous file when it gives a column, else names no file.
 */
final class LineDirectives {
    /** The largest line or column Go's compiler keeps. */
    private static final long MAX = 1L << 30;

    private final String fileName;
    private final List<LineDirective> directives = new ArrayList<>();
    /** The file's errors that do not stop it parsing: this class's own, and the lexer's and the tree builder's. */
    private final ParseErrors errors;

    LineDirectives(String fileName) {
        this.fileName = fileName;
        this.errors = new ParseErrors(this, fileName);
    }

    /** The errors of the file that do not stop it parsing, a directive with a wrong number among them. */
    ParseErrors errors() {
        return errors;
    }

    /** Takes comment token t (a line or block comment) if it is a line directive. */
    void comment(Token t) {
        String text = t.getText();
        boolean lineComment = text.startsWith("//");
        if (!text.startsWith(lineComment ? "//line " : "/*line ") || lineComment && t.getCharPositionInLine() != 0) {
            return;
        }
        String body = lineComment ? stripCarriageReturn(text.substring(7)) : text.substring(7, text.length() - 2);
        if (body.indexOf('\n') >= 0) {
            return; // a block comment over several lines names no place
        }
        int realLine = t.getLine();
        int bodyCol = t.getCharPositionInLine() + 1 + 7;
        int from = lineComment ? 1 : t.getCharPositionInLine() + 1 + text.length();
        read(body, realLine, bodyCol, lineComment ? realLine + 1 : realLine, from);
    }

    private void read(String body, int realLine, int bodyCol, int fromLine, int fromCol) {
        int last = body.lastIndexOf(':');
        if (last < 0) {
            return; // not a directive
        }
        long n = number(body.substring(last + 1));
        if (n < 0) {
            error(realLine, bodyCol + last + 1, "invalid line number: " + body.substring(last + 1));
            return;
        }
        int before = body.lastIndexOf(':', last - 1);
        long m = before < 0 ? -1 : number(body.substring(before + 1, last));
        long line;
        long col;
        int nameEnd;
        int lineAt;
        if (m >= 0) {
            line = m;
            col = n;
            nameEnd = before;
            lineAt = before + 1;
            if (col == 0 || col > MAX) {
                error(realLine, bodyCol + last + 1, "invalid column number: " + body.substring(last + 1));
                return;
            }
        } else {
            line = n;
            col = 0;
            nameEnd = last;
            lineAt = last + 1;
        }
        if (line == 0 || line > MAX) {
            error(realLine, bodyCol + lineAt, "invalid line number: " + body.substring(lineAt, m >= 0 ? last : body.length()));
            return;
        }
        String file = body.substring(0, nameEnd);
        boolean realFile = false;
        if (file.isEmpty() && col > 0) {
            LineDirective previous = directives.isEmpty() ? null : directives.getLast();
            file = previous != null ? previous.file() : fileName;
            realFile = previous == null || previous.realFile();
        }
        directives.add(new LineDirective(fromLine, fromCol, file, (int) line, (int) col, realFile));
    }

    /** The directive in effect at real line and column (the last one that starts at or before it), or null. */
    LineDirective at(int line, int col) {
        int lo = 0;
        int hi = directives.size() - 1;
        LineDirective found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LineDirective d = directives.get(mid);
            if (d.fromLine() < line || d.fromLine() == line && d.fromCol() <= col) {
                found = d;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** P with the directive in effect at its place. */
    Pos place(Pos p) {
        return directives.isEmpty() ? p : new Pos(p.line(), p.col(), p.file(), at(p.line(), p.col()));
    }

    /** A decimal number as a directive writes it (digits only), or -1; one past MAX stands for any larger. */
    private static long number(String digits) {
        if (digits.isEmpty() || digits.length() > 19) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = Math.min(n * 10 + (c - '0'), MAX + 1);
        }
        return n;
    }

    private static String stripCarriageReturn(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private void error(int line, int col, String message) {
        errors.add(new Pos(line, col, fileName), message);
    }
}
