package gosub.ast;

/** A source position: 1-based line and 1-based column (Go counts columns in bytes; we count chars of the line). */
public record Pos(int line, int col) {
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
