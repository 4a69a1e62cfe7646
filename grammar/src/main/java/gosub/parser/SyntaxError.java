package gosub.parser;

import gosub.ast.Pos;
import gosub.ast.SourceFile;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

/**
 * The first syntax error of a Go source file, worded like the Go compiler's. {@link #toString()} is the line a
 * user sees: {@code FILE:LINE:COL: syntax error: MESSAGE} (line and column are 1-based; after a line directive,
 * the place it gives). {@link #fileErrors()} adds the errors Go's compiler reports with it from the same file: the
 * lexical ones, which its scanner finds all through the file.
 */
public final class SyntaxError extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final int col;
    private final String message;
    private final transient List<SourceFile.ParseError> fileErrors;

    public SyntaxError(String fileName, int line, int col, String message) {
        this(fileName, new Pos(line, col, fileName), message, List.of(), List.of());
    }

    /**
     * An error at AT, which the user sees where a line directive puts it (the line and column stay the real ones),
     * found in a file that also has the errors ALONGSIDE, and THEN, which Go's parser says right after it.
     */
    SyntaxError(String fileName, Pos at, String message, List<SourceFile.ParseError> alongside, List<SourceFile.ParseError> then) {
        super(at.where(fileName) + ": syntax error: " + message, null, false, false);
        this.fileName = fileName;
        this.line = at.line();
        this.col = at.col();
        this.message = message;
        List<SourceFile.ParseError> all = new ArrayList<>(alongside);
        all.add(new SourceFile.ParseError(at.file() != null ? at : new Pos(at.line(), at.col(), fileName, at.directive()),
                        "syntax error: " + message));
        all.addAll(then);
        // stable: where a lexical error and the syntax error share a place, Go's scanner spoke first
        all.sort((a, b) -> a.pos().line() != b.pos().line() ? Integer.compare(a.pos().line(), b.pos().line())
                        : Integer.compare(a.pos().col(), b.pos().col()));
        this.fileErrors = List.copyOf(all);
    }

    /** Every error Go reports for the file, this one among them, in the order of the file. */
    public List<SourceFile.ParseError> fileErrors() {
        return fileErrors;
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
