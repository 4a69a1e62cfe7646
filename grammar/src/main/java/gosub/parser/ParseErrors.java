package gosub.parser;

import gosub.ast.Pos;
import gosub.ast.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The errors of one file that Go's parser reports and reads on past (lexical errors, line directives with bad
 * numbers, what it refuses in a tree it could read): unlike a syntax error, they leave the file a tree that Go's
 * compiler goes on to type-check. Positions are kept real, so that {@link #within} can tell which function bodies
 * hold one, and placed by the line directives only when handed out.
 */
final class ParseErrors {
    private final LineDirectives directives;
    private final String fileName;
    private final List<SyntaxFailure> found = new ArrayList<>();
    /** The literal tokens with an error, by where they start in the text: Go's checker takes them as invalid. */
    private final Set<Integer> badLiterals = new HashSet<>();

    ParseErrors(LineDirectives directives, String fileName) {
        this.directives = directives;
        this.fileName = fileName;
    }

    void add(Pos real, String message) {
        found.add(new SyntaxFailure(new Pos(real.line(), real.col(), fileName), message));
    }

    void add(SyntaxFailure f) {
        found.add(f);
    }

    void badLiteral(Token t) {
        badLiterals.add(t.getStartIndex());
    }

    boolean isBadLiteral(Token t) {
        return badLiterals.contains(t.getStartIndex());
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    /** The error found last. */
    SyntaxFailure last() {
        return found.getLast();
    }

    /** Whether one of the errors lies between real positions from and to (both included). */
    boolean within(Pos from, Pos to) {
        for (SyntaxFailure f : found) {
            if (!f.isBefore(from) && !SyntaxFailure.before(to, f.pos)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The errors in the order of the file, where Go's compiler says them. Like Go's, it says a message once where it
     * comes again on the same line right after itself (three bad escapes in one string are one "unknown escape").
     */
    List<SourceFile.ParseError> placed() {
        List<SyntaxFailure> sorted = new ArrayList<>(found);
        sorted.sort(ParseErrors::byPlace);
        List<SourceFile.ParseError> out = new ArrayList<>();
        SyntaxFailure previous = null;
        for (SyntaxFailure f : sorted) {
            if (previous != null && previous.pos.line() == f.pos.line() && previous.goMessage.equals(f.goMessage)) {
                continue;
            }
            previous = f;
            out.add(new SourceFile.ParseError(directives.place(f.pos), f.goMessage));
        }
        return List.copyOf(out);
    }

    private static int byPlace(SyntaxFailure a, SyntaxFailure b) {
        return a.isBefore(b) ? -1 : b.isBefore(a) ? 1 : 0;
    }
}
