package gosub.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gosub.ast.Decl;
import gosub.ast.Pos;
import gosub.ast.SourceFile;
import gosub.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line directives change the place Go reports for the text after them; the real place stays. */
class LineDirectiveTest {

    /** The statements of main in SOURCE (a file that declares only main). */
    private static List<Stmt> mainBody(String source) {
        SourceFile f = Snippets.file(source);
        return ((Decl.Func) f.decls().getFirst()).body().stmts();
    }

    private static String where(Stmt s) {
        return s.pos().where("t.go");
    }

    @Test
    void lineCommentAppliesFromTheNextLineOn() {
        List<Stmt> body = mainBody("""
                package main
                func main() {
                \ta()
                //line gen/x.y:40
                \tb()

                \tc()
                }
                """);
        assertEquals("t.go:3:2", where(body.get(0)));
        assertEquals("gen/x.y:40", where(body.get(1)), "no column given: none is reported");
        assertEquals("gen/x.y:42", where(body.get(2)));
        assertEquals(new Pos(7, 2, "t.go"), new Pos(body.get(2).pos().line(), body.get(2).pos().col(), "t.go"),
                        "the real place stays for tools");
    }

    @Test
    void blockCommentAppliesRightAfterItAndCanKeepTheFile() {
        List<Stmt> body = mainBody("""
                package main
                func main() {
                //line a.y:10:1
                \t/*line :20:5*/ b(); /*line c:/w/x.y:7*/ c()
                \td()
                }
                """);
        // a column and no file keeps the file; the column counts from the directive's end on its own line
        assertEquals("a.y:20:6", where(body.get(0)));
        assertEquals("c:/w/x.y:7", where(body.get(1)), "the last colon before the number ends the name");
        assertEquals("c:/w/x.y:8", where(body.get(2)));
    }

    @Test
    void aColumnBeforeAnyFileKeepsTheSourcesOwn() {
        List<Stmt> body = mainBody("""
                package main
                func main() {
                	/*line :9:1*/ a()
                	/*line :20:1*/ b()
                //line x.y:5:1
                	/*line :30:1*/ c()
                }
                """);
        assertEquals("t.go:9:2", where(body.get(0)));
        assertEquals(true, body.get(1).pos().directive().realFile(), "kept through a second directive");
        assertEquals("x.y:30:2", where(body.get(2)));
        assertEquals(false, body.get(2).pos().directive().realFile());
    }

    @Test
    void noFileNoColumnNamesNoFile() {
        List<Stmt> body = mainBody("""
                package main
                func main() {
                //line :5
                \tb()
                }
                """);
        assertEquals("", body.getFirst().pos().reportedFile());
        assertEquals(":5", where(body.getFirst()));
    }

    @Test
    void whatIsNotADirective() {
        List<Stmt> body = mainBody("""
                package main
                func main() {
                \t//line x.y:10 (not at the start of its line)
                \ta()
                //line no-colon
                \tb()
                //linex.y:10
                \tc()
                /*line x.y:10
                */ d()
                }
                """);
        for (Stmt s : body) {
            assertNull(s.pos().directive(), s.toString());
        }
    }

    @Test
    void badNumbersAreErrorsAtTheNumberAndTheFileStillParses() {
        SourceFile f = Snippets.file("""
                package main
                func main() {
                //line x.y:0
                //line x.y:3:0
                //line x.y:abc
                //line x.y:2:3
                /*line :7*/}
                """);
        List<String> errors = f.parseErrors().stream().map(e -> e.pos().where("t.go") + ": " + e.message()).toList();
        assertEquals(List.of("t.go:3:12: invalid line number: 0", "t.go:4:14: invalid column number: 0",
                        "t.go:5:12: invalid line number: abc"), errors);
        assertEquals(":7", ((Decl.Func) f.decls().getFirst()).body().rbrace().where("t.go"));
    }

    @Test
    void aSyntaxErrorIsReportedWhereTheDirectivePutsIt() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("t.go", """
                package main
                func main() {
                //line gen.y:10
                \tx := 1 +
                }
                """));
        assertEquals("gen.y:11: syntax error: unexpected }, expected expression", e.getMessage());
        assertEquals(5, e.line(), "the real line stays");
    }
}
