package gosub.language.check;

import gosub.ast.Pos;

/** One compile error, printed as {@code FILE:LINE:COL: message}. */
public record CheckError(String file, Pos pos, String message) {
    @Override
    public String toString() {
        return file + ":" + pos.line() + ":" + pos.col() + ": " + message;
    }
}
