package gosub.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gosub.ast.SourceFile;
import org.junit.jupiter.api.Test;

/** The parser copes with nesting as deep as Go's compiler does (a few hundred thousand levels) on a DeepStack. */
class DeepStackTest {

    private static final int LEVELS = 100_000;

    @Test
    void parsesAHundredThousandNestedParentheses() throws Exception {
        String source = "package main\n\nvar x = " + "(".repeat(LEVELS) + "1" + ")".repeat(LEVELS) + "\n";
        SourceFile parsed = DeepStack.call("parse", () -> Parser.parse("deep.go", source));
        assertEquals(1, parsed.decls().size());
    }

    @Test
    void parsesAHundredThousandNestedBlocks() throws Exception {
        String source = "package main\n\nfunc main() {\n" + "if true {\n".repeat(LEVELS) + "}\n".repeat(LEVELS) + "}\n";
        SourceFile parsed = DeepStack.call("parse", () -> Parser.parse("deep.go", source));
        assertEquals(1, parsed.decls().size());
    }

    @Test
    void aSyntaxErrorComesBackToTheCaller() {
        SyntaxError e = assertThrows(SyntaxError.class,
                () -> DeepStack.call("parse", () -> Parser.parse("bad.go", "package main\n\nfunc main() {\n")));
        assertEquals("bad.go:4:1: syntax error: unexpected EOF, expected }", e.toString());
    }

    @Test
    void uncheckedExceptionsAndErrorsPassThroughUnchanged() {
        IllegalStateException thrown = new IllegalStateException("boom");
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> DeepStack.call("t", () -> {
            throw thrown;
        })));
        StackOverflowError overflow = new StackOverflowError();
        assertSame(overflow, assertThrows(StackOverflowError.class, () -> DeepStack.call("t", () -> {
            throw overflow;
        })));
    }
}
