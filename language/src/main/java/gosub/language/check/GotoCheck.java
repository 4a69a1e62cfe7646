package gosub.language.check;

import gosub.ast.AssignOp;
import gosub.ast.BranchKind;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.ast.Stmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Where a goto may jump, checked on one function body (function literals are bodies of their own). The label must
 * be declared in the goto's block or in a block around it, and a forward jump must not skip the declaration of a
 * variable in the label's block, which would then be in scope without having been initialized.
 *
 * <p>One pass over the statements suffices: a goto to a label already seen is backward and legal exactly when the
 * label's block encloses the goto. Other gotos wait, each block handing the ones it could not settle to the block
 * around it, until a label of that name appears in the block; whatever is left when the body ends jumps into a
 * block (or names no label at all).
 */
final class GotoCheck {
    /** A block: where it starts (Go names it so in errors) and the block around it. */
    private record Block(Block outer, Pos start) {
        boolean isWithin(Block b) {
            for (Block x = this; x != null; x = x.outer) {
                if (x == b) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String file;
    private final BiConsumer<Pos, String> report;
    /** Every label of the body seen so far, with the block that declares it. */
    private final Map<String, Block> labels = new HashMap<>();

    private GotoCheck(String file, BiConsumer<Pos, String> report) {
        this.file = file;
        this.report = report;
    }

    /** Checks the gotos of a function body, reporting each bad one with its label's position. */
    static void check(String file, Stmt.Block body, BiConsumer<Pos, String> report) {
        GotoCheck c = new GotoCheck(file, report);
        for (Stmt.Branch g : c.block(null, body.pos(), body.stmts())) {
            Block target = c.labels.get(g.label());
            if (target == null) {
                report.accept(g.labelPos(), "label " + g.label() + " not defined");
            } else {
                report.accept(g.labelPos(), "goto " + g.label() + " jumps into block starting at " + c.where(target.start()));
            }
        }
    }

    private String where(Pos p) {
        return file + ":" + p.line() + ":" + p.col();
    }

    /** Walks one block's statements; returns its gotos to labels that are not in it (yet). */
    private List<Stmt.Branch> block(Block outer, Pos start, List<Stmt> stmts) {
        Block b = new Block(outer, start);
        List<Stmt.Branch> pending = new ArrayList<>();
        // the latest variable declaration of this block, and the gotos pending when it was made
        Pos declPos = null;
        String declName = null;
        List<Stmt.Branch> skipping = List.of();
        for (Stmt s : stmts) {
            while (s instanceof Stmt.Labeled l) {
                if (!l.label().equals("_")) {
                    labels.putIfAbsent(l.label(), b);
                    for (var it = pending.iterator(); it.hasNext();) {
                        Stmt.Branch g = it.next();
                        if (g.label().equals(l.label())) {
                            it.remove();
                            if (skipping.contains(g)) {
                                report.accept(g.labelPos(), "goto " + g.label() + " jumps over declaration of " + declName + " at " + where(declPos));
                            }
                        }
                    }
                }
                s = l.stmt();
            }
            switch (s) {
                case Stmt.Branch g when g.kind() == BranchKind.GOTO -> {
                    Block target = labels.get(g.label());
                    if (target == null || !b.isWithin(target)) {
                        pending.add(g);
                    }
                }
                case Stmt.DeclStmt ds when ds.decl() instanceof Decl.Var v && !v.specs().isEmpty() -> {
                    Expr.Ident first = v.specs().getFirst().names().getFirst();
                    declPos = first.pos();
                    declName = first.name();
                    skipping = List.copyOf(pending);
                }
                case Stmt.Assign a when a.op() == AssignOp.DEFINE -> {
                    declPos = a.pos();
                    declName = String.join(", ", a.lhs().stream().map(ExprPrinter::print).toList());
                    skipping = List.copyOf(pending);
                }
                case Stmt.Block inner -> pending.addAll(block(b, inner.pos(), inner.stmts()));
                case Stmt.If i -> {
                    pending.addAll(block(b, i.then().pos(), i.then().stmts()));
                    if (i.els() instanceof Stmt.Block e) {
                        pending.addAll(block(b, e.pos(), e.stmts()));
                    } else if (i.els() != null) {
                        pending.addAll(block(b, i.els().pos(), List.of(i.els())));
                    }
                }
                case Stmt.For f -> pending.addAll(block(b, f.body().pos(), f.body().stmts()));
                case Stmt.Range r -> pending.addAll(block(b, r.body().pos(), r.body().stmts()));
                case Stmt.Switch sw -> {
                    for (Stmt.CaseClause cc : sw.clauses()) {
                        pending.addAll(block(b, cc.pos(), cc.body()));
                    }
                }
                case Stmt.TypeSwitch ts -> {
                    for (Stmt.CaseClause cc : ts.clauses()) {
                        pending.addAll(block(b, cc.pos(), cc.body()));
                    }
                }
                case Stmt.Select sel -> {
                    for (Stmt.CommClause cc : sel.clauses()) {
                        pending.addAll(block(b, cc.pos(), cc.body()));
                    }
                }
                default -> {
                }
            }
        }
        return pending;
    }
}
