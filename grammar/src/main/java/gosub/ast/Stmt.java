package gosub.ast;

import java.util.List;

/** Statements, shaped like go/ast. */
public sealed interface Stmt extends Node {

    /** {@code { ... }}; rbrace is the closing brace (Go reports "missing return" there). */
    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {
    }

    record ExprStmt(Pos pos, Expr x) implements Stmt {
    }

    record Send(Pos pos, Expr chan, Expr value) implements Stmt {
    }

    record IncDec(Pos pos, Expr x, boolean inc) implements Stmt {
    }

    /** {@code lhs op rhs} with op one of {@code = := += -= *= /= %= &= |= ^= <<= >>= &^=}; pos is the operator's position. */
    record Assign(Pos pos, List<Expr> lhs, AssignOp op, List<Expr> rhs) implements Stmt {
    }

    record Go(Pos pos, Expr.Call call) implements Stmt {
    }

    record Defer(Pos pos, Expr.Call call) implements Stmt {
    }

    record Return(Pos pos, List<Expr> results) implements Stmt {
    }

    /**
     * {@code break}, {@code continue}, {@code goto}, {@code fallthrough}; label and labelPos (where Go reports label
     * errors) are null without a label.
     */
    record Branch(Pos pos, BranchKind kind, String label, Pos labelPos) implements Stmt {
    }

    /** A var, const or type declaration inside a function. */
    record DeclStmt(Pos pos, Decl decl) implements Stmt {
    }

    record Labeled(Pos pos, String label, Stmt stmt) implements Stmt {
    }

    /** els is null, a Block, or another If. */
    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {
    }

    /** exprs is empty for {@code default}. */
    record CaseClause(Pos pos, boolean isDefault, List<Expr> exprs, List<Stmt> body) implements Node {
    }

    /** tag is null for {@code switch { ... }}. */
    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {
    }

    /**
     * {@code switch [init;] [bind :=] x.(type) { ... }}; bind is null when absent. Case expressions are types, or the
     * identifier {@code nil}.
     */
    record TypeSwitch(Pos pos, Stmt init, String bind, Pos bindPos, Expr x, List<CaseClause> clauses, Pos rbrace) implements Stmt {
    }

    /**
     * One select case: comm is null for {@code default}, else a {@link Send}, an {@link ExprStmt} holding a receive
     * {@code <-ch}, or an {@link Assign} ({@code v := <-ch}, {@code v, ok = <-ch}).
     */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) implements Node {
    }

    record Select(Pos pos, List<CommClause> clauses) implements Stmt {
    }

    /** Any part may be null: {@code for {}}, {@code for cond {}}, {@code for init; cond; post {}}. */
    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {
    }

    /**
     * {@code for key, value := range x} ({@code define}) or {@code for key, value = range x}; key and value may be
     * null ({@code for range x}).
     */
    record Range(Pos pos, Expr key, Expr value, boolean define, Expr x, Block body) implements Stmt {
    }

    record Empty(Pos pos) implements Stmt {
    }
}
