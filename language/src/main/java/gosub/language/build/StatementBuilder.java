package gosub.language.build;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.source.SourceSection;
import gosub.ast.AssignOp;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Operator;
import gosub.ast.Stmt;
import gosub.language.check.ConstValue;
import gosub.language.check.Entity;
import gosub.language.check.Info;
import gosub.language.check.VarEntity;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoRootNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.call.CallNodes;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.controlflow.DeferNode;
import gosub.language.nodes.controlflow.RangeFunc;
import gosub.language.nodes.controlflow.RangeNodes;
import gosub.language.nodes.controlflow.SwitchNode;
import gosub.language.nodes.expression.ConstNode;
import gosub.language.nodes.expression.ConversionNodes;
import gosub.language.nodes.expression.FuncNodes;
import gosub.language.nodes.expression.InterfaceNodes;
import gosub.language.nodes.expression.PointerNodes;
import gosub.language.nodes.expression.SliceNodes;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;

import java.util.ArrayList;
import java.util.List;

/** Builds the nodes of statements: blocks, if, for, range, switch, type switch, labels and branches, return, defer. */
final class StatementBuilder {
    private final FunctionBuilder fb;

    StatementBuilder(FunctionBuilder fb) {
        this.fb = fb;
    }

    StmtNode block(List<Stmt> stmts) {
        return statements(List.of(), stmts);
    }

    /**
     * A statement list that leading (nodes without a source statement, such as a case clause's variable) starts:
     * a block goto can jump in when a statement has a label.
     */
    StmtNode statements(List<StmtNode> leading, List<Stmt> stmts) {
        int n = leading.size();
        fb.vars.openBlock();
        StmtNode[] ns = leading.toArray(new StmtNode[n + stmts.size()]);
        String[] labels = new String[ns.length];
        boolean labelled = false;
        for (int i = 0; i < stmts.size(); i++) {
            ns[n + i] = stmt(stmts.get(i));
            if (stmts.get(i) instanceof Stmt.Labeled l) {
                labels[n + i] = l.label();
                labelled = true;
            }
        }
        StmtNode block = labelled ? new gosub.language.nodes.controlflow.GotoBlock(ns, labels) : new ControlNodes.Block(ns);
        fb.vars.closeBlock(block);
        return block;
    }

    StmtNode stmt(Stmt s) {
        // the variables a statement's header declares (if x := ...; for i := ...) are seen inside it only
        boolean scoped = s instanceof Stmt.If || s instanceof Stmt.For || s instanceof Stmt.Range || s instanceof Stmt.Switch
                        || s instanceof Stmt.TypeSwitch || s instanceof Stmt.Select || s instanceof Stmt.Labeled;
        if (scoped) {
            fb.vars.openBlock();
        }
        int outerLine = fb.statementLine;
        if (s.pos() != null) {
            fb.statementLine = s.pos().line();
        }
        StmtNode n;
        try {
            n = fb.at(stmt0(s), s);
        } finally {
            fb.statementLine = outerLine;
        }
        if (scoped) {
            fb.vars.closeBlock(n);
        }
        if (!(s instanceof Stmt.Empty)) {
            n.placeAs(StmtNode.Role.STATEMENT, fb.section(FunctionBuilder.startOf(s), FunctionBuilder.endOf(s)));
        }
        return n;
    }

