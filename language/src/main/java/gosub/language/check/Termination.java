package gosub.language.check;

import gosub.ast.BranchKind;
import gosub.ast.Expr;
import gosub.ast.Stmt;

import java.util.List;

/**
 * Terminating statements as the spec defines them, for "missing return": return, goto, panic, and the blocks, ifs,
 * loops, switches and selects that end in one without a break that leaves them.
 */
final class Termination {
    private final Checker ck;

    Termination(Checker ck) {
        this.ck = ck;
    }

    boolean isTerminatingList(List<Stmt> list) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof Stmt.Empty) {
                continue;
            }
            return isTerminating(list.get(i), null);
        }
        return false;
    }

    private boolean isTerminating(Stmt s, String label) {
        switch (s) {
            case Stmt.Return r -> {
                return true;
            }
            case Stmt.Branch b -> {
                return b.kind() == BranchKind.GOTO || b.kind() == BranchKind.FALLTHROUGH;
            }
            case Stmt.ExprStmt es -> {
                return ck.exprs.unparen(es.x()) instanceof Expr.Call c && ck.exprs.builtinName(c).equals("panic");
            }
            case Stmt.Block b -> {
                return isTerminatingList(b.stmts());
            }
            case Stmt.If i -> {
                return i.els() != null && isTerminatingList(i.then().stmts()) && isTerminating(i.els(), null);
            }
            case Stmt.Labeled l -> {
                return isTerminating(l.stmt(), l.label());
            }
            case Stmt.For f -> {
                return f.cond() == null && !hasBreak(f.body(), label);
            }
            case Stmt.Switch sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cc : sw.clauses()) {
                    hasDefault |= cc.isDefault();
                    if (!isTerminatingList(cc.body()) && !endsInFallthrough(cc.body()) || hasBreakList(cc.body(), label)) {
                        return false;
                    }
                }
                return hasDefault;
            }
            case Stmt.TypeSwitch sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cc : sw.clauses()) {
                    hasDefault |= cc.isDefault();
                    if (!isTerminatingList(cc.body()) || hasBreakList(cc.body(), label)) {
                        return false;
                    }
                }
                return hasDefault;
            }
            case Stmt.Select sel -> {
                for (Stmt.CommClause cc : sel.clauses()) {
                    if (!isTerminatingList(cc.body()) || hasBreakList(cc.body(), label)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean endsInFallthrough(List<Stmt> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Branch b && b.kind() == BranchKind.FALLTHROUGH;
    }

    private boolean hasBreakList(List<Stmt> list, String label) {
        for (Stmt s : list) {
            if (hasBreak(s, label)) {
                return true;
            }
        }
        return false;
    }

    /** Whether s contains a break that leaves the enclosing statement (labelled label, or unlabelled). */
    private boolean hasBreak(Stmt s, String label) {
        switch (s) {
            case Stmt.Branch b -> {
                return b.kind() == BranchKind.BREAK && (b.label() == null || b.label().equals(label));
            }
            case Stmt.Block b -> {
                for (Stmt x : b.stmts()) {
                    if (hasBreak(x, label)) {
                        return true;
                    }
                }
                return false;
            }
            case Stmt.If i -> {
                return hasBreak(i.then(), label) || i.els() != null && hasBreak(i.els(), label);
            }
            case Stmt.Labeled l -> {
                return hasBreak(l.stmt(), label);
            }
            case Stmt.For f -> {
                return label != null && hasLabeledBreak(f.body(), label);
            }
            case Stmt.Range r -> {
                return label != null && hasLabeledBreak(r.body(), label);
            }
            case Stmt.Switch sw -> {
                return label != null && sw.clauses().stream().anyMatch(cc -> anyLabeledBreak(cc.body(), label));
            }
            case Stmt.TypeSwitch sw -> {
                return label != null && sw.clauses().stream().anyMatch(cc -> anyLabeledBreak(cc.body(), label));
            }
            case Stmt.Select sel -> {
                return label != null && sel.clauses().stream().anyMatch(cc -> anyLabeledBreak(cc.body(), label));
            }
            default -> {
                return false;
            }
        }
    }

    private boolean anyLabeledBreak(List<Stmt> stmts, String label) {
        return stmts.stream().anyMatch(x -> hasLabeledBreak(x, label));
    }

    private boolean hasLabeledBreak(Stmt s, String label) {
        if (s instanceof Stmt.Branch b) {
            return b.kind() == BranchKind.BREAK && label.equals(b.label());
        }
        if (s instanceof Stmt.Block b) {
            for (Stmt x : b.stmts()) {
                if (hasLabeledBreak(x, label)) {
                    return true;
                }
            }
            return false;
        }
        return hasBreak(s, label) && !(s instanceof Stmt.Branch);
    }
}
