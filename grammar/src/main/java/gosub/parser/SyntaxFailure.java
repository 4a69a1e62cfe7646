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

    SyntaxFailure(Pos pos, String goMessage) {
        super(pos + ": " + goMessage, null, false, false);
        this.pos = pos;
        this.goMessage = goMessage;
    }

    boolean isBefore(SyntaxFailure other) {
        return pos.line() < other.pos.line() || pos.line() == other.pos.line() && pos.col() < other.pos.col();
    }
}
