package gosub.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.ast.SourceFile;
import gosub.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Positions are 1-based line and column; operators carry the positions Go reports errors at. */
class PositionTest {

    private static final String SOURCE = """
            package main

            import "fmt"

            func (s *Stack[T]) Push(v T) {
            \tx := a + b
            \tfmt.Println(x, s.items)
            \ts.n++
            \tch <- x
            \tif x > 1 {
            \t\treturn
            \t}
            L:
            \tfor {
            \t}
            }
            """;

    private final SourceFile file = Snippets.file(SOURCE);
    private final Decl.Func push = (Decl.Func) file.decls().getFirst();
    private final List<Stmt> body = push.body().stmts();

    @Test
    void fileAndImports() {
        assertEquals(new Pos(1, 1, "t.go"), file.pos());
        SourceFile.ImportSpec fmt = file.imports().getFirst();
        assertEquals(new Pos(3, 8, "t.go"), fmt.pos());
        assertEquals(new Pos(3, 8, "t.go"), fmt.pathPos());
    }

    @Test
    void functionAndReceiver() {
        assertEquals(new Pos(5, 1, "t.go"), push.pos());
        assertEquals(new Pos(5, 20, "t.go"), push.namePos());
        assertEquals(new Pos(5, 6, "t.go"), push.recv().pos());
        assertEquals(new Pos(5, 25, "t.go"), push.type().params().getFirst().pos());
        assertEquals(new Pos(5, 30, "t.go"), push.body().pos());
        assertEquals(new Pos(16, 1, "t.go"), push.body().rbrace());
    }

    @Test
    void assignmentAndBinaryAtTheirOperators() {
        Stmt.Assign assign = (Stmt.Assign) body.get(0);
        assertEquals(new Pos(6, 4, "t.go"), assign.pos());
        assertEquals(new Pos(6, 2, "t.go"), assign.lhs().getFirst().pos());
        Expr.Binary sum = (Expr.Binary) assign.rhs().getFirst();
        assertEquals(new Pos(6, 9, "t.go"), sum.pos());
        assertEquals(new Pos(6, 7, "t.go"), sum.x().pos());
        assertEquals(new Pos(6, 11, "t.go"), sum.y().pos());
    }

    @Test
    void callsAndSelectors() {
        Expr.Call call = (Expr.Call) ((Stmt.ExprStmt) body.get(1)).x();
        assertEquals(new Pos(7, 2, "t.go"), call.pos());
        assertEquals(new Pos(7, 13, "t.go"), call.lparen());
        Expr.Selector println = (Expr.Selector) call.fun();
        assertEquals(new Pos(7, 2, "t.go"), println.pos());
        assertEquals(new Pos(7, 6, "t.go"), println.selPos());
        Expr.Selector items = (Expr.Selector) call.args().get(1);
        assertEquals(new Pos(7, 17, "t.go"), items.pos());
        assertEquals(new Pos(7, 19, "t.go"), items.selPos());
    }

    @Test
    void incDecAndSendAtTheirOperators() {
        assertEquals(new Pos(8, 5, "t.go"), body.get(2).pos());
        assertEquals(new Pos(9, 5, "t.go"), body.get(3).pos());
    }

    @Test
    void statementsAtTheirKeywords() {
        Stmt.If ifStmt = (Stmt.If) body.get(4);
        assertEquals(new Pos(10, 2, "t.go"), ifStmt.pos());
        assertEquals(new Pos(10, 11, "t.go"), ifStmt.then().pos());
        assertEquals(new Pos(11, 3, "t.go"), ifStmt.then().stmts().getFirst().pos());
        assertEquals(new Pos(12, 2, "t.go"), ifStmt.then().rbrace());
        Stmt.Labeled label = (Stmt.Labeled) body.get(5);
        assertEquals(new Pos(13, 1, "t.go"), label.pos());
        assertEquals(new Pos(14, 2, "t.go"), label.stmt().pos());
    }

    @Test
    void columnsCountCharactersNotBytes() {
        Expr.Binary b = (Expr.Binary) Snippets.expr("\"äöü\" + x");
        assertEquals(new Pos(2, 15, "t.go"), b.pos());
    }
}
