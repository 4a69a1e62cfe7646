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
        assertEquals(new Pos(1, 1), file.pos());
        SourceFile.ImportSpec fmt = file.imports().getFirst();
        assertEquals(new Pos(3, 8), fmt.pos());
        assertEquals(new Pos(3, 8), fmt.pathPos());
    }

    @Test
    void functionAndReceiver() {
        assertEquals(new Pos(5, 1), push.pos());
        assertEquals(new Pos(5, 20), push.namePos());
        assertEquals(new Pos(5, 6), push.recv().pos());
        assertEquals(new Pos(5, 25), push.type().params().getFirst().pos());
        assertEquals(new Pos(5, 30), push.body().pos());
        assertEquals(new Pos(16, 1), push.body().rbrace());
    }

    @Test
    void assignmentAndBinaryAtTheirOperators() {
        Stmt.Assign assign = (Stmt.Assign) body.get(0);
        assertEquals(new Pos(6, 4), assign.pos());
        assertEquals(new Pos(6, 2), assign.lhs().getFirst().pos());
        Expr.Binary sum = (Expr.Binary) assign.rhs().getFirst();
        assertEquals(new Pos(6, 9), sum.pos());
        assertEquals(new Pos(6, 7), sum.x().pos());
        assertEquals(new Pos(6, 11), sum.y().pos());
    }

    @Test
    void callsAndSelectors() {
        Expr.Call call = (Expr.Call) ((Stmt.ExprStmt) body.get(1)).x();
        assertEquals(new Pos(7, 2), call.pos());
        assertEquals(new Pos(7, 13), call.lparen());
        Expr.Selector println = (Expr.Selector) call.fun();
        assertEquals(new Pos(7, 2), println.pos());
        assertEquals(new Pos(7, 6), println.selPos());
        Expr.Selector items = (Expr.Selector) call.args().get(1);
        assertEquals(new Pos(7, 17), items.pos());
        assertEquals(new Pos(7, 19), items.selPos());
    }

    @Test
    void incDecAndSendAtTheirOperators() {
        assertEquals(new Pos(8, 5), body.get(2).pos());
        assertEquals(new Pos(9, 5), body.get(3).pos());
    }

    @Test
    void statementsAtTheirKeywords() {
        Stmt.If ifStmt = (Stmt.If) body.get(4);
        assertEquals(new Pos(10, 2), ifStmt.pos());
        assertEquals(new Pos(10, 11), ifStmt.then().pos());
        assertEquals(new Pos(11, 3), ifStmt.then().stmts().getFirst().pos());
        assertEquals(new Pos(12, 2), ifStmt.then().rbrace());
        Stmt.Labeled label = (Stmt.Labeled) body.get(5);
        assertEquals(new Pos(13, 1), label.pos());
        assertEquals(new Pos(14, 2), label.stmt().pos());
    }

    @Test
    void columnsCountCharactersNotBytes() {
        Expr.Binary b = (Expr.Binary) Snippets.expr("\"äöü\" + x");
        assertEquals(new Pos(2, 15), b.pos());
    }
}
