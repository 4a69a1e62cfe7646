package gosub.language.build;

import com.oracle.truffle.api.CallTarget;
import gosub.ast.AssignOp;
import gosub.ast.Expr;
import gosub.ast.Stmt;
import gosub.language.check.Entity;
import gosub.language.check.VarEntity;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.controlflow.ConcurrencyNodes;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.controlflow.RangeNodes;
import gosub.language.nodes.expression.ChannelNodes;
import gosub.language.types.ChanType;
import gosub.language.types.GoType;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.List;

/** Builds the nodes of Go's concurrency syntax (go, channel operations, select) on the runtime's scheduler. */
final class ConcurrencyBuilder {
    private ConcurrencyBuilder() {
    }

    static StmtNode goStmt(FunctionBuilder b, Stmt.Go g, CallBuilder.CallParts parts) {
        String name = g.call().fun() instanceof Expr.FuncLit ? "main.main.func" : gosub.language.check.ExprPrinter.print(g.call().fun());
        if (!name.contains(".")) {
            name = "main." + name;
        }
        return new ConcurrencyNodes.Go(parts.fnValue, parts.target, name, parts.args);
    }

    /**
     * go of a built-in ({@code go println(x)}, {@code go close(c)}): the arguments are evaluated now, and the
     * built-in runs in a new goroutine, as the body of a function made for it (Go makes such a wrapper too, named
     * as a function literal of the enclosing function). Which built-ins may be called so, the checker decides.
     */
    static StmtNode goBuiltin(FunctionBuilder b, Stmt.Go g) {
        Expr.Call c = b.calls.spread(g.call());
        List<Expr> values = c.args().stream().filter(a -> !b.info.consts.containsKey(a)).toList();
        FunctionBuilder w = new FunctionBuilder(b, b.nextLiteralName());
        ExprNode[] args = new ExprNode[values.size()];
        int[] slots = new int[values.size()];
        GoType.Rep[] reps = new GoType.Rep[values.size()];
        for (int i = 0; i < args.length; i++) {
            Expr a = values.get(i);
            GoType t = b.type(a);
            args[i] = b.exprs.expr(a);
            reps[i] = t.rep();
            slots[i] = w.slot();
            w.deferredArgs.put(a, new FunctionBuilder.DeferredArg(slots[i], reps[i]));
        }
        StmtNode call = w.calls.builtinStmt(c);
        if (call == null) {
            call = new ControlNodes.Discard(w.exprs.expr(c));
        }
        // a statement list of one, so that a panic of the built-in (close of nil) records the wrapper's frame
        StmtNode body = new ControlNodes.Block(new StmtNode[] {w.at(call, g)});
        CallTarget target = w.finishWrapper(new ConcurrencyNodes.BuiltinGoroutineBody(slots, reps, body));
        return new ConcurrencyNodes.Go(null, () -> target, w.goName, args);
    }

    static StmtNode send(FunctionBuilder b, ExprNode ch, ExprNode value) {
        return new ChannelNodes.Send(ch, value);
    }

    static ExprNode receive(FunctionBuilder b, ExprNode ch, GoType elem, boolean commaOk) {
        return new ChannelNodes.Receive(ch, commaOk);
    }

    static StmtNode close(FunctionBuilder b, ExprNode ch) {
        return new ChannelNodes.Close(ch);
    }

    static ExprNode lenCap(FunctionBuilder b, ExprNode ch, boolean cap) {
        return new ChannelNodes.LenCap(ch, cap);
    }

    static ExprNode makeChan(FunctionBuilder b, ChanType t, ExprNode size) {
        return new ChannelNodes.Make(size, t);
    }

    static StmtNode rangeChannel(FunctionBuilder b, ExprNode ch, StmtNode assign, StmtNode body, Object target, int slot) {
        return new ConcurrencyNodes.RangeChannel(ch, assign, body, target, slot);
    }

    /** A case's channel operand; on a line of its own, its run-time errors are reported there (LinedOperand). */
    private static ExprNode caseOperand(FunctionBuilder b, Expr ch) {
        return b.lined(b.exprs.expr(ch), FunctionBuilder.startOf(ch));
    }

    static StmtNode select(FunctionBuilder b, Stmt.Select sel, Object target) {
        if (target == null) {
            target = b.target(null, sel);
        }
        int valueSlot = b.slot();
        int okSlot = b.slot();
        List<ExprNode> chans = new ArrayList<>();
        List<ExprNode> sends = new ArrayList<>();
        List<StmtNode> bodies = new ArrayList<>();
        StmtNode defaultBody = null;
        for (Stmt.CommClause cc : sel.clauses()) {
            List<StmtNode> body = new ArrayList<>();
            b.vars.openBlock(); // a clause's received values are its own
            if (cc.comm() == null) {
                b.vars.closeBlock(null);
                defaultBody = b.stmts.statements(body, cc.body());
                continue;
            }
            switch (cc.comm()) {
                case Stmt.Send s -> {
                    chans.add(caseOperand(b, s.chan()));
                    GoType elem = ((ChanType) b.type(s.chan()).underlying()).elem;
                    sends.add(b.exprs.valueTo(s.value(), elem));
                }
                case Stmt.ExprStmt es -> {
                    Expr.Unary u = (Expr.Unary) FunctionBuilder.unparen(es.x());
                    chans.add(caseOperand(b, u.x()));
                    sends.add(null);
                }
                case Stmt.Assign a -> {
                    Expr.Unary u = (Expr.Unary) FunctionBuilder.unparen(a.rhs().get(0));
                    chans.add(caseOperand(b, u.x()));
                    sends.add(null);
                    GoType elem = ((ChanType) b.type(u.x()).underlying()).elem;
                    ExprNode value = new RangeNodes.Current(valueSlot);
                    ExprNode ok = new RangeNodes.Current(okSlot);
                    Expr[] lhs = {a.lhs().get(0), a.lhs().size() > 1 ? a.lhs().get(1) : null};
                    ExprNode[] src = {value, ok};
                    GoType[] types = {elem, Types.BOOL};
                    for (int i = 0; i < 2; i++) {
                        if (lhs[i] == null || FunctionBuilder.unparen(lhs[i]) instanceof Expr.Ident id && id.name().equals("_")) {
                            continue;
                        }
                        if (a.op() == AssignOp.DEFINE) {
                            Entity e = b.info.defs.get(lhs[i]);
                            if (e instanceof VarEntity v) {
                                body.add(b.declareVar(v, b.exprs.convert(src[i], types[i], v.type)));
                            }
                        } else {
                            body.add(b.assigns.store(lhs[i], b.exprs.convert(src[i], types[i], b.type(lhs[i]))));
                        }
                    }
                }
                default -> throw new Unbuildable(cc.comm(), "select case");
            }
            StmtNode clause = b.stmts.statements(body, cc.body());
            b.vars.closeBlock(clause);
            bodies.add(clause);
        }
        if (defaultBody != null) {
            bodies.add(defaultBody);
        }
        StmtNode node = new ConcurrencyNodes.SelectNode(chans.toArray(new ExprNode[0]), sends.toArray(new ExprNode[0]), defaultBody != null,
                        bodies.toArray(new StmtNode[0]), valueSlot, okSlot);
        return new ControlNodes.Breakable(node, target);
    }
}
