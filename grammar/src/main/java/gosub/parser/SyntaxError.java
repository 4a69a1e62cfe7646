package gosub.parser;

import gosub.ast.Pos;
import java.io.Serial;

/**
 * The first syntax error of a Go source file, worded like the Go compiler's. {@link #toString()} is the line a
 * user sees: {@code FILE:LINE:COL: syntax error: MESSAGE} (line and column are 1-based; after a line directive,
 * the place it gives).
 */
public final class SyntaxError extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final int col;
    private final String message;

    public SyntaxError(String fileName, int line, int col, String message) {
        this(fileName, new Pos(line, col, fileName), message);
    }

    /** An error at AT, which the user sees where a line directive puts it (the line and column stay the real ones). */
    SyntaxError(String fileName, Pos at, String message) {
        super(at.where(fileName) + ": syntax error: " + message, null, false, false);
        this.fileName = fileName;
        this.line = at.line();
        this.col = at.col();
        this.message = message;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int col() {
        return col;
    }

    /** The message without file, position or the "syntax error: " prefix. */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
