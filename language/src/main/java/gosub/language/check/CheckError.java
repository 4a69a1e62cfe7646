package gosub.language.check;

import gosub.ast.Pos;

/**
 * One compile error, printed as {@code FILE:LINE:COL: message} (the place a line directive gives, if one applies). {@code goCommand}: Go's go command, not its compiler,
 * reports it (a malformed or internal import path), which go run answers with another exit status.
 */
public record CheckError(String file, Pos pos, String message, boolean goCommand) {
    public CheckError(String file, Pos pos, String message) {
        this(file, pos, message, false);
    }

    @Override
    public String toString() {
        return pos.where(file) + ": " + message;
    }
}
