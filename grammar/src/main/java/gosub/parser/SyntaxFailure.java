package gosub.parser;

import gosub.ast.Pos;
import java.io.Serial;

/**
 * Carries a syntax error out of ANTLR callbacks and the AST builder, which cannot throw checked exceptions; the
 * {@link Parser} facade turns it into a {@link SyntaxError} with the file name.
 */
final class SyntaxFailure extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    final transient Pos pos;
    final String goMessage;

    /** An error Go's parser reports right after this one at the same place, not a syntax error; or null. */
    final String then;

    SyntaxFailure(Pos pos, String goMessage) {
        this(pos, goMessage, null);
    }

    SyntaxFailure(Pos pos, String goMessage, String then) {
        super(pos + ": " + goMessage, null, false, false);
        this.pos = pos;
        this.goMessage = goMessage;
        this.then = then;
    }

    boolean isBefore(SyntaxFailure other) {
        return isBefore(other.pos);
    }

    /** Whether this error's real position comes before P's. */
    boolean isBefore(Pos p) {
        return before(pos, p);
    }

    static boolean before(Pos a, Pos b) {
        return a.line() < b.line() || a.line() == b.line() && a.col() < b.col();
    }
}
