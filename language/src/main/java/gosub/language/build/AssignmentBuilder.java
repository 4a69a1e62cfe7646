package gosub.language.build;

import gosub.ast.AssignOp;
import gosub.ast.Expr;
import gosub.ast.Node;
import gosub.ast.Operator;
import gosub.ast.Stmt;
import gosub.language.check.Entity;
import gosub.language.check.Selection;
import gosub.language.check.VarEntity;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.call.CallNodes;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.expression.MapNodes;
import gosub.language.nodes.expression.PointerNodes;
import gosub.language.nodes.expression.SliceNodes;
import gosub.language.nodes.expression.StructNodes;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.nodes.operators.IntArithmetic;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.TupleType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds declarations and assignments: var and :=, tuple and compound assignments, stores into variables, fields,
 * elements and pointers, in the order of evaluation Go specifies.
 */
final class AssignmentBuilder {
    private final FunctionBuilder fb;

    AssignmentBuilder(FunctionBuilder fb) {
        this.fb = fb;
    }

    /** var a, b = x, y / a, b := f() — declares and initialises. vars may contain null for blank names. */
    StmtNode defineVars(List<VarEntity> vars, List<Expr> values, Node src) {
        return defineVars(vars, values, src, false);
    }

    /**
     * As defineVars; eachOnItsOwn: each value is an order of its own (see OperandOrder), as Go's compiler treats
     * {@code var a, b = x, f()} (x is read before f runs), unlike {@code a, b := x, f()}.
     */
    StmtNode defineVars(List<VarEntity> vars, List<Expr> values, Node src, boolean eachOnItsOwn) {
        List<StmtNode> out = new ArrayList<>();
        if (values.isEmpty()) {
            for (VarEntity v : vars) {
                if (v != null) {
                    out.add(fb.declareVar(v, fb.zero(v.type)));
                }
            }
        } else if (values.size() == 1 && vars.size() > 1) {
            int tmp = fb.slot();
            out.add(LocalNodes.write(tmp, Rep.OBJECT, multi(values.get(0))));
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                if (v == null) {
                    continue;
                }
                GoType from = tupleTypes(values.get(0)).get(i);
                out.add(fb.declareVar(v, fb.exprs.convert(new CallNodes.TupleGet(LocalNodes.read(tmp, Rep.OBJECT), i), from, v.type)));
            }
        } else {
            // evaluate all values before declaring (a, b := b, a)
            if (vars.size() == 1) {
                VarEntity v = vars.get(0);
                if (v == null) {
                    return new ControlNodes.Discard(fb.exprs.expr(values.get(0)));
                }
                return fb.declareVar(v, fb.exprs.valueTo(values.get(0), v.type));
            }
            int[] tmps = new int[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                GoType t = v != null ? v.type : fb.type(values.get(i));
                tmps[i] = fb.slot();
                Expr value = values.get(i);
                out.add(LocalNodes.write(tmps[i], t.rep(), eachOnItsOwn ? fb.order.expression(value, t, () -> fb.exprs.valueTo(value, t))
                                : fb.exprs.valueTo(value, t)));
            }
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                if (v != null) {
                    out.add(fb.declareVar(v, LocalNodes.read(tmps[i], v.type.rep())));
                }
            }
        }
        return new ControlNodes.Block(out.toArray(new StmtNode[0]));
    }

    /** The operands of a var declaration or := of vars from values, as the order step sees them (see OperandOrder). */
    void defineOperands(OperandOrder.Scan scan, List<VarEntity> vars, List<Expr> values) {
        if (values.size() == 1) {
            scan.operand(values.get(0), vars.size() == 1 && vars.get(0) != null ? vars.get(0).type : null, true);
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            scan.operand(values.get(i), i < vars.size() && vars.get(i) != null ? vars.get(i).type : null, false);
        }
    }

    /** The operands of assignment a in the order its nodes evaluate them: the targets', then the values. */
    void operands(OperandOrder.Scan scan, Stmt.Assign a) {
        List<Expr> lhs = a.lhs();
        List<Expr> rhs = a.rhs();
        if (a.op() == AssignOp.DEFINE) {
            List<VarEntity> vars = new ArrayList<>();
            for (Expr l : lhs) {
                Entity e = fb.info.defs.get(l);
                if (e == null && l instanceof Expr.Ident id) {
                    e = fb.info.uses.get(id);
                }
                vars.add(e instanceof VarEntity v ? v : null);
            }
            defineOperands(scan, vars, rhs);
            return;
        }
        if (a.op().isCompound()) {
            scan.target(lhs.get(0), true);
            scan.operand(rhs.get(0), fb.type(lhs.get(0)), false);
            return;
        }
        for (Expr l : lhs) {
            if (!isBlank(l)) {
                scan.target(l, false);
            }
        }
        if (rhs.size() == 1) {
            Expr l = FunctionBuilder.unparen(lhs.get(0));
            boolean variable = l instanceof Expr.Ident || l instanceof Expr.Selector s && fb.info.qualified.get(s) != null;
            scan.operand(rhs.get(0), lhs.size() == 1 && !isBlank(l) ? fb.type(l) : null, lhs.size() > 1 || variable);
            return;
        }
        for (int i = 0; i < rhs.size(); i++) {
            scan.operand(rhs.get(i), isBlank(lhs.get(i)) ? null : fb.type(lhs.get(i)), false);
        }
    }

    List<GoType> tupleTypes(Expr e) {
        GoType t = fb.type(e);
        if (t instanceof TupleType tt) {
            return tt.types;
        }
        return List.of(t, Types.BOOL); // comma-ok forms
    }

    /** A multi-valued expression as a tuple node: a call, or a comma-ok form. */
    ExprNode multi(Expr e) {
        Expr u = FunctionBuilder.unparen(e);
        if (fb.info.commaOk.contains(u)) {
            return fb.exprs.commaOkExpr(u);
        }
        return fb.exprs.expr(e);
    }

    StmtNode assign(Stmt.Assign a) {
        AssignOp op = a.op();
        if (op == AssignOp.DEFINE) {
            List<VarEntity> vars = new ArrayList<>();
            List<StmtNode> reassign = new ArrayList<>();
            boolean anyExisting = false;
            for (Expr l : a.lhs()) {
                Expr.Ident id = (Expr.Ident) l;
                Entity def = fb.info.defs.get(id);
                if (def instanceof VarEntity v) {
                    vars.add(v);
                } else if (fb.info.uses.get(id) instanceof VarEntity existing) {
                    vars.add(existing);
                    anyExisting = true;
                } else {
                    vars.add(null);
                }
            }
            if (anyExisting) {
                // mixed redeclaration: existing variables are assigned, new ones declared
                return mixedDefine(a, vars);
            }
            return defineVars(vars, a.rhs(), a);
        }
        if (op.isCompound()) {
            Operator bop = op.binary();
            Expr l = a.lhs().get(0);
            GoType t = fb.type(l);
            if (bop.isShift()) {
                boolean unsignedCount = fb.type(a.rhs().get(0)).isUnsigned();
                return compound(l, cur -> IntArithmetic.create(bop, ExpressionBuilder.kindOf(t), cur, fb.exprs.expr(a.rhs().get(0)), unsignedCount));
            }
            return compound(l, cur -> fb.exprs.arith(bop, t, cur, fb.exprs.valueTo(a.rhs().get(0), t)));
        }
        List<Expr> lhs = a.lhs();
        List<Expr> rhs = a.rhs();
        if (lhs.size() == 1) {
            Expr l = lhs.get(0);
            if (isBlank(l)) {
                return new ControlNodes.Discard(fb.exprs.expr(rhs.get(0)));
            }
            return store(l, fb.exprs.valueTo(rhs.get(0), fb.type(l)));
        }
        List<StmtNode> out = new ArrayList<>();
        List<java.util.function.Function<ExprNode, StmtNode>> targets = new ArrayList<>();
        for (Expr l : lhs) {
            targets.add(isBlank(l) ? null : prepareTarget(l, out));
        }
        if (rhs.size() == 1) {
            int tmp = fb.slot();
            out.add(LocalNodes.write(tmp, Rep.OBJECT, multi(rhs.get(0))));
            List<GoType> ts = tupleTypes(rhs.get(0));
            for (int i = 0; i < lhs.size(); i++) {
                if (isBlank(lhs.get(i))) {
                    continue;
                }
                ExprNode v = fb.exprs.convert(new CallNodes.TupleGet(LocalNodes.read(tmp, Rep.OBJECT), i), ts.get(i), fb.type(lhs.get(i)));
                out.add(targets.get(i) != null ? targets.get(i).apply(v) : store(lhs.get(i), v));
            }
        } else {
            int[] tmps = new int[lhs.size()];
            GoType[] ts = new GoType[lhs.size()];
            for (int i = 0; i < lhs.size(); i++) {
                ts[i] = isBlank(lhs.get(i)) ? fb.type(rhs.get(i)) : fb.type(lhs.get(i));
                tmps[i] = fb.slot();
                out.add(LocalNodes.write(tmps[i], ts[i].rep(), fb.exprs.valueTo(rhs.get(i), ts[i])));
            }
            for (int i = 0; i < lhs.size(); i++) {
                if (isBlank(lhs.get(i))) {
                    continue;
                }
                ExprNode v = LocalNodes.read(tmps[i], ts[i].rep());
                out.add(targets.get(i) != null ? targets.get(i).apply(v) : store(lhs.get(i), v));
            }
        }
        return new ControlNodes.Block(out.toArray(new StmtNode[0]));
    }

    StmtNode mixedDefine(Stmt.Assign a, List<VarEntity> vars) {
        List<StmtNode> out = new ArrayList<>();
        if (a.rhs().size() == 1 && vars.size() > 1) {
            int tmp = fb.slot();
            out.add(LocalNodes.write(tmp, Rep.OBJECT, multi(a.rhs().get(0))));
            List<GoType> ts = tupleTypes(a.rhs().get(0));
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                if (v == null) {
                    continue;
                }
                ExprNode val = fb.exprs.convert(new CallNodes.TupleGet(LocalNodes.read(tmp, Rep.OBJECT), i), ts.get(i), v.type);
                out.add(fb.info.defs.get(a.lhs().get(i)) == v ? fb.declareVar(v, val) : fb.writeVar(v, val));
            }
        } else {
            int[] tmps = new int[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                GoType t = vars.get(i) != null ? vars.get(i).type : fb.type(a.rhs().get(i));
                tmps[i] = fb.slot();
                out.add(LocalNodes.write(tmps[i], t.rep(), fb.exprs.valueTo(a.rhs().get(i), t)));
            }
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                if (v == null) {
                    continue;
                }
                ExprNode val = LocalNodes.read(tmps[i], v.type.rep());
                out.add(fb.info.defs.get(a.lhs().get(i)) == v ? fb.declareVar(v, val) : fb.writeVar(v, val));
            }
        }
        return new ControlNodes.Block(out.toArray(new StmtNode[0]));
    }

    static boolean isBlank(Expr e) {
        return FunctionBuilder.unparen(e) instanceof Expr.Ident id && id.name().equals("_");
    }

    /** Stores value into the location denoted by lhs. */
    StmtNode store(Expr lhs, ExprNode value) {
        Expr l = FunctionBuilder.unparen(lhs);
        switch (l) {
            case Expr.Ident id -> {
                Entity e = fb.info.uses.get(id);
                if (e == null) {
                    e = fb.info.defs.get(id);
                }
                if (e instanceof VarEntity v) {
                    return fb.writeVar(v, value);
                }
                return new ControlNodes.Discard(value);
            }
            case Expr.Selector s -> {
                Entity q = fb.info.qualified.get(s);
                if (q instanceof VarEntity v) {
                    return fb.writeVar(v, value);
                }
                Selection sel = fb.info.selections.get(s);
                StructType.Field f = fb.members.fieldOf(sel);
                return StructNodes.write(fb.members.structOperand(s.x(), sel), f, value);
            }
            case Expr.Index ix -> {
                GoType u = fb.type(ix.x()).underlying();
                ExprNode key = u instanceof MapType mt ? fb.exprs.valueTo(ix.indices().get(0), mt.key) : fb.exprs.intExpr(ix.indices().get(0));
                return storeIndexed(ix, fb.exprs.expr(ix.x()), key, value);
            }
            case Expr.Star st -> {
                GoType elem = ((PointerType) fb.type(st.x()).underlying()).elem;
                return new PointerNodes.Store(fb.exprs.expr(st.x()), elem.rep(), elem, value);
            }
            default -> throw new Unbuildable(lhs, "assignment to " + lhs.getClass().getSimpleName());
        }
    }

    /**
     * x op= y and x++: the operands of an index expression on the left are evaluated once, as Go requires, by
     * saving them in temporaries; other targets have no side effects to repeat.
     */
    StmtNode compound(Expr lhs, java.util.function.Function<ExprNode, ExprNode> update) {
        Expr l = FunctionBuilder.unparen(lhs);
        if (l instanceof Expr.Index ix && !fb.info.instances.containsKey(ix) && !(fb.type(ix.x()).underlying() instanceof ArrayType)
                        && !(fb.type(ix.x()).underlying() instanceof BasicType)) {
            List<StmtNode> pre = new ArrayList<>();
            GoType u = fb.type(ix.x()).underlying();
            int cs = fb.slot();
            pre.add(LocalNodes.write(cs, Rep.OBJECT, fb.exprs.expr(ix.x())));
            GoType kt = u instanceof MapType mt ? mt.key : Types.INT;
            int ks = fb.slot();
            pre.add(LocalNodes.write(ks, kt.rep(), u instanceof MapType mt2 ? fb.exprs.valueTo(ix.indices().get(0), mt2.key) : fb.exprs.intExpr(ix.indices().get(0))));
            ExprNode current;
            if (u instanceof MapType mt3) {
                current = new MapNodes.Get(LocalNodes.read(cs, Rep.OBJECT), LocalNodes.read(ks, kt.rep()), mt3.key, mt3.value, false);
            } else {
                GoType elem = indexedElem(u);
                ExprNode xs = u instanceof PointerType ? new PointerNodes.LoadAggregate(LocalNodes.read(cs, Rep.OBJECT)) : LocalNodes.read(cs, Rep.OBJECT);
                GoType it = fb.type(ix.indices().get(0));
                current = new SliceNodes.Get(xs, ExpressionBuilder.indexBound(LocalNodes.read(ks, kt.rep()), it), !(u instanceof SliceType), Aggregates.storageOf(elem),
                                ExpressionBuilder.kindOf(elem) == Kind.INT8);
            }
            pre.add(storeIndexed(ix, LocalNodes.read(cs, Rep.OBJECT), LocalNodes.read(ks, kt.rep()), update.apply(current)));
            return new ControlNodes.Block(pre.toArray(new StmtNode[0]));
        }
        if (l instanceof Expr.Star st && !(FunctionBuilder.unparen(st.x()) instanceof Expr.Ident)) {
            int ps = fb.slot();
            GoType elem = ((PointerType) fb.type(st.x()).underlying()).elem;
            StmtNode save = LocalNodes.write(ps, Rep.OBJECT, fb.exprs.expr(st.x()));
            ExprNode current = new PointerNodes.Load(LocalNodes.read(ps, Rep.OBJECT), elem.rep());
            StmtNode put = new PointerNodes.Store(LocalNodes.read(ps, Rep.OBJECT), elem.rep(), elem, update.apply(current));
            return new ControlNodes.Block(new StmtNode[] {save, put});
        }
        if (l instanceof Expr.Selector sx && fb.info.selections.get(sx) != null && fb.info.selections.get(sx).kind() == Selection.Kind.FIELD
                        && !(FunctionBuilder.unparen(sx.x()) instanceof Expr.Ident)) {
            Selection sel = fb.info.selections.get(sx);
            StructType.Field f = fb.members.fieldOf(sel);
            int ss = fb.slot();
            StmtNode save = LocalNodes.write(ss, Rep.OBJECT, fb.members.structOperand(sx.x(), sel));
            ExprNode current = StructNodes.read(LocalNodes.read(ss, Rep.OBJECT), f.slot(), f.type().rep());
            StmtNode put = StructNodes.write(LocalNodes.read(ss, Rep.OBJECT), f, update.apply(current));
            return new ControlNodes.Block(new StmtNode[] {save, put});
        }
        return store(lhs, update.apply(fb.exprs.expr(lhs)));
    }

    /** The element type of an indexable slice, array or pointer-to-array type U (an underlying type). */
    static GoType indexedElem(GoType u) {
        return switch (u) {
            case SliceType st -> st.elem;
            case ArrayType at -> at.elem;
            default -> ((ArrayType) ((PointerType) u).elem.underlying()).elem;
        };
    }

    /** x[i] = value with the operand and index already built (map put, or slice/array element store). */
    StmtNode storeIndexed(Expr.Index ix, ExprNode container, ExprNode key, ExprNode value) {
        GoType u = fb.type(ix.x()).underlying();
        if (u instanceof MapType mt) {
            return new MapNodes.Put(container, key, value, mt.key);
        }
        boolean isArray = !(u instanceof SliceType);
        GoType elem = indexedElem(u);
        ExprNode xs = u instanceof PointerType ? new PointerNodes.LoadAggregate(container) : container;
        return fb.linedStore(new SliceNodes.Set(xs, key, value, isArray, elem), ix.lbrack());
    }

    /**
     * For a tuple assignment, evaluates now (the spec's first phase) the operands of an index expression or a
     * pointer indirection on the left, explicit or implied by a selector, and returns the store that uses them;
     * null for a target with nothing to evaluate early (a variable).
     */
    /**
     * Whether the struct that x denotes is reached through a pointer or a slice (p.f, p.a.b, s[i].f): then, as
     * Go's first phase of an assignment evaluates those indirections, the struct is found before anything is
     * assigned. A struct variable (v.f) is its own storage and is not.
     */
    private boolean throughIndirection(Expr x) {
        Expr e = FunctionBuilder.unparen(x);
        GoType u = fb.type(e).underlying();
        if (u instanceof PointerType) {
            return true;
        }
        return switch (e) {
            case Expr.Selector s when fb.info.qualified.get(s) == null && fb.info.selections.get(s) != null -> {
                Selection sel = fb.info.selections.get(s);
                if (sel.indirect() || sel.path().stream().anyMatch(Selection.Step::throughPointer)) {
                    yield true;
                }
                for (Selection.Step step : sel.path()) {
                    GoType owner = step.structType().underlying() instanceof PointerType op ? op.elem : step.structType();
                    if (((StructType) owner.underlying()).field(step.field()).type().underlying() instanceof PointerType) {
                        yield true; // an embedded pointer on the way
                    }
                }
                yield throughIndirection(s.x());
            }
            case Expr.Index ix when !fb.info.instances.containsKey(ix) -> {
                GoType xu = fb.type(ix.x()).underlying();
                yield xu instanceof ArrayType ? throughIndirection(ix.x()) : !(xu instanceof MapType);
            }
            case Expr.Star st -> true;
            default -> false;
        };
    }

    java.util.function.Function<ExprNode, StmtNode> prepareTarget(Expr lhs, List<StmtNode> pre) {
        switch (FunctionBuilder.unparen(lhs)) {
            case Expr.Index ix when !fb.info.instances.containsKey(ix) -> {
                GoType u = fb.type(ix.x()).underlying();
                GoType kt = u instanceof MapType mt ? mt.key : Types.INT;
                int ks = fb.slot();
                ExprNode index = u instanceof MapType mt2 ? fb.exprs.valueTo(ix.indices().get(0), mt2.key) : fb.exprs.intExpr(ix.indices().get(0));
                if (u instanceof ArrayType) {
                    // an array variable is its own storage: only the index is evaluated now
                    pre.add(LocalNodes.write(ks, kt.rep(), index));
                    return v -> storeIndexed(ix, fb.exprs.expr(ix.x()), LocalNodes.read(ks, kt.rep()), v);
                }
                int cs = fb.slot();
                pre.add(LocalNodes.write(cs, Rep.OBJECT, fb.exprs.expr(ix.x())));
                pre.add(LocalNodes.write(ks, kt.rep(), index));
                return v -> storeIndexed(ix, LocalNodes.read(cs, Rep.OBJECT), LocalNodes.read(ks, kt.rep()), v);
            }
            case Expr.Star st -> {
                GoType elem = ((PointerType) fb.type(st.x()).underlying()).elem;
                int ps = fb.slot();
                pre.add(LocalNodes.write(ps, Rep.OBJECT, fb.exprs.expr(st.x())));
                return v -> new PointerNodes.Store(LocalNodes.read(ps, Rep.OBJECT), elem.rep(), elem, v);
            }
            case Expr.Selector sx when fb.info.qualified.get(sx) == null && throughIndirection(sx.x()) -> {
                Selection sel = fb.info.selections.get(sx);
                StructType.Field f = fb.members.fieldOf(sel);
                int ss = fb.slot();
                pre.add(LocalNodes.write(ss, Rep.OBJECT, fb.members.structOperand(sx.x(), sel)));
                return v -> StructNodes.write(LocalNodes.read(ss, Rep.OBJECT), f, v);
            }
            default -> {
                return null;
            }
        }
    }
}