    StmtNode stmt0(Stmt s) {
        switch (s) {
            case Stmt.Block b -> {
                return block(b.stmts());
            }
            case Stmt.Empty e -> {
                return new ControlNodes.Block(new StmtNode[0]);
            }
            case Stmt.ExprStmt es -> {
                return fb.order.statement(scan -> scan.operand(es.x(), null, true), () -> exprStmt(es.x()));
            }
            case Stmt.IncDec id -> {
                GoType t = fb.type(id.x());
                ExprNode one = t.isFloat() ? new ConstNode(1.0) : t.isComplex() ? new ConstNode(new gosub.language.values.Complex(1, 0)) : new ConstNode(1L);
                return fb.order.statement(scan -> scan.target(id.x(), true),
                                () -> fb.assigns.compound(id.x(), cur -> fb.exprs.arith(id.inc() ? Operator.ADD : Operator.SUB, t, cur, one)));
            }
            case Stmt.Assign a -> {
                return fb.order.statement(scan -> fb.assigns.operands(scan, a), () -> fb.assigns.assign(a));
            }
            case Stmt.Return r -> {
                return fb.order.statement(scan -> returnOperands(scan, r), () -> returnStmt(r));
            }
            case Stmt.If i -> {
                List<StmtNode> parts = new ArrayList<>();
                if (i.init() != null) {
                    parts.add(stmt(i.init()));
                }
                parts.add(new ControlNodes.If(fb.exprs.cond(i.cond()), block(i.then().stmts()), i.els() == null ? null : stmt(i.els())));
                return parts.size() == 1 ? parts.get(0) : new ControlNodes.Block(parts.toArray(new StmtNode[0]));
            }
            case Stmt.For f -> {
                return forStmt(f, null);
            }
            case Stmt.Range r -> {
                return rangeStmt(r, null);
            }
            case Stmt.Switch sw -> {
                return switchStmt(sw, null);
            }
            case Stmt.TypeSwitch ts -> {
                return typeSwitch(ts, null);
            }
            case Stmt.Labeled l -> {
                return labeled(l);
            }
            case Stmt.Branch b -> {
                return branch(b);
            }
            case Stmt.DeclStmt ds -> {
                return declStmt(ds.decl());
            }
            case Stmt.Defer d -> {
                return deferStmt(d);
            }
            case Stmt.Go g -> {
                if (fb.info.calls.get(g.call()) == Info.CallKind.BUILTIN) {
                    return ConcurrencyBuilder.goBuiltin(fb, g);
                }
                return ConcurrencyBuilder.goStmt(fb, g, fb.calls.callParts(g.call()));
            }
            case Stmt.Send send -> {
                GoType elem = ((ChanType) fb.type(send.chan()).underlying()).elem;
                return fb.order.statement(scan -> {
                    scan.operand(send.chan(), null, false);
                    scan.operand(send.value(), elem, false);
                }, () -> ConcurrencyBuilder.send(fb, fb.exprs.expr(send.chan()), fb.exprs.valueTo(send.value(), elem)));
            }
            case Stmt.Select sel -> {
                return ConcurrencyBuilder.select(fb, sel, null);
            }
        }
    }

    StmtNode exprStmt(Expr x) {
        Expr u = FunctionBuilder.unparen(x);
        if (u instanceof Expr.Call c && fb.info.calls.get(c) == Info.CallKind.BUILTIN) {
            StmtNode b = fb.calls.builtinStmt(c);
            if (b != null) {
                return b;
            }
        }
        return new ControlNodes.Discard(fb.exprs.expr(x));
    }

    StmtNode declStmt(Decl d) {
        if (d instanceof Decl.Var v) {
            List<StmtNode> out = new ArrayList<>();
            for (Decl.VarSpec vs : v.specs()) {
                List<VarEntity> vars = new ArrayList<>();
                for (Expr.Ident id : vs.names()) {
                    vars.add((VarEntity) fb.info.defs.get(id));
                }
                if (vs.values().size() > 1) {
                    out.add(fb.assigns.defineVars(vars, vs.values(), vs, true)); // Go orders each value on its own
                } else {
                    out.add(fb.order.statement(scan -> fb.assigns.defineOperands(scan, vars, vs.values()), () -> fb.assigns.defineVars(vars, vs.values(), vs)));
                }
            }
            return new ControlNodes.Block(out.toArray(new StmtNode[0]));
        }
        return new ControlNodes.Block(new StmtNode[0]); // const and type declarations have no run-time effect
    }

    /** The results of r as the order step sees them (see OperandOrder). */
    private void returnOperands(OperandOrder.Scan scan, Stmt.Return r) {
        List<GoType> want = fb.currentResults();
        List<Expr> rs = r.results();
        if (rs.size() == 1 && want.size() > 1) {
            scan.operand(rs.get(0), null, true);
            return;
        }
        for (int i = 0; i < rs.size(); i++) {
            scan.operand(rs.get(i), i < want.size() ? want.get(i) : null, false);
        }
    }

