package gosub.parser;

import static org.junit.jupiter.api.Assertions.fail;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.SourceFile;
import gosub.ast.Stmt;
import java.util.List;

/** Parses Go fragments wrapped in the smallest file that makes them valid. */
final class Snippets {

    private Snippets() {
    }

    static SourceFile file(String source) {
        try {
            return Parser.parse("t.go", source);
        } catch (SyntaxError e) {
            return fail("unexpected " + e, e);
        }
    }

    /** The top-level declarations of {@code package p} followed by source. */
    static List<Decl> decls(String source) {
        return file("package p\n" + source + "\n").decls();
    }

    static Decl decl(String source) {
        return decls(source).getFirst();
    }

    /** The statements of a function body. */
    static List<Stmt> body(String statements) {
        Decl.Func f = (Decl.Func) decl("func f() {\n" + statements + "\n}");
        return f.body().stmts();
    }

    static Stmt stmt(String statement) {
        return body(statement).getFirst();
    }

    /** An expression, as the value of {@code var _ = ...}. */
    static Expr expr(String expression) {
        Decl.Var v = (Decl.Var) decl("var _ = " + expression);
        return v.specs().getFirst().values().getFirst();
    }
}
