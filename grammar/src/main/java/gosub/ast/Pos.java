package gosub.ast;

/**
 * A source position: 1-based line and 1-based column (Go counts columns in bytes; we count chars of the line), and
 * the file as the parser was told to name it (null when unknown). A package is checked from several files, so each
 * position carries its own: an error about a declaration of another file, or a panic in a function of another
 * file, names that file.
 *
 * <p>These are the real place in the source, which scopes, source sections and tools use. Where a line directive
 * applies ({@code directive} is not null), what Go reports (errors, runtime.Caller, tracebacks) is the place the
 * directive gives instead: {@link #reportedFile}, {@link #reportedLine}, {@link #reportedCol}.
 */
public record Pos(int line, int col, String file, LineDirective directive) {
    public static final Pos NONE = new Pos(0, 0);

    public Pos(int line, int col) {
        this(line, col, null, null);
    }

    public Pos(int line, int col, String file) {
        this(line, col, file, null);
    }

    /** The file Go reports this place in: a directive's (as written, "" if it named none), else {@link #file}. */
    public String reportedFile() {
        return directive != null ? directive.file() : file;
    }

    public int reportedLine() {
        return directive != null ? directive.lineOf(line) : line;
    }

    /** The column Go reports; 0 when a directive left it unknown (Go then prints no column). */
    public int reportedCol() {
        return directive != null ? directive.colOf(line, col) : col;
    }

    /**
     * {@code FILE:LINE:COL} as Go's compiler prints a place in its messages ({@code FILE:LINE} when the column is
     * unknown); realFile names the file when this position has no file of its own and no directive.
     */
    public String where(String realFile) {
        String f = directive != null ? directive.file() : file != null ? file : realFile;
        int c = reportedCol();
        return f + ":" + reportedLine() + (c > 0 || directive == null ? ":" + c : "");
    }

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