    StmtNode returnStmt(Stmt.Return r) {
        List<GoType> want = fb.currentResults();
        int line = r.pos() == null ? 0 : r.pos().line();
        if (r.results().isEmpty()) {
            if (!fb.namedResults.isEmpty()) {
                return fb.deferSlot >= 0 ? new ControlNodes.Return(null, fb.deferSlot, line) : returnValue(fb.readNamedResults(), line);
            }
            return new ControlNodes.Return(null, fb.deferSlot, line);
        }
        ExprNode value;
        if (r.results().size() == 1 && want.size() > 1) {
            value = fb.exprs.expr(r.results().get(0)); // f() returning a tuple
        } else if (want.size() == 1) {
            value = fb.exprs.valueTo(r.results().get(0), want.get(0));
        } else {
            ExprNode[] vals = new ExprNode[want.size()];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = fb.exprs.valueTo(r.results().get(i), want.get(i));
            }
            value = new ControlNodes.Tuple(vals);
        }
        if (!fb.namedResults.isEmpty() && fb.deferSlot >= 0) {
            // results must be visible to deferred calls: store them into the named result variables
            List<StmtNode> out = new ArrayList<>();
            if (want.size() == 1) {
                out.add(fb.writeVar(fb.namedResults.get(0), value));
            } else {
                int tmp = fb.slot();
                out.add(LocalNodes.write(tmp, Rep.OBJECT, value));
                for (int i = 0; i < want.size(); i++) {
                    out.add(fb.writeVar(fb.namedResults.get(i), fb.exprs.convert(new CallNodes.TupleGet(LocalNodes.read(tmp, Rep.OBJECT), i), want.get(i), want.get(i))));
                }
            }
            out.add(new ControlNodes.Return(null, fb.deferSlot, line));
            return new ControlNodes.Block(out.toArray(new StmtNode[0]));
        }
        return returnValue(value, line);
    }

    /** A return of value, the function's result(s). */
    private StmtNode returnValue(ExprNode value, int line) {
        if (fb.resultSlot >= 0) {
            return new ControlNodes.Return(value, fb.deferSlot, line, fb.resultSlot, fb.currentResults().get(0).rep());
        }
        return new ControlNodes.Return(value, fb.deferSlot, line);
    }

    StmtNode labeled(Stmt.Labeled l) {
        return switch (l.stmt()) {
            case Stmt.For f -> forStmt(f, l.label());
            case Stmt.Range r -> rangeStmt(r, l.label());
            case Stmt.Switch s -> switchStmt(s, l.label());
            case Stmt.TypeSwitch ts -> typeSwitch(ts, l.label());
            case Stmt.Select sel -> ConcurrencyBuilder.select(fb, sel, fb.target(l.label(), sel));
            default -> stmt(l.stmt());
        };
    }

    StmtNode branch(Stmt.Branch b) {
        Object target = null;
        if (b.label() != null) {
            Stmt s = fb.labels.get(b.label());
            target = s == null ? null : fb.branchTargets.get(s);
        }
        return switch (b.kind()) {
            case BREAK -> new ControlNodes.Break(target);
            case CONTINUE -> new ControlNodes.Continue(target);
            case FALLTHROUGH -> new SwitchNode.Fallthrough();
            case GOTO -> new gosub.language.nodes.controlflow.GotoBlock.Goto(b.label());
        };
    }

    StmtNode forStmt(Stmt.For f, String label) {
        Object target = fb.target(label, f);
        List<StmtNode> out = new ArrayList<>();
        List<VarEntity> loopVars = new ArrayList<>();
        if (f.init() != null) {
            out.add(stmt(f.init()));
            if (f.init() instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE) {
                for (Expr l : a.lhs()) {
                    if (fb.info.defs.get(l) instanceof VarEntity v && (v.captured || v.addressTaken)) {
                        loopVars.add(v);
                    }
                }
            }
        }
        StmtNode body = block(f.body().stmts());
        if (f.body().stmts().stream().allMatch(st -> st instanceof Stmt.Empty)) {
            // an empty body is a statement of its own, so that tools see each turn of the loop: a statement limit
            // must stop `for {}` as it stops any other runaway loop
            body.placeAs(StmtNode.Role.STATEMENT, fb.section(f.body().pos(), f.body().rbrace()));
        }
        StmtNode post = f.post() == null ? null : stmt(f.post());
        if (!loopVars.isEmpty()) {
            // Go 1.22: each iteration has its own copy of the loop variables
            List<StmtNode> renew = new ArrayList<>();
            for (VarEntity v : loopVars) {
                renew.add(new LocalNodes.RenewCell(fb.slots.get(v)));
            }
            if (post != null) {
                renew.add(post);
            }
            post = new ControlNodes.Block(renew.toArray(new StmtNode[0]));
        }
        out.add(new ControlNodes.For(f.cond() == null ? null : fb.exprs.cond(f.cond()), body, post, target));
        return new ControlNodes.Block(out.toArray(new StmtNode[0]));
    }

    StmtNode rangeStmt(Stmt.Range r, String label) {
        Object target = fb.target(label, r);
        GoType xt = fb.type(r.x());
        GoType u = xt.underlying();
        VarEntity kv = r.key() == null ? null : rangeVar(r.key(), r.define());
        VarEntity vv = r.value() == null ? null : rangeVar(r.value(), r.define());
        // ints, strings, slices and arrays (and pointers to them) step through indexes, which stay unboxed
        boolean indexed = !(u instanceof FuncType || u instanceof ChanType || u instanceof MapType);
        int ks = fb.slot();
        int vs = fb.slot();
        ExprNode keyNode = indexed ? new RangeNodes.CurrentIndex(ks) : new RangeNodes.Current(ks);
        ExprNode valueNode = new RangeNodes.Current(vs);
        ExprNode x = fb.order.expression(r.x(), null, () -> fb.exprs.expr(r.x()));
        Info.RangeAssign assigned = fb.info.rangeAssigns.get(r);
        if (assigned != null) { // k, v = range x: an interface variable gets the value converted
            keyNode = fb.exprs.convert(keyNode, assigned.key(), assigned.keyTarget());
            valueNode = fb.exprs.convert(valueNode, assigned.value(), assigned.valueTarget());
        }
        StmtNode assignK = r.key() == null ? null : assignRange(r.key(), kv, r.define(), keyNode);
        StmtNode assignV = r.value() == null ? null : assignRange(r.value(), vv, r.define(), valueNode);
        if (assignK != null && assignV != null && !r.define()) {
            // key and value are assigned as in k, v = ...: the value's target is evaluated before the key is set
            List<StmtNode> pre = new ArrayList<>();
            java.util.function.Function<ExprNode, StmtNode> valueTarget = fb.assigns.prepareTarget(r.value(), pre);
            if (valueTarget != null) {
                pre.add(assignK);
                assignK = new ControlNodes.Block(pre.toArray(new StmtNode[0]));
                assignV = valueTarget.apply(valueNode);
            }
        }
        StmtNode body = block(r.body().stmts());
        if (u instanceof FuncType) {
            return rangeFunc(r, x, assignK, assignV, body, target, ks, vs);
        }
        if (u instanceof ChanType ct) {
            // a channel gives only a key, read from its slot like any other (assignK)
            return ConcurrencyBuilder.rangeChannel(fb, x, assignK, body, target, ks);
        }
        if (u instanceof BasicType b && b.kind().isInteger()) {
            return new RangeNodes.Count(x, assignK, body, target, ks, fb.slot());
        }
        if (u instanceof BasicType b && b.kind().isString()) {
            return new RangeNodes.OverString(x, assignK, assignV, body, target, ks, vs, fb.slot());
        }
        if (u instanceof MapType mt) {
            return new RangeNodes.OverMap(x, assignK, assignV, body, target, ks, vs);
        }
        boolean isArray = !(u instanceof SliceType);
        GoType elem = AssignmentBuilder.indexedElem(u);
        if (u instanceof PointerType pt && (r.value() == null || AssignmentBuilder.isBlank(r.value()))) {
            // only the indices: Go takes them from the type and never reads through the pointer, nil or not
            long length = ((ArrayType) pt.elem.underlying()).length;
            return new RangeNodes.Count(new SliceNodes.ArrayLen(x, length), assignK, body, target, ks, fb.slot());
        }
        if (u instanceof PointerType) {
            x = new PointerNodes.LoadAggregate(x);
        } else if (isArray && r.value() != null) {
            x = new ConversionNodes.CopyAggregate(xt, x); // the range expression is evaluated once: a copy of the array
        }
        return new RangeNodes.OverSlice(x, isArray, Aggregates.storageOf(elem), elem, assignK, assignV, body, target, ks, vs, fb.slot());
    }

    /**
     * Range over a function: the body becomes the root of the yield function the iterator is called with (see
     * {@link RangeFunc}); it runs in this function's frame, so it is built with this builder's slots.
     */
    StmtNode rangeFunc(Stmt.Range r, ExprNode iterator, StmtNode assignK, StmtNode assignV, StmtNode body, Object target, int ks, int vs) {
        String name = fb.goName + "-range" + (++fb.rangeFuncCounter);
        RangeFunc.Body yieldBody = new RangeFunc.Body(assignK, assignV, body, target, ks, vs);
        SourceSection section = fb.section(r.pos(), r.body().rbrace());
        // a root of the program as tools see it: its frames (the iterator's calls of yield) are on debuggers' stacks
        yieldBody.placeAs(StmtNode.Role.FUNCTION_BODY, section);
        GoRootNode root = new GoRootNode(fb.pkg.language, FrameDescriptor.newBuilder().build(), name, fb.file, section, yieldBody, -1, null, null);
        int stateSlot = fb.slot();
        ExprNode yield = new RangeFunc.MakeYield(stateSlot, root.getCallTarget(), name);
        ExprNode call = fb.at(new CallNodes.Dynamic(iterator, new ExprNode[] {yield}), r);
        RangeFunc.Loop loop = new RangeFunc.Loop(call, stateSlot);
        fb.rangeBodies.add(root);
        fb.vars.rangeBody(root, loop);
        return loop;
    }

    VarEntity rangeVar(Expr e, boolean define) {
        if (!define) {
            return null;
        }
        Entity d = fb.info.defs.get(e);
        return d instanceof VarEntity v && !v.name.equals("_") ? v : null;
    }

    /** The statement that stores the current iteration's key or value (read by source) into its variable. */
    StmtNode assignRange(Expr lhs, VarEntity v, boolean define, ExprNode source) {
        if (define) {
            if (v == null) {
                return null;
            }
            return fb.declareVar(v, source);
        }
        if (AssignmentBuilder.isBlank(lhs)) {
            return null;
        }
        return fb.assigns.store(lhs, source);
    }

    StmtNode switchStmt(Stmt.Switch sw, String label) {
        Object target = fb.target(label, sw);
        StmtNode init = sw.init() == null ? null : stmt(sw.init());
        int tagSlot = -1;
        GoType tagType = null;
        List<StmtNode> pre = new ArrayList<>();
        if (init != null) {
            pre.add(init);
        }
        if (sw.tag() != null) {
            tagType = fb.type(sw.tag());
            SwitchNode onConstants = constantIntSwitch(sw, tagType, init);
            if (onConstants != null) {
                return new ControlNodes.Breakable(onConstants, target);
            }
            tagSlot = fb.slot();
            pre.add(LocalNodes.write(tagSlot, tagType.rep(), fb.order.expression(sw.tag(), null, () -> fb.exprs.expr(sw.tag()))));
        }
        List<ExprNode> conds = new ArrayList<>();
        List<Integer> condClause = new ArrayList<>();
        StmtNode[] bodies = new StmtNode[sw.clauses().size()];
        int def = -1;
        for (int i = 0; i < sw.clauses().size(); i++) {
            Stmt.CaseClause cc = sw.clauses().get(i);
            if (cc.isDefault()) {
                def = i;
            }
            for (Expr e : cc.exprs()) {
                if (tagSlot < 0 && fb.type(e).isInterface()) {
                    conds.add(equality(Types.BOOL, new ConstNode(true), fb.type(e), fb.exprs.expr(e))); // a tagless switch compares with true
                } else if (tagSlot < 0) {
                    conds.add(fb.exprs.cond(e));
                } else {
                    GoType et = fb.type(e);
                    ExprNode tag = LocalNodes.read(tagSlot, tagType.rep());
                    conds.add(equality(tagType, tag, et, fb.order.expression(e, null, () -> fb.exprs.expr(e))));
                }
                condClause.add(i);
            }
            bodies[i] = block(cc.body());
        }
        int[] cc = condClause.stream().mapToInt(Integer::intValue).toArray();
        SwitchNode node = new SwitchNode(pre.isEmpty() ? null : new ControlNodes.Block(pre.toArray(new StmtNode[0])), conds.toArray(new ExprNode[0]), cc, bodies, def);
        return new ControlNodes.Breakable(node, target);
    }

    /** The switch of an integer tag whose cases are all constants, as a lookup of the tag's value; else null. */
    private SwitchNode constantIntSwitch(Stmt.Switch sw, GoType tagType, StmtNode init) {
        if (!(tagType.underlying() instanceof BasicType b) || !b.kind().isInteger()) {
            return null;
        }
        List<Long> values = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>();
        for (int i = 0; i < sw.clauses().size(); i++) {
            for (Expr e : sw.clauses().get(i).exprs()) {
                ConstValue cv = fb.info.consts.get(e);
                if (cv == null || !(fb.type(e).underlying() instanceof BasicType eb) || !eb.kind().isInteger()) {
                    return null;
                }
                values.add((Long) ExpressionBuilder.constValue(cv, tagType));
                clauses.add(i);
            }
        }
        StmtNode[] bodies = new StmtNode[sw.clauses().size()];
        int def = -1;
        for (int i = 0; i < bodies.length; i++) {
            if (sw.clauses().get(i).isDefault()) {
                def = i;
            }
            bodies[i] = block(sw.clauses().get(i).body());
        }
        return new SwitchNode(init, fb.order.expression(sw.tag(), null, () -> fb.exprs.expr(sw.tag())), values.stream().mapToLong(Long::longValue).toArray(),
                clauses.stream().mapToInt(Integer::intValue).toArray(), bodies, def);
    }

    /** x == y where the operands may differ in type only by one being an interface. */
    ExprNode equality(GoType xt, ExprNode x, GoType yt, ExprNode y) {
        if (xt.isInterface() && !yt.isInterface()) {
            y = fb.exprs.convert(y, yt, xt);
            yt = xt;
        } else if (yt.isInterface() && !xt.isInterface()) {
            x = fb.exprs.convert(x, xt, yt);
            xt = yt;
        }
        return fb.exprs.compare(Operator.EQL, xt, x, y);
    }

    StmtNode typeSwitch(Stmt.TypeSwitch ts, String label) {
        Object target = fb.target(label, ts);
        List<StmtNode> pre = new ArrayList<>();
        if (ts.init() != null) {
            pre.add(stmt(ts.init()));
        }
        int xs = fb.slot();
        pre.add(LocalNodes.write(xs, Rep.OBJECT, fb.order.expression(ts.x(), null, () -> fb.exprs.expr(ts.x()))));
        List<ExprNode> conds = new ArrayList<>();
        List<Integer> condClause = new ArrayList<>();
        StmtNode[] bodies = new StmtNode[ts.clauses().size()];
        int def = -1;
        for (int i = 0; i < ts.clauses().size(); i++) {
            Stmt.CaseClause cc = ts.clauses().get(i);
            if (cc.isDefault()) {
                def = i;
            }
            for (Expr e : cc.exprs()) {
                GoType t = fb.info.types.get(e);
                boolean isNil = t == Types.UNTYPED_NIL;
                conds.add(new InterfaceNodes.Is(LocalNodes.read(xs, Rep.OBJECT), isNil ? null : t, fb.pkg.methods));
                condClause.add(i);
            }
            List<StmtNode> body = new ArrayList<>();
            fb.vars.openBlock(); // each clause has a variable of its own
            VarEntity bound = fb.info.implicits.get(cc);
            if (bound != null) {
                ExprNode src = LocalNodes.read(xs, Rep.OBJECT);
                if (!bound.type.isInterface()) {
                    src = new InterfaceNodes.Unbox(src);
                }
                body.add(fb.declareVar(bound, src));
            }
            bodies[i] = statements(body, cc.body());
            fb.vars.closeBlock(bodies[i]);
        }
        int[] cc = condClause.stream().mapToInt(Integer::intValue).toArray();
        SwitchNode node = new SwitchNode(new ControlNodes.Block(pre.toArray(new StmtNode[0])), conds.toArray(new ExprNode[0]), cc, bodies, def);
        return new ControlNodes.Breakable(node, target);
    }

    StmtNode deferStmt(Stmt.Defer d) {
        Expr.Call c = d.call();
        if (fb.info.calls.get(c) == Info.CallKind.BUILTIN) {
            c = fb.calls.spread(c);
            // the arguments are evaluated now, into slots that the built-in's statement reads when it runs
            List<Expr> values = c.args().stream().filter(a -> !fb.info.consts.containsKey(a)).toList();
            ExprNode[] args = new ExprNode[values.size()];
            int[] slots = new int[values.size()];
            Rep[] reps = new Rep[values.size()];
            for (int i = 0; i < args.length; i++) {
                Expr a = values.get(i);
                GoType t = fb.type(a);
                args[i] = fb.exprs.expr(a);
                reps[i] = t.rep();
                slots[i] = fb.slot();
                fb.deferredArgs.put(a, new FunctionBuilder.DeferredArg(slots[i], reps[i]));
            }
            StmtNode b;
            ExprNode thunk;
            try {
                b = fb.calls.builtinStmt(c);
                thunk = b != null ? new FuncNodes.StmtAsExpr(b)
                                : fb.calls.builtinName(c).equals("recover") ? new ControlNodes.Recover(fb.armedSlot, true) : fb.exprs.expr(c);
            } finally {
                values.forEach(fb.deferredArgs::remove);
            }
            return new DeferNode.Builtin(fb.deferSlot, thunk, args, slots, reps);
        }
        CallBuilder.CallParts p = fb.calls.callParts(c);
        return new DeferNode.Call(fb.deferSlot, p.fnValue, p.target, p.args);
    }
}
