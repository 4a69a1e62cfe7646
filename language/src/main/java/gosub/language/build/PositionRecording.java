package gosub.language.build;

import gosub.ast.BranchKind;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Operator;
import gosub.ast.Stmt;
import gosub.language.check.FuncEntity;
import gosub.language.check.Info;
import gosub.language.check.Selection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which declared functions may record the goroutine's position while they run, themselves or through the functions
 * they call statically: block on a channel or in a select, poll for preemption in a loop (for, range, goto), call a
 * native, call a function value or an interface method, defer a call or start a goroutine.
 *
 * <p>Why it matters: a traceback of a goroutine reads its call-site table (GoroutineState.callSites) only up to the
 * depth of the position it last recorded, so the site of a call is read only if something below that call records a
 * position. A static call of a function that can never record one therefore need not note its site
 * (GoArguments.enter), and such calls — small helpers, leaf and recursive arithmetic — are where the noting cost
 * showed most (bench/fib: about 40 % at peak when every call noted its site).
 *
 * <p>The answer is exact for the program's own functions, whose bodies are checked before it runs, and "may record"
 * for a standard function whose body is not checked yet (checking it here would undo the lazy checking of the
 * standard packages). Mutually recursive functions share one answer: the strongly connected components of the
 * static call graph are found with Tarjan's algorithm as the graph is explored, and a component records if any of
 * its functions does so itself or calls, outside the component, one that does.
 *
 * <p>One instance serves a context (its functions' entities); queries are serialised.
 */
public final class PositionRecording {
    /** Final answers, for every function whose component is complete. */
    private final Map<FuncEntity, Boolean> answers = new HashMap<>();

    // The search in progress (Tarjan): order of discovery, lowest order reachable, functions of open components.
    private final Map<FuncEntity, Integer> order = new HashMap<>();
    private final Map<FuncEntity, Integer> lowest = new HashMap<>();
    private final Map<FuncEntity, Boolean> partial = new HashMap<>();
    private final ArrayDeque<FuncEntity> open = new ArrayDeque<>();
    private final Set<FuncEntity> isOpen = new HashSet<>();
    private int discovered;

    public synchronized boolean mayRecord(FuncEntity fe) {
        Boolean known = answers.get(fe);
        if (known != null) {
            return known;
        }
        explore(fe);
        order.clear();
        lowest.clear();
        partial.clear();
        return answers.get(fe);
    }

    /**
     * Whether the function literal fl, which appears in a function described by info, may record: its body itself,
     * or a function it calls statically. Not remembered: a literal's call site asks once.
     */
    public synchronized boolean mayRecord(Info info, Expr.FuncLit fl) {
        if (info == null || fl.body() == null) {
            return true;
        }
        Body body = new Body(info);
        body.stmt(fl.body());
        if (body.records) {
            return true;
        }
        for (FuncEntity callee : body.callees) {
            if (mayRecord(callee)) {
                return true;
            }
        }
        return false;
    }

    private void explore(FuncEntity fe) {
        int mine = discovered++;
        order.put(fe, mine);
        lowest.put(fe, mine);
        open.push(fe);
        isOpen.add(fe);
        Body body = new Body(fe.info);
        boolean records = !body.scan(fe);
        for (FuncEntity callee : records ? List.<FuncEntity>of() : body.callees) {
            Boolean known = answers.get(callee);
            if (known != null) {
                records |= known;
            } else if (!order.containsKey(callee)) {
                explore(callee);
                lowest.put(fe, Math.min(lowest.get(fe), lowest.get(callee)));
                Boolean done = answers.get(callee);
                records |= done != null ? done : partial.get(callee);
            } else if (isOpen.contains(callee)) {
                lowest.put(fe, Math.min(lowest.get(fe), order.get(callee)));
            }
        }
        partial.put(fe, records);
        if (lowest.get(fe) == mine) {
            List<FuncEntity> component = new ArrayList<>();
            boolean any = false;
            FuncEntity f;
            do {
                f = open.pop();
                isOpen.remove(f);
                component.add(f);
                any |= partial.get(f);
            } while (f != fe);
            for (FuncEntity member : component) {
                answers.put(member, any);
            }
        }
    }

    /**
     * One function body read for what records a position itself and for the functions it calls statically.
     * {@link #scan} answers false as soon as the body records (or cannot be read), true if only its callees decide.
     */
    private static final class Body {
        final Info info;
        final List<FuncEntity> callees = new ArrayList<>();
        boolean records;

        Body(Info info) {
            this.info = info;
        }

        boolean scan(FuncEntity fe) {
            if (fe.nativeName != null || fe.decl == null || fe.decl.body() == null || fe.bodyPending || info == null) {
                return false;
            }
            stmt(fe.decl.body());
            return !records;
        }

        private void stmts(List<Stmt> list) {
            for (Stmt s : list) {
                if (records) {
                    return;
                }
                stmt(s);
            }
        }

        private void stmt(Stmt s) {
            if (s == null || records) {
                return;
            }
            switch (s) {
                case Stmt.Block b -> stmts(b.stmts());
                case Stmt.ExprStmt e -> expr(e.x());
                case Stmt.IncDec i -> expr(i.x());
                case Stmt.Assign a -> {
                    exprs(a.lhs());
                    exprs(a.rhs());
                }
                case Stmt.Return r -> exprs(r.results());
                case Stmt.Branch b -> records = b.kind() == BranchKind.GOTO; // a goto may close a loop: it polls
                case Stmt.DeclStmt d -> {
                    if (d.decl() instanceof Decl.Var v) {
                        for (Decl.VarSpec spec : v.specs()) {
                            exprs(spec.values());
                        }
                    }
                }
                case Stmt.Labeled l -> stmt(l.stmt());
                case Stmt.If i -> {
                    stmt(i.init());
                    expr(i.cond());
                    stmt(i.then());
                    stmt(i.els());
                }
                case Stmt.Switch sw -> {
                    stmt(sw.init());
                    expr(sw.tag());
                    for (Stmt.CaseClause c : sw.clauses()) {
                        exprs(c.exprs());
                        stmts(c.body());
                    }
                }
                case Stmt.TypeSwitch ts -> {
                    stmt(ts.init());
                    expr(ts.x());
                    for (Stmt.CaseClause c : ts.clauses()) {
                        stmts(c.body());
                    }
                }
                case Stmt.Empty e -> {
                }
                // channel operations, loops (preemption polls) and deferred calls and go statements (they call)
                case Stmt.Send x -> records = true;
                case Stmt.Select x -> records = true;
                case Stmt.For x -> records = true;
                case Stmt.Range x -> records = true;
                case Stmt.Go x -> records = true;
                case Stmt.Defer x -> records = true;
            }
        }

        private void exprs(List<Expr> list) {
            for (Expr e : list) {
                expr(e);
            }
        }

        private void expr(Expr e) {
            if (e == null || records) {
                return;
            }
            switch (e) {
                case Expr.Call c -> call(c);
                case Expr.Unary u -> {
                    if (u.op() == Operator.RECV) {
                        records = true;
                    } else {
                        expr(u.x());
                    }
                }
                case Expr.Binary b -> {
                    expr(b.x());
                    expr(b.y());
                }
                case Expr.Paren p -> expr(p.x());
                case Expr.Selector s -> expr(s.x());
                case Expr.Star s -> expr(s.x());
                case Expr.Index i -> {
                    expr(i.x());
                    exprs(i.indices());
                }
                case Expr.Slice s -> {
                    expr(s.x());
                    expr(s.lo());
                    expr(s.hi());
                    expr(s.max());
                }
                case Expr.TypeAssert t -> expr(t.x());
                case Expr.CompositeLit c -> {
                    for (Expr.Element el : c.elems()) {
                        expr(el.key());
                        expr(el.value());
                    }
                }
                // a function literal's body is a function of its own, run only through a call of its value
                default -> {
                }
            }
        }

        private void call(Expr.Call c) {
            Info.CallKind kind = info.calls.get(c);
            Expr f = FunctionBuilder.unparen(c.fun());
            if (kind == null) {
                records = true;
                return;
            }
            switch (kind) {
                case CONVERSION, BUILTIN -> {
                }
                case FUNC -> callee(staticCallee(f));
                case METHOD -> {
                    Selection sel = f instanceof Expr.Selector s ? info.selections.get(s) : null;
                    if (sel == null) {
                        records = true;
                        return;
                    }
                    expr(((Expr.Selector) f).x());
                    callee(sel.methodEntity());
                }
                default -> records = true; // a function value or an interface method: any function at all
            }
            exprs(c.args());
        }

        private FuncEntity staticCallee(Expr f) {
            FuncEntity inst = info.instances.get(f);
            if (inst != null) {
                return inst;
            }
            if (f instanceof Expr.Ident id && info.uses.get(id) instanceof FuncEntity fe) {
                return fe;
            }
            if (f instanceof Expr.Selector s && info.qualified.get(s) instanceof FuncEntity fe) {
                return fe;
            }
            return null;
        }

        private void callee(FuncEntity fe) {
            if (fe == null || fe.nativeName != null) {
                records = true; // a native may block or call back into Go
            } else {
                callees.add(fe);
            }
        }
    }
}
