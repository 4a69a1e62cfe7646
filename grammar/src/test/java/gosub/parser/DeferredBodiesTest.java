package gosub.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.ast.Decl;
import gosub.ast.SourceFile;
import gosub.ast.Stmt;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A parse that defers function bodies gives the tree an ordinary parse gives, once the bodies are read. */
class DeferredBodiesTest {

    /**
     * Every Go file of the repository: the trees are equal (reading them parses every deferred body). Deferring is
     * for trusted sources, which have no parse errors, so the golden programs written to have some are left out.
     */
    @TestFactory
    Stream<DynamicTest> deferredParsesEqualOrdinaryOnes() {
        return RepositoryPrograms.all().stream().map(f -> DynamicTest.dynamicTest(RepositoryPrograms.name(f), () -> {
            String text = Files.readString(f);
            String name = f.getFileName().toString();
            boolean trusted = DeepStack.call("parse " + name, () -> Parser.parse(name, text).parseErrors().isEmpty());
            Assumptions.assumeTrue(trusted, "has parse errors");
            // deep stacks: some golden programs nest thousands deep, and equals recurses as deep
            boolean same = DeepStack.call("compare " + name,
                    () -> Parser.parse(name, text).equals(Parser.parseDeferringBodies(name, text)));
            assertTrue(same, name);
        }));
    }

    /** Braces that are not a body: type literals in the signature, bodiless declarations, literals at top level. */
    @Test
    void onlyTopLevelBodiesAreCut() throws Exception {
        String src = """
                package p

                var f = func() int { return 1 }

                var (
                	g = func() {}
                )

                func native(x int) struct{ a, b int }

                func F[T interface{ ~int | ~string }](s struct{ x T }) (struct{}, interface{ M() }) {
                	type local struct{ y int }
                	return struct{}{}, nil
                }

                func (r *R) M() [2]struct{ z int } { return [2]struct{ z int }{} }

                func last() { if true { println("}") } }
                """;
        SourceFile eager = Parser.parse("p.go", src);
        SourceFile deferred = Parser.parseDeferringBodies("p.go", src);
        assertEquals(eager, deferred);
        List<Decl.Func> funcs = deferred.decls().stream().filter(d -> d instanceof Decl.Func).map(d -> (Decl.Func) d).toList();
        assertNull(funcs.get(0).body(), "a declaration without body has none");
        assertEquals(2, funcs.get(1).body().stmts().size());
        assertInstanceOf(Stmt.If.class, funcs.get(3).body().stmts().getFirst());
    }

    /** A syntax error outside any body is reported as an ordinary parse reports it. */
    @Test
    void errorsOutsideBodiesAreSyntaxErrors() {
        String src = "package p\n\nfunc f() {\n}\n\nvar x = )\n";
        SyntaxError eager = assertThrows(SyntaxError.class, () -> Parser.parse("p.go", src));
        SyntaxError deferred = assertThrows(SyntaxError.class, () -> Parser.parseDeferringBodies("p.go", src));
        assertEquals(eager.toString(), deferred.toString());
    }

    /** A body that does not parse fails when it is read, naming the file and the body's line. */
    @Test
    void aBrokenBodyFailsWhenRead() throws Exception {
        SourceFile parsed = Parser.parseDeferringBodies("p.go", "package p\n\nfunc f() {\n\tx := := 1\n}\n");
        Decl.Func f = (Decl.Func) parsed.decls().getFirst();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.body().stmts().size());
        assertTrue(e.getMessage().startsWith("p.go: the function body at line 3 does not parse"), e.getMessage());
    }
}
