package gosub.language.check;

import gosub.ast.AssignOp;
import gosub.ast.BranchKind;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.ast.Stmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels and branch statements: labeled statements, break, continue, goto and fallthrough, and the labels of a
 * body that are defined twice or never used. Break and continue are checked where they stand, against the
 * statements around them ({@link Environment.Function#targets}); gotos are checked once the whole body is known.
 *
 * <p>Where a goto may jump: the label must be declared in the goto's block or in a block around it, and a forward
 * jump must not skip the declaration of a variable in the label's block, which would then be in scope without
 * having been initialized. One pass over the statements suffices: a goto to a label already seen is backward and
 * legal exactly when the label's block encloses the goto. Other gotos wait, each block handing the ones it could not
 * settle to the block around it, until a label of that name appears in the block; whatever is left when the body
 * ends jumps into a block (or names no label at all).
 *
 * <p>Go's parser makes these checks, not its type checker, and skips them for a body in which it found an error of
 * its own (see {@link gosub.ast.SourceFile#bodiesWithParseErrors()}): such a body's branches are then not reported.
 */
final class Labels {
    private final Checker ck;

    Labels(Checker ck) {
        this.ck = ck;
    }

    /** An enclosing statement that break (and, for a loop, continue) may target, with its label or null. */
    record Target(String label, boolean loop, Stmt stmt) {
    }

    /** The labels of one function body (a function literal's are its own). */
    static final class OfBody {
        /** Each label with where it is first defined. */
        final Map<String, Pos> defined = new HashMap<>();
        final Set<String> used = new HashSet<>();
        final List<Stmt.Branch> gotos = new ArrayList<>();
        /** The body holds an error of the parser's: its branches go unreported. */
        boolean unchecked;
    }

    /** A misplaced fallthrough the switch around it has found (a branch error like the others). */
    void fallthroughError(Pos pos, String msg) {
        error(pos, msg);
    }

    private void error(Pos pos, String msg) {
        if (!ck.env.func.labels.unchecked) {
            ck.branchError(pos, msg);
        }
    }

    void branchStmt(Stmt.Branch b) {
        Environment.Function fn = ck.env.func;
        switch (b.kind()) {
            case BREAK -> {
                if (b.label() != null) {
                    if (!fn.labels.defined.containsKey(b.label())) {
                        error(b.labelPos(), "break label not defined: " + b.label());
                    } else {
                        fn.labels.used.add(b.label());
                        if (fn.targets.stream().noneMatch(t -> b.label().equals(t.label()))) {
                            error(b.labelPos(), "invalid break label " + b.label());
                        }
                    }
                } else if (fn.targets.isEmpty()) {
                    error(b.pos(), "break is not in a loop, switch, or select");
                }
            }
            case CONTINUE -> {
                if (b.label() != null) {
                    if (!fn.labels.defined.containsKey(b.label())) {
                        error(b.labelPos(), "continue label not defined: " + b.label());
                    } else {
                        fn.labels.used.add(b.label());
                        if (fn.targets.stream().noneMatch(t -> b.label().equals(t.label()) && t.loop())) {
                            error(b.labelPos(), "invalid continue label " + b.label());
                        }
                    }
                } else if (fn.targets.stream().noneMatch(Target::loop)) {
                    error(b.pos(), "continue is not in a loop");
                }
            }
            case GOTO -> fn.labels.gotos.add(b);
            case FALLTHROUGH -> {
                // the switch around it has said whether this one ends a case clause that may fall through
                if (!fn.fallthroughOk.contains(b)) {
                    boolean inTypeSwitch = !fn.targets.isEmpty() && fn.targets.peek().stmt() instanceof Stmt.TypeSwitch;
                    error(b.pos(), inTypeSwitch ? "cannot fallthrough in type switch" : "fallthrough statement out of place");
                }
            }
        }
    }

    void labeled(Stmt.Labeled l) {
        Map<String, Pos> defined = ck.env.func.labels.defined;
        Pos first = defined.putIfAbsent(l.label(), l.pos());
        if (first != null) {
            error(l.pos(), "label " + l.label() + " already defined at " + ck.where(first));
        }
        switch (l.stmt()) {
            case Stmt.For f -> ck.stmts.forStmt(f, l.label());
            case Stmt.Range r -> ck.stmts.rangeStmt(r, l.label());
            case Stmt.Switch s -> ck.stmts.switchStmt(s, l.label());
            case Stmt.TypeSwitch ts -> ck.stmts.typeSwitch(ts, l.label());
            case Stmt.Select sel -> ck.stmts.selectStmt(sel, l.label());
            default -> ck.stmts.stmt(l.stmt());
        }
    }

    /** After a body: its gotos (each bad one reported at its label), then the labels nothing refers to. */
    void checkBody(Stmt.Block body) {
        OfBody labels = ck.env.func.labels;
        new Gotos().check(body);
        for (Stmt.Branch g : labels.gotos) {
            labels.used.add(g.label());
        }
        for (Map.Entry<String, Pos> l : labels.defined.entrySet()) {
            if (!labels.used.contains(l.getKey())) {
                error(l.getValue(), "label " + l.getKey() + " defined and not used");
            }
        }
    }

    /** The goto check of one body; see the class comment. */
    private final class Gotos {
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

        /** Every label of the body seen so far, with the block that declares it. */
        private final Map<String, Block> seen = new HashMap<>();

        void check(Stmt.Block body) {
            for (Stmt.Branch g : block(null, body.pos(), body.stmts())) {
                Block target = seen.get(g.label());
                if (target == null) {
                    error(g.labelPos(), "label " + g.label() + " not defined");
                } else {
                    error(g.labelPos(), "goto " + g.label() + " jumps into block starting at " + where(target.start()));
                }
            }
        }

        private String where(Pos p) {
            return ck.where(p);
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
                        seen.putIfAbsent(l.label(), b);
                        for (var it = pending.iterator(); it.hasNext();) {
                            Stmt.Branch g = it.next();
                            if (g.label().equals(l.label())) {
                                it.remove();
                                if (skipping.contains(g)) {
                                    error(g.labelPos(), "goto " + g.label() + " jumps over declaration of " + declName + " at " + where(declPos));
                                }
                            }
                        }
                    }
                    s = l.stmt();
                }
                switch (s) {
                    case Stmt.Branch g when g.kind() == BranchKind.GOTO -> {
                        Block target = seen.get(g.label());
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
}
