package gosub.ast;

/**
 * A source position: 1-based line and 1-based column (Go counts columns in bytes; we count chars of the line), and
 * the file as the parser was told to name it (null when unknown). A package is checked from several files, so each
 * position carries its own: an error about a declaration of another file, or a panic in a function of another
 * file, names that file.
 */
public record Pos(int line, int col, String file) {
    public static final Pos NONE = new Pos(0, 0);

    public Pos(int line, int col) {
        this(line, col, null);
    }

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
