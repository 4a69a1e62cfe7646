package gosub.ast;

/**
 * A {@code //line file:line[:col]} or {@code /*line file:line[:col]*}{@code /} comment: from the place right after it
 * (the start of the next line for the first form) the source is reported as coming from {@code file} at
 * {@code line} and {@code col}, as Go's compiler reports it in errors and records it for runtime.Caller and
 * tracebacks. The real place stays what tools show (a debugger points at the real text).
 *
 * @param fromLine the real line the directive's place starts at (1-based)
 * @param fromCol the real column it starts at (1-based)
 * @param file the file name reported from there on, as written (empty: none was given)
 * @param line the line reported for fromLine
 * @param col the column reported for fromCol; 0 when the directive gave none, and then no column is reported
 *            until the next directive
 * @param realFile whether file is the source's own name, kept by a directive without one (at run time Go then
 *            names the file by its absolute path, as everywhere else; a name a directive wrote stays as written)
 */
public record LineDirective(int fromLine, int fromCol, String file, int line, int col, boolean realFile) {

    /** The line reported for real line {@code realLine} at or after the directive. */
    int lineOf(int realLine) {
        return line + (realLine - fromLine);
    }

    /** The column reported for real column {@code realCol} of real line {@code realLine}; 0 when unknown. */
    int colOf(int realLine, int realCol) {
        if (col == 0) {
            return 0;
        }
        return realLine == fromLine ? col + (realCol - fromCol) : realCol;
    }
}
