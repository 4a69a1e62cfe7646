package gosub.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import gosub.ast.AssignOp;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Node;
import gosub.ast.Operator;
import gosub.ast.Stmt;
import gosub.language.check.ConstEntity;
import gosub.language.check.ConstValue;
import gosub.language.check.Entity;
import gosub.language.check.FuncEntity;
import gosub.language.check.GoPackage;
import gosub.language.check.Info;
import gosub.language.check.Selection;
import gosub.language.check.TypeEntity;
import gosub.language.check.VarEntity;
import gosub.language.methods.MethodTable;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoRootNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.call.CallNodes;
import gosub.language.nodes.call.MethodExpressionWrapper;
import gosub.language.natives.NativeRootNode;
import gosub.language.natives.Natives;
import gosub.language.nodes.controlflow.ControlNodes;
import gosub.language.nodes.controlflow.DeferNode;
import gosub.language.nodes.controlflow.RangeNodes;
import gosub.language.nodes.controlflow.SwitchNode;
import gosub.language.nodes.expression.ConstNode;
import gosub.language.nodes.expression.ConversionNodes;
import gosub.language.nodes.expression.FuncNodes;
import gosub.language.nodes.expression.InterfaceNodes;
import gosub.language.nodes.expression.MapNodes;
import gosub.language.nodes.expression.PointerNodes;
import gosub.language.nodes.expression.SliceNodes;
import gosub.language.nodes.expression.StringNodes;
import gosub.language.nodes.expression.StructNodes;
import gosub.language.nodes.local.CellNodes;
import gosub.language.nodes.operators.Comparison;
import gosub.language.nodes.operators.FloatArithmetic;
import gosub.language.nodes.operators.IntArithmetic;
import gosub.language.nodes.operators.Logic;
import gosub.language.nodes.operators.NumericConversion;
import gosub.language.nodes.operators.UnaryArithmetic;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.TupleType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;
import gosub.language.values.Cell;
import gosub.language.values.ZeroValue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns checked syntax into Truffle nodes, choosing each node by the static types the checker recorded. Function
 * bodies are built on first call ({@link #callTarget}).
 */
public final class NodeBuilder {

    /**
     * Thrown when the builder meets code it cannot build. The checker refuses all such code (as unsupported, or as a
     * compile error), so reaching this is a bug of gosub: an internal error, never a message for the user.
     */
    public static final class Unbuildable extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unbuildable(Node node, String what) {
            super((node != null && node.pos() != null ? node.pos() + ": " : "") + what + " reached the node builder");
        }
    }

    final GoLanguage language;
    final GoContext context;
    final String file;
    final Natives natives;
    /** Shared by all packages of the program: one call target per function, one cell per package variable. */
    private final Map<FuncEntity, CallTarget> targets;
    private final Map<VarEntity, Cell> globals;
    private final MethodTable methods;

    /** Per-function building state. */
    private final class Fn {
        final FrameDescriptor.Builder fd = FrameDescriptor.newBuilder();
        final Map<VarEntity, Integer> slots = new IdentityHashMap<>();
        final Info info;
        final String goName;
        int deferSlot = -1;
        int armedSlot = -1;
        List<VarEntity> namedResults = List.of();
        List<GoType> resultTypes = List.of();
        final Map<Stmt, Object> targets = new IdentityHashMap<>();
        final Map<String, Stmt> labels = new HashMap<>();
        /**
         * The source file of the function: functions are built by whichever builder first calls them, so a
         * standard function built for the program's call must still name its own file in traces.
         */
        String file;

        Fn(Info info, String goName, String file) {
            this.info = info;
            this.goName = goName;
            this.file = file;
        }

        int slot(FrameSlotKind k) {
            return fd.addSlot(k, null, null);
        }
    }

    private Fn fn;

    NodeBuilder(GoLanguage language, GoContext context, String file, Natives natives) {
        this.language = language;
        this.context = context;
        this.file = file;
        this.natives = natives;
        this.targets = context.functionTargets;
        this.globals = context.globalCells;
        this.methods = context.methods;
    }

    // ------------------------------------------------------------------ functions

    /** The call target of a declared function or method, building it on first request. */
    public CallTarget callTarget(FuncEntity fe) {
        synchronized (targets) {
            CallTarget t = targets.get(fe);
            if (t == null) {
                t = buildFunction(fe);
                targets.put(fe, t);
            }
            return t;
        }
    }

    private CallTarget buildFunction(FuncEntity fe) {
        if (fe.nativeName != null) {
            if (!natives.has(fe.nativeName)) {
                throw new Unbuildable(fe.decl, "native function " + fe.nativeName);
            }
            int params = fe.sig().params.size() + (fe.recvType != null ? 1 : 0);
            return NativeRootNode.create(language, natives, fe.nativeName, params).getCallTarget();
        }
        Fn saved = fn;
        Info info = fe.info != null ? fe.info : new Info();
        String source = fe.pos != null && fe.pos.file() != null ? fe.pos.file() : fe.owner != null ? fe.owner.file() : file;
        fn = new Fn(info, fe.qualifiedName(), context.tracePath(source));
        try {
            List<VarEntity> params = new ArrayList<>();
            if (fe.recvVar != null) {
                params.add(fe.recvVar);
            }
            params.addAll(fe.params);
            return finishFunction(List.of(), params, fe.results, fe.decl.body(), fe.hasDefer, fe.hasRecover);
        } finally {
            fn = saved;
        }
    }

    private CallTarget finishFunction(List<VarEntity> captures, List<VarEntity> params, List<VarEntity> results, Stmt.Block body,
                    boolean hasDefer, boolean hasRecover) {
        List<StmtNode> pro = new ArrayList<>();
        for (int i = 0; i < captures.size(); i++) {
            int s = fn.slot(FrameSlotKind.Object);
            fn.slots.put(captures.get(i), s);
            pro.add(new LocalNodes.Capture(i, s));
        }
        for (int i = 0; i < params.size(); i++) {
            VarEntity v = params.get(i);
            boolean heap = v.onHeap();
            int s = fn.slot(heap ? FrameSlotKind.Object : kind(v.type));
            fn.slots.put(v, s);
            pro.add(new LocalNodes.Param(i, s, v.type.rep(), heap));
        }
        List<GoType> rts = new ArrayList<>();
        for (VarEntity r : results) {
            rts.add(r.type);
        }
        fn.resultTypes = rts;
        boolean named = !results.isEmpty() && !results.get(0).name.isEmpty();
        if (named) {
            fn.namedResults = results;
            for (VarEntity v : results) {
                pro.add(declareVar(v, zero(v.type)));
            }
        }
        if (hasRecover) {
            fn.armedSlot = fn.slot(FrameSlotKind.Boolean);
            pro.add(new ControlNodes.ArmRecover(fn.armedSlot));
        }
        if (hasDefer) {
            fn.deferSlot = fn.slot(FrameSlotKind.Object);
        }
        pro.add(block(body.stmts()));
        ExprNode namedNode = named ? readNamedResults() : null;
        ExprNode zeroNode = !named && hasDefer && !rts.isEmpty() ? zeroResults(rts) : null;
        StmtNode b = new ControlNodes.Block(pro.toArray(new StmtNode[0]));
        GoRootNode root = new GoRootNode(language, fn.fd.build(), fn.goName, fn.file, b, fn.deferSlot, namedNode, zeroNode);
        return root.getCallTarget();
    }

    private ExprNode zeroResults(List<GoType> types) {
        if (types.size() == 1) {
            return zero(types.get(0));
        }
        ExprNode[] vals = new ExprNode[types.size()];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = zero(types.get(i));
        }
        return new ControlNodes.Tuple(vals);
    }

    private ExprNode readNamedResults() {
        List<VarEntity> rs = fn.namedResults;
        if (rs.size() == 1) {
            return readVar(rs.get(0));
        }
        ExprNode[] vals = new ExprNode[rs.size()];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = readVar(rs.get(i));
        }
        return new ControlNodes.Tuple(vals);
    }

    /** A function literal: a new call target plus a node that creates the closure value at run time. */
    private ExprNode funcLit(Expr.FuncLit fl) {
        Info.FuncLitInfo li = fn.info.funcLits.get(fl);
        ExprNode[] caps = new ExprNode[li.captures.size()];
        for (int i = 0; i < caps.length; i++) {
            caps[i] = cellOf(li.captures.get(i));
        }
        Fn saved = fn;
        fn = new Fn(saved.info, saved.goName + ".func" + (++closureCounter), saved.file);
        CallTarget target;
        try {
            target = finishFunction(li.captures, li.params, li.results, fl.body(), li.hasDefer, li.hasRecover);
        } finally {
            fn = saved;
        }
        return new FuncNodes.MakeClosure(target, caps, fn.goName);
    }

    private int closureCounter;

    // ------------------------------------------------------------------ variables

    private static FrameSlotKind kind(GoType t) {
        return switch (t.rep()) {
            case LONG -> FrameSlotKind.Long;
            case DOUBLE -> FrameSlotKind.Double;
            case BOOL -> FrameSlotKind.Boolean;
            case OBJECT -> FrameSlotKind.Object;
        };
    }

    Cell globalCell(VarEntity v) {
        synchronized (targets) {
            return globalCellLocked(v);
        }
    }

    private Cell globalCellLocked(VarEntity v) {
        return globals.computeIfAbsent(v, k -> {
            Cell c = new Cell();
            CellNodes.storeBoxed(c, v.type.rep(), ZeroValue.of(v.type));
            return c;
        });
    }

    /** The cell of a heap variable (global, captured or address-taken). */
    private ExprNode cellOf(VarEntity v) {
        if (v.global) {
            return new CellNodes.Global(globalCell(v));
        }
        Integer s = fn.slots.get(v);
        if (s == null) {
            throw new Unbuildable(null, "variable " + v.name + " used before its declaration was built");
        }
        return LocalNodes.read(s, Rep.OBJECT);
    }

    private ExprNode readVar(VarEntity v) {
        if (v.onHeap()) {
            return CellNodes.read(cellOf(v), v.type.rep());
        }
        Integer s = fn.slots.get(v);
        if (s == null) {
            throw new Unbuildable(null, "variable " + v.name);
        }
        return LocalNodes.read(s, v.type.rep());
    }

    private StmtNode writeVar(VarEntity v, ExprNode value) {
        if (Aggregates.isAggregate(v.type)) {
            // the variable owns its storage, which pointers may share: assignment copies into it
            return new PointerNodes.Store(readVar(v), Rep.OBJECT, v.type, value);
        }
        if (v.onHeap()) {
            return CellNodes.write(cellOf(v), v.type.rep(), value);
        }
        return LocalNodes.write(fn.slots.get(v), v.type.rep(), value);
    }

    /** Declares a local variable (fresh slot or fresh cell) initialised with value. */
    private StmtNode declareVar(VarEntity v, ExprNode value) {
        if (v.global) {
            return writeVar(v, value);
        }
        if (v.onHeap()) {
            Integer s = fn.slots.get(v);
            if (s == null) {
                s = fn.slot(FrameSlotKind.Object);
                fn.slots.put(v, s);
            }
            return new LocalNodes.NewCell(s, v.type.rep(), value);
        }
        Integer s = fn.slots.get(v);
        if (s == null) {
            s = fn.slot(kind(v.type));
            fn.slots.put(v, s);
        }
        return LocalNodes.write(s, v.type.rep(), value);
    }

    ExprNode zero(GoType t) {
        if (Aggregates.isAggregate(t)) {
            return new FuncNodes.Zero(t);
        }
        return new ConstNode(ZeroValue.of(t));
    }

    // ------------------------------------------------------------------ statements

    private StmtNode block(List<Stmt> stmts) {
        return statements(List.of(), stmts);
    }

    /**
     * A statement list that leading (nodes without a source statement, such as a case clause's variable) starts:
     * a block goto can jump in when a statement has a label.
     */
    StmtNode statements(List<StmtNode> leading, List<Stmt> stmts) {
        int n = leading.size();
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
        return labelled ? new gosub.language.nodes.controlflow.GotoBlock(ns, labels) : new ControlNodes.Block(ns);
    }

    private <T extends gosub.language.nodes.GoNode> T at(T n, Node src) {
        if (src != null && src.pos() != null) {
            n.at(src.pos().line());
        }
        return n;
    }

    StmtNode stmt(Stmt s) {
        return at(stmt0(s), s);
    }

    private StmtNode stmt0(Stmt s) {
        switch (s) {
            case Stmt.Block b -> {
                return block(b.stmts());
            }
            case Stmt.Empty e -> {
                return new ControlNodes.Block(new StmtNode[0]);
            }
            case Stmt.ExprStmt es -> {
                return exprStmt(es.x());
            }
            case Stmt.IncDec id -> {
                GoType t = type(id.x());
                ExprNode one = t.isFloat() ? new ConstNode(1.0) : new ConstNode(1L);
                return compound(id.x(), cur -> arith(id.inc() ? Operator.ADD : Operator.SUB, t, cur, one));
            }
            case Stmt.Assign a -> {
                return assign(a);
            }
            case Stmt.Return r -> {
                return returnStmt(r);
            }
            case Stmt.If i -> {
                List<StmtNode> parts = new ArrayList<>();
                if (i.init() != null) {
                    parts.add(stmt(i.init()));
                }
                parts.add(new ControlNodes.If(cond(i.cond()), block(i.then().stmts()), i.els() == null ? null : stmt(i.els())));
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
                return Concurrency.goStmt(this, g, callParts(g.call()));
            }
            case Stmt.Send send -> {
                return Concurrency.send(this, expr(send.chan()), valueTo(send.value(), ((ChanType) type(send.chan()).underlying()).elem));
            }
            case Stmt.Select sel -> {
                return Concurrency.select(this, sel, null);
            }
        }
    }

    private StmtNode exprStmt(Expr x) {
        Expr u = unparen(x);
        if (u instanceof Expr.Call c && fn.info.calls.get(c) == Info.CallKind.BUILTIN) {
            StmtNode b = builtinStmt(c);
            if (b != null) {
                return b;
            }
        }
        return new ControlNodes.Discard(expr(x));
    }

    private StmtNode declStmt(Decl d) {
        if (d instanceof Decl.Var v) {
            List<StmtNode> out = new ArrayList<>();
            for (Decl.VarSpec vs : v.specs()) {
                List<VarEntity> vars = new ArrayList<>();
                for (Expr.Ident id : vs.names()) {
                    vars.add((VarEntity) fn.info.defs.get(id));
                }
                out.add(defineVars(vars, vs.values(), vs));
            }
            return new ControlNodes.Block(out.toArray(new StmtNode[0]));
        }
        return new ControlNodes.Block(new StmtNode[0]); // const and type declarations have no run-time effect
    }

    /** var a, b = x, y / a, b := f() — declares and initialises. vars may contain null for blank names. */
    StmtNode defineVars(List<VarEntity> vars, List<Expr> values, Node src) {
        List<StmtNode> out = new ArrayList<>();
        if (values.isEmpty()) {
            for (VarEntity v : vars) {
                if (v != null) {
                    out.add(declareVar(v, zero(v.type)));
                }
            }
        } else if (values.size() == 1 && vars.size() > 1) {
            int tmp = fn.slot(FrameSlotKind.Object);
            out.add(LocalNodes.write(tmp, Rep.OBJECT, multi(values.get(0))));
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                if (v == null) {
                    continue;
                }
                GoType from = tupleTypes(values.get(0)).get(i);
                out.add(declareVar(v, convert(new CallNodes.TupleGet(LocalNodes.read(tmp, Rep.OBJECT), i), from, v.type)));
            }
        } else {
            // evaluate all values before declaring (a, b := b, a)
            if (vars.size() == 1) {
                VarEntity v = vars.get(0);
                if (v == null) {
                    return new ControlNodes.Discard(expr(values.get(0)));
                }
                return declareVar(v, valueTo(values.get(0), v.type));
            }
            int[] tmps = new int[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                GoType t = v != null ? v.type : type(values.get(i));
                tmps[i] = fn.slot(kind(t));
                out.add(LocalNodes.write(tmps[i], t.rep(), valueTo(values.get(i), t)));
            }
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                if (v != null) {
                    out.add(declareVar(v, LocalNodes.read(tmps[i], v.type.rep())));
                }
            }
        }
        return new ControlNodes.Block(out.toArray(new StmtNode[0]));
    }

    private List<GoType> tupleTypes(Expr e) {
        GoType t = type(e);
        if (t instanceof TupleType tt) {
            return tt.types;
        }
        return List.of(t, Types.BOOL); // comma-ok forms
    }

    /** A multi-valued expression as a tuple node: a call, or a comma-ok form. */
    private ExprNode multi(Expr e) {
        Expr u = unparen(e);
        if (fn.info.commaOk.contains(u)) {
            return commaOkExpr(u);
        }
        return expr(e);
    }

    private StmtNode assign(Stmt.Assign a) {
        AssignOp op = a.op();
        if (op == AssignOp.DEFINE) {
            List<VarEntity> vars = new ArrayList<>();
            List<StmtNode> reassign = new ArrayList<>();
            boolean anyExisting = false;
            for (Expr l : a.lhs()) {
                Expr.Ident id = (Expr.Ident) l;
                Entity def = fn.info.defs.get(id);
                if (def instanceof VarEntity v) {
                    vars.add(v);
                } else if (fn.info.uses.get(id) instanceof VarEntity existing) {
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
            GoType t = type(l);
            if (bop.isShift()) {
                boolean unsignedCount = type(a.rhs().get(0)).isUnsigned();
                return compound(l, cur -> IntArithmetic.create(bop, kindOf(t), cur, expr(a.rhs().get(0)), unsignedCount));
            }
            return compound(l, cur -> arith(bop, t, cur, valueTo(a.rhs().get(0), t)));
        }
        List<Expr> lhs = a.lhs();
        List<Expr> rhs = a.rhs();
        if (lhs.size() == 1) {
            Expr l = lhs.get(0);
            if (isBlank(l)) {
                return new ControlNodes.Discard(expr(rhs.get(0)));
            }
            return store(l, valueTo(rhs.get(0), type(l)));
        }
        List<StmtNode> out = new ArrayList<>();
        List<java.util.function.Function<ExprNode, StmtNode>> targets = new ArrayList<>();
        for (Expr l : lhs) {
            targets.add(isBlank(l) ? null : prepareTarget(l, out));
        }
        if (rhs.size() == 1) {
            int tmp = fn.slot(FrameSlotKind.Object);
            out.add(LocalNodes.write(tmp, Rep.OBJECT, multi(rhs.get(0))));
            List<GoType> ts = tupleTypes(rhs.get(0));
            for (int i = 0; i < lhs.size(); i++) {
                if (isBlank(lhs.get(i))) {
                    continue;
                }
                ExprNode v = convert(new CallNodes.TupleGet(LocalNodes.read(tmp, Rep.OBJECT), i), ts.get(i), type(lhs.get(i)));
                out.add(targets.get(i) != null ? targets.get(i).apply(v) : store(lhs.get(i), v));
            }
        } else {
            int[] tmps = new int[lhs.size()];
            GoType[] ts = new GoType[lhs.size()];
            for (int i = 0; i < lhs.size(); i++) {
                ts[i] = isBlank(lhs.get(i)) ? type(rhs.get(i)) : type(lhs.get(i));
                tmps[i] = fn.slot(kind(ts[i]));
                out.add(LocalNodes.write(tmps[i], ts[i].rep(), valueTo(rhs.get(i), ts[i])));
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

    private StmtNode mixedDefine(Stmt.Assign a, List<VarEntity> vars) {
        List<StmtNode> out = new ArrayList<>();
        if (a.rhs().size() == 1 && vars.size() > 1) {
            int tmp = fn.slot(FrameSlotKind.Object);
            out.add(LocalNodes.write(tmp, Rep.OBJECT, multi(a.rhs().get(0))));
            List<GoType> ts = tupleTypes(a.rhs().get(0));
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                if (v == null) {
                    continue;
                }
                ExprNode val = convert(new CallNodes.TupleGet(LocalNodes.read(tmp, Rep.OBJECT), i), ts.get(i), v.type);
                out.add(fn.info.defs.get(a.lhs().get(i)) == v ? declareVar(v, val) : writeVar(v, val));
            }
        } else {
            int[] tmps = new int[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                GoType t = vars.get(i) != null ? vars.get(i).type : type(a.rhs().get(i));
                tmps[i] = fn.slot(kind(t));
                out.add(LocalNodes.write(tmps[i], t.rep(), valueTo(a.rhs().get(i), t)));
            }
            for (int i = 0; i < vars.size(); i++) {
                VarEntity v = vars.get(i);
                if (v == null) {
                    continue;
                }
                ExprNode val = LocalNodes.read(tmps[i], v.type.rep());
                out.add(fn.info.defs.get(a.lhs().get(i)) == v ? declareVar(v, val) : writeVar(v, val));
            }
        }
        return new ControlNodes.Block(out.toArray(new StmtNode[0]));
    }

    private static boolean isBlank(Expr e) {
        return unparen(e) instanceof Expr.Ident id && id.name().equals("_");
    }

    /** Stores value into the location denoted by lhs. */
    StmtNode store(Expr lhs, ExprNode value) {
        Expr l = unparen(lhs);
        switch (l) {
            case Expr.Ident id -> {
                Entity e = fn.info.uses.get(id);
                if (e == null) {
                    e = fn.info.defs.get(id);
                }
                if (e instanceof VarEntity v) {
                    return writeVar(v, value);
                }
                return new ControlNodes.Discard(value);
            }
            case Expr.Selector s -> {
                Entity q = fn.info.qualified.get(s);
                if (q instanceof VarEntity v) {
                    return writeVar(v, value);
                }
                Selection sel = fn.info.selections.get(s);
                StructType.Field f = fieldOf(sel);
                return StructNodes.write(structOperand(s.x(), sel), f.slot(), f.type().rep(), value);
            }
            case Expr.Index ix -> {
                GoType u = type(ix.x()).underlying();
                ExprNode key = u instanceof MapType mt ? valueTo(ix.indices().get(0), mt.key) : intExpr(ix.indices().get(0));
                return storeIndexed(ix, expr(ix.x()), key, value);
            }
            case Expr.Star st -> {
                GoType elem = ((PointerType) type(st.x()).underlying()).elem;
                return new PointerNodes.Store(expr(st.x()), elem.rep(), elem, value);
            }
            default -> throw new Unbuildable(lhs, "assignment to " + lhs.getClass().getSimpleName());
        }
    }

    /**
     * x op= y and x++: the operands of an index expression on the left are evaluated once, as Go requires, by
     * saving them in temporaries; other targets have no side effects to repeat.
     */
    private StmtNode compound(Expr lhs, java.util.function.Function<ExprNode, ExprNode> update) {
        Expr l = unparen(lhs);
        if (l instanceof Expr.Index ix && !fn.info.instances.containsKey(ix) && !(type(ix.x()).underlying() instanceof ArrayType)
                        && !(type(ix.x()).underlying() instanceof BasicType)) {
            List<StmtNode> pre = new ArrayList<>();
            GoType u = type(ix.x()).underlying();
            int cs = fn.slot(FrameSlotKind.Object);
            pre.add(LocalNodes.write(cs, Rep.OBJECT, expr(ix.x())));
            GoType kt = u instanceof MapType mt ? mt.key : Types.INT;
            int ks = fn.slot(kind(kt));
            pre.add(LocalNodes.write(ks, kt.rep(), u instanceof MapType mt2 ? valueTo(ix.indices().get(0), mt2.key) : intExpr(ix.indices().get(0))));
            ExprNode current;
            if (u instanceof MapType mt3) {
                current = new MapNodes.Get(LocalNodes.read(cs, Rep.OBJECT), LocalNodes.read(ks, kt.rep()), mt3.key, mt3.value, false);
            } else {
                GoType elem = indexedElem(u);
                ExprNode xs = u instanceof PointerType ? new PointerNodes.LoadAggregate(LocalNodes.read(cs, Rep.OBJECT)) : LocalNodes.read(cs, Rep.OBJECT);
                current = new SliceNodes.Get(xs, LocalNodes.read(ks, kt.rep()), !(u instanceof SliceType), Aggregates.storageOf(elem), kindOf(elem) == Kind.INT8);
            }
            pre.add(storeIndexed(ix, LocalNodes.read(cs, Rep.OBJECT), LocalNodes.read(ks, kt.rep()), update.apply(current)));
            return new ControlNodes.Block(pre.toArray(new StmtNode[0]));
        }
        if (l instanceof Expr.Star st && !(unparen(st.x()) instanceof Expr.Ident)) {
            int ps = fn.slot(FrameSlotKind.Object);
            GoType elem = ((PointerType) type(st.x()).underlying()).elem;
            StmtNode save = LocalNodes.write(ps, Rep.OBJECT, expr(st.x()));
            ExprNode current = new PointerNodes.Load(LocalNodes.read(ps, Rep.OBJECT), elem.rep());
            StmtNode put = new PointerNodes.Store(LocalNodes.read(ps, Rep.OBJECT), elem.rep(), elem, update.apply(current));
            return new ControlNodes.Block(new StmtNode[] {save, put});
        }
        if (l instanceof Expr.Selector sx && fn.info.selections.get(sx) != null && fn.info.selections.get(sx).kind() == Selection.Kind.FIELD
                        && !(unparen(sx.x()) instanceof Expr.Ident)) {
            Selection sel = fn.info.selections.get(sx);
            StructType.Field f = fieldOf(sel);
            int ss = fn.slot(FrameSlotKind.Object);
            StmtNode save = LocalNodes.write(ss, Rep.OBJECT, structOperand(sx.x(), sel));
            ExprNode current = StructNodes.read(LocalNodes.read(ss, Rep.OBJECT), f.slot(), f.type().rep());
            StmtNode put = StructNodes.write(LocalNodes.read(ss, Rep.OBJECT), f.slot(), f.type().rep(), update.apply(current));
            return new ControlNodes.Block(new StmtNode[] {save, put});
        }
        return store(lhs, update.apply(expr(lhs)));
    }

    /** The element type of an indexable slice, array or pointer-to-array type U (an underlying type). */
    private static GoType indexedElem(GoType u) {
        return switch (u) {
            case SliceType st -> st.elem;
            case ArrayType at -> at.elem;
            default -> ((ArrayType) ((PointerType) u).elem.underlying()).elem;
        };
    }

    /** x[i] = value with the operand and index already built (map put, or slice/array element store). */
    private StmtNode storeIndexed(Expr.Index ix, ExprNode container, ExprNode key, ExprNode value) {
        GoType u = type(ix.x()).underlying();
        if (u instanceof MapType mt) {
            return new MapNodes.Put(container, key, value, mt.key);
        }
        boolean isArray = !(u instanceof SliceType);
        GoType elem = indexedElem(u);
        ExprNode xs = u instanceof PointerType ? new PointerNodes.LoadAggregate(container) : container;
        return new SliceNodes.Set(xs, key, value, isArray, Aggregates.storageOf(elem));
    }

    /**
     * For a tuple assignment, evaluates now (the spec's first phase) the operands of an index expression or a
     * pointer indirection on the left, explicit or implied by a selector, and returns the store that uses them;
     * null for a target with nothing to evaluate early (a variable).
     */
    private java.util.function.Function<ExprNode, StmtNode> prepareTarget(Expr lhs, List<StmtNode> pre) {
        switch (unparen(lhs)) {
            case Expr.Index ix when !fn.info.instances.containsKey(ix) -> {
                GoType u = type(ix.x()).underlying();
                GoType kt = u instanceof MapType mt ? mt.key : Types.INT;
                int ks = fn.slot(kind(kt));
                ExprNode index = u instanceof MapType mt2 ? valueTo(ix.indices().get(0), mt2.key) : intExpr(ix.indices().get(0));
                if (u instanceof ArrayType) {
                    // an array variable is its own storage: only the index is evaluated now
                    pre.add(LocalNodes.write(ks, kt.rep(), index));
                    return v -> storeIndexed(ix, expr(ix.x()), LocalNodes.read(ks, kt.rep()), v);
                }
                int cs = fn.slot(FrameSlotKind.Object);
                pre.add(LocalNodes.write(cs, Rep.OBJECT, expr(ix.x())));
                pre.add(LocalNodes.write(ks, kt.rep(), index));
                return v -> storeIndexed(ix, LocalNodes.read(cs, Rep.OBJECT), LocalNodes.read(ks, kt.rep()), v);
            }
            case Expr.Star st -> {
                GoType elem = ((PointerType) type(st.x()).underlying()).elem;
                int ps = fn.slot(FrameSlotKind.Object);
                pre.add(LocalNodes.write(ps, Rep.OBJECT, expr(st.x())));
                return v -> new PointerNodes.Store(LocalNodes.read(ps, Rep.OBJECT), elem.rep(), elem, v);
            }
            case Expr.Selector sx when fn.info.qualified.get(sx) == null && type(sx.x()).underlying() instanceof PointerType -> {
                Selection sel = fn.info.selections.get(sx);
                StructType.Field f = fieldOf(sel);
                int ss = fn.slot(FrameSlotKind.Object);
                pre.add(LocalNodes.write(ss, Rep.OBJECT, structOperand(sx.x(), sel)));
                return v -> StructNodes.write(LocalNodes.read(ss, Rep.OBJECT), f.slot(), f.type().rep(), v);
            }
            default -> {
                return null;
            }
        }
    }

    private StmtNode returnStmt(Stmt.Return r) {
        List<GoType> want = currentResults();
        if (r.results().isEmpty()) {
            if (!fn.namedResults.isEmpty()) {
                return new ControlNodes.Return(fn.deferSlot >= 0 ? null : readNamedResults());
            }
            return new ControlNodes.Return(null);
        }
        ExprNode value;
        if (r.results().size() == 1 && want.size() > 1) {
            value = expr(r.results().get(0)); // f() returning a tuple
        } else if (want.size() == 1) {
            value = valueTo(r.results().get(0), want.get(0));
        } else {
            ExprNode[] vals = new ExprNode[want.size()];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = valueTo(r.results().get(i), want.get(i));
            }
            value = new ControlNodes.Tuple(vals);
        }
        if (!fn.namedResults.isEmpty() && fn.deferSlot >= 0) {
            // results must be visible to deferred calls: store them into the named result variables
            List<StmtNode> out = new ArrayList<>();
            if (want.size() == 1) {
                out.add(writeVar(fn.namedResults.get(0), value));
            } else {
                int tmp = fn.slot(FrameSlotKind.Object);
                out.add(LocalNodes.write(tmp, Rep.OBJECT, value));
                for (int i = 0; i < want.size(); i++) {
                    out.add(writeVar(fn.namedResults.get(i), convert(new CallNodes.TupleGet(LocalNodes.read(tmp, Rep.OBJECT), i), want.get(i), want.get(i))));
                }
            }
            out.add(new ControlNodes.Return(null));
            return new ControlNodes.Block(out.toArray(new StmtNode[0]));
        }
        return new ControlNodes.Return(value);
    }

    private List<GoType> currentResults() {
        return fn.resultTypes;
    }

    private StmtNode labeled(Stmt.Labeled l) {
        return switch (l.stmt()) {
            case Stmt.For f -> forStmt(f, l.label());
            case Stmt.Range r -> rangeStmt(r, l.label());
            case Stmt.Switch s -> switchStmt(s, l.label());
            case Stmt.TypeSwitch ts -> typeSwitch(ts, l.label());
            case Stmt.Select sel -> Concurrency.select(this, sel, target(l.label(), sel));
            default -> stmt(l.stmt());
        };
    }

    Object target(String label, Stmt s) {
        Object t = new Object();
        if (label != null) {
            fn.labels.put(label, s);
        }
        fn.targets.put(s, t);
        return t;
    }

    private StmtNode branch(Stmt.Branch b) {
        Object target = null;
        if (b.label() != null) {
            Stmt s = fn.labels.get(b.label());
            target = s == null ? null : fn.targets.get(s);
        }
        return switch (b.kind()) {
            case BREAK -> new ControlNodes.Break(target);
            case CONTINUE -> new ControlNodes.Continue(target);
            case FALLTHROUGH -> new SwitchNode.Fallthrough();
            case GOTO -> new gosub.language.nodes.controlflow.GotoBlock.Goto(b.label());
        };
    }

    private StmtNode forStmt(Stmt.For f, String label) {
        Object target = target(label, f);
        List<StmtNode> out = new ArrayList<>();
        List<VarEntity> loopVars = new ArrayList<>();
        if (f.init() != null) {
            out.add(stmt(f.init()));
            if (f.init() instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE) {
                for (Expr l : a.lhs()) {
                    if (fn.info.defs.get(l) instanceof VarEntity v && (v.captured || v.addressTaken)) {
                        loopVars.add(v);
                    }
                }
            }
        }
        StmtNode body = block(f.body().stmts());
        StmtNode post = f.post() == null ? null : stmt(f.post());
        if (!loopVars.isEmpty()) {
            // Go 1.22: each iteration has its own copy of the loop variables
            List<StmtNode> renew = new ArrayList<>();
            for (VarEntity v : loopVars) {
                renew.add(new LocalNodes.RenewCell(fn.slots.get(v)));
            }
            if (post != null) {
                renew.add(post);
            }
            post = new ControlNodes.Block(renew.toArray(new StmtNode[0]));
        }
        out.add(new ControlNodes.For(f.cond() == null ? null : cond(f.cond()), body, post, target));
        return new ControlNodes.Block(out.toArray(new StmtNode[0]));
    }

    private StmtNode rangeStmt(Stmt.Range r, String label) {
        Object target = target(label, r);
        GoType xt = type(r.x());
        GoType u = xt.underlying();
        VarEntity kv = r.key() == null ? null : rangeVar(r.key(), r.define());
        VarEntity vv = r.value() == null ? null : rangeVar(r.value(), r.define());
        int ks = fn.slot(FrameSlotKind.Object);
        int vs = fn.slot(FrameSlotKind.Object);
        ExprNode keyNode = new RangeNodes.Current(ks);
        ExprNode valueNode = new RangeNodes.Current(vs);
        ExprNode x = expr(r.x());
        StmtNode assignK = r.key() == null ? null : assignRange(r.key(), kv, r.define(), keyNode);
        StmtNode assignV = r.value() == null ? null : assignRange(r.value(), vv, r.define(), valueNode);
        if (assignK != null && assignV != null && !r.define()) {
            // key and value are assigned as in k, v = ...: the value's target is evaluated before the key is set
            List<StmtNode> pre = new ArrayList<>();
            java.util.function.Function<ExprNode, StmtNode> valueTarget = prepareTarget(r.value(), pre);
            if (valueTarget != null) {
                pre.add(assignK);
                assignK = new ControlNodes.Block(pre.toArray(new StmtNode[0]));
                assignV = valueTarget.apply(valueNode);
            }
        }
        StmtNode body = block(r.body().stmts());
        if (u instanceof ChanType ct) {
            StmtNode assignCh = r.key() == null ? null : assignRange(r.key(), kv, r.define(), new RangeNodes.Current(ks));
            return Concurrency.rangeChannel(this, x, assignCh, body, target, ks);
        }
        if (u instanceof BasicType b && b.kind().isInteger()) {
            return new RangeNodes.Count(x, assignK, body, target, ks);
        }
        if (u instanceof BasicType b && b.kind().isString()) {
            return new RangeNodes.OverString(x, assignK, assignV, body, target, ks, vs);
        }
        if (u instanceof MapType mt) {
            return new RangeNodes.OverMap(x, assignK, assignV, body, target, ks, vs);
        }
        boolean isArray = !(u instanceof SliceType);
        GoType elem = indexedElem(u);
        if (u instanceof PointerType pt && (r.value() == null || isBlank(r.value()))) {
            // only the indices: Go takes them from the type and never reads through the pointer, nil or not
            long length = ((ArrayType) pt.elem.underlying()).length;
            return new RangeNodes.Count(new SliceNodes.ArrayLen(x, length), assignK, body, target, ks);
        }
        if (u instanceof PointerType) {
            x = new PointerNodes.LoadAggregate(x);
        } else if (isArray && r.value() != null) {
            x = new ConversionNodes.CopyAggregate(xt, x); // the range expression is evaluated once: a copy of the array
        }
        return new RangeNodes.OverSlice(x, isArray, Aggregates.storageOf(elem), elem, assignK, assignV, body, target, ks, vs);
    }

    private VarEntity rangeVar(Expr e, boolean define) {
        if (!define) {
            return null;
        }
        Entity d = fn.info.defs.get(e);
        return d instanceof VarEntity v && !v.name.equals("_") ? v : null;
    }

    /** The statement that stores the current iteration's key or value (read by source) into its variable. */
    private StmtNode assignRange(Expr lhs, VarEntity v, boolean define, ExprNode source) {
        if (define) {
            if (v == null) {
                return null;
            }
            return declareVar(v, source);
        }
        if (isBlank(lhs)) {
            return null;
        }
        return store(lhs, source);
    }

    private StmtNode switchStmt(Stmt.Switch sw, String label) {
        Object target = target(label, sw);
        StmtNode init = sw.init() == null ? null : stmt(sw.init());
        int tagSlot = -1;
        GoType tagType = null;
        List<StmtNode> pre = new ArrayList<>();
        if (init != null) {
            pre.add(init);
        }
        if (sw.tag() != null) {
            tagType = type(sw.tag());
            tagSlot = fn.slot(kind(tagType));
            pre.add(LocalNodes.write(tagSlot, tagType.rep(), expr(sw.tag())));
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
                if (tagSlot < 0) {
                    conds.add(cond(e));
                } else {
                    GoType et = type(e);
                    ExprNode tag = LocalNodes.read(tagSlot, tagType.rep());
                    conds.add(equality(tagType, tag, et, expr(e)));
                }
                condClause.add(i);
            }
            bodies[i] = block(cc.body());
        }
        int[] cc = condClause.stream().mapToInt(Integer::intValue).toArray();
        SwitchNode node = new SwitchNode(pre.isEmpty() ? null : new ControlNodes.Block(pre.toArray(new StmtNode[0])), conds.toArray(new ExprNode[0]), cc, bodies, def);
        return new ControlNodes.Breakable(node, target);
    }

    /** x == y where the operands may differ in type only by one being an interface. */
    private ExprNode equality(GoType xt, ExprNode x, GoType yt, ExprNode y) {
        if (xt.isInterface() && !yt.isInterface()) {
            y = convert(y, yt, xt);
            yt = xt;
        } else if (yt.isInterface() && !xt.isInterface()) {
            x = convert(x, xt, yt);
            xt = yt;
        }
        return compare(Operator.EQL, xt, x, y);
    }

    private StmtNode typeSwitch(Stmt.TypeSwitch ts, String label) {
        Object target = target(label, ts);
        List<StmtNode> pre = new ArrayList<>();
        if (ts.init() != null) {
            pre.add(stmt(ts.init()));
        }
        int xs = fn.slot(FrameSlotKind.Object);
        pre.add(LocalNodes.write(xs, Rep.OBJECT, expr(ts.x())));
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
                GoType t = fn.info.types.get(e);
                boolean isNil = t == Types.UNTYPED_NIL;
                conds.add(new InterfaceNodes.Is(LocalNodes.read(xs, Rep.OBJECT), isNil ? null : t, methods));
                condClause.add(i);
            }
            List<StmtNode> body = new ArrayList<>();
            VarEntity bound = fn.info.implicits.get(cc);
            if (bound != null) {
                ExprNode src = LocalNodes.read(xs, Rep.OBJECT);
                if (!bound.type.isInterface()) {
                    src = new InterfaceNodes.Unbox(src);
                }
                body.add(declareVar(bound, src));
            }
            bodies[i] = statements(body, cc.body());
        }
        int[] cc = condClause.stream().mapToInt(Integer::intValue).toArray();
        SwitchNode node = new SwitchNode(new ControlNodes.Block(pre.toArray(new StmtNode[0])), conds.toArray(new ExprNode[0]), cc, bodies, def);
        return new ControlNodes.Breakable(node, target);
    }

    private StmtNode deferStmt(Stmt.Defer d) {
        Expr.Call c = d.call();
        if (fn.info.calls.get(c) == Info.CallKind.BUILTIN) {
            // the arguments are evaluated now, into slots that the built-in's statement reads when it runs
            List<Expr> values = c.args().stream().filter(a -> !fn.info.consts.containsKey(a)).toList();
            ExprNode[] args = new ExprNode[values.size()];
            int[] slots = new int[values.size()];
            Rep[] reps = new Rep[values.size()];
            for (int i = 0; i < args.length; i++) {
                Expr a = values.get(i);
                GoType t = type(a);
                args[i] = expr(a);
                reps[i] = t.rep();
                slots[i] = fn.slot(kind(t));
                deferredArgs.put(a, new DeferredArg(slots[i], reps[i]));
            }
            StmtNode b;
            ExprNode thunk;
            try {
                b = builtinStmt(c);
                thunk = b != null ? new FuncNodes.StmtAsExpr(b) : expr(c);
            } finally {
                values.forEach(deferredArgs::remove);
            }
            return new DeferNode.Builtin(fn.deferSlot, thunk, args, slots, reps);
        }
        CallParts p = callParts(c);
        return new DeferNode.Call(fn.deferSlot, p.fnValue, p.target, p.args);
    }

    /** A call split into what to call and its evaluated arguments, for go and defer. */
    static final class CallParts {
        ExprNode fnValue;
        java.util.function.Supplier<CallTarget> target;
        ExprNode[] args;
    }

    CallParts callParts(Expr.Call c) {
        CallParts p = new CallParts();
        Info.CallKind k = fn.info.calls.get(c);
        Expr f = unparen(c.fun());
        if (k == Info.CallKind.FUNC) {
            FuncEntity fe = staticFunc(f);
            p.target = () -> callTarget(fe);
            p.args = args(c, fe.sig());
        } else if (k == Info.CallKind.METHOD) {
            Expr.Selector s = (Expr.Selector) f;
            Selection sel = fn.info.selections.get(s);
            FuncEntity m = sel.methodEntity();
            p.target = () -> callTarget(m);
            ExprNode[] a = args(c, m.sig());
            ExprNode[] all = new ExprNode[a.length + 1];
            all[0] = receiver(s, sel, m);
            System.arraycopy(a, 0, all, 1, a.length);
            p.args = all;
        } else {
            p.fnValue = expr(c.fun());
            p.args = args(c, (FuncType) type(c.fun()).underlying());
        }
        return p;
    }

    // ------------------------------------------------------------------ expressions

    GoType type(Expr e) {
        GoType t = fn.info.types.get(e);
        if (t == null && e instanceof Expr.Paren p) {
            return type(p.x());
        }
        if (t == null) {
            throw new Unbuildable(e, "expression without a type (" + e.getClass().getSimpleName() + ")");
        }
        if (t.isUntyped()) {
            return defaultOf(t);
        }
        return t;
    }

    private static GoType defaultOf(GoType t) {
        return switch (((BasicType) t).kind()) {
            case UNTYPED_BOOL -> Types.BOOL;
            case UNTYPED_INT -> Types.INT;
            case UNTYPED_RUNE -> Types.INT32;
            case UNTYPED_FLOAT -> Types.FLOAT64;
            case UNTYPED_STRING -> Types.STRING;
            default -> t;
        };
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    ExprNode cond(Expr e) {
        return expr(e);
    }

    ExprNode intExpr(Expr e) {
        return expr(e);
    }

    /** The value of e converted for storing into a location of type target (interface boxing, aggregate copy). */
    ExprNode valueTo(Expr e, GoType target) {
        GoType from = type(e);
        ExprNode n = expr(e);
        if (Aggregates.isAggregate(from) && !isFresh(e)) {
            n = new ConversionNodes.CopyAggregate(from, n);
        }
        return convert(n, from, target);
    }

    /** Composite literals and call results are new values; everything else must be copied when stored. */
    private boolean isFresh(Expr e) {
        Expr u = unparen(e);
        return u instanceof Expr.CompositeLit || u instanceof Expr.Call c && fn.info.calls.get(c) != Info.CallKind.CONVERSION;
    }

    ExprNode convert(ExprNode n, GoType from, GoType to) {
        if (to == null || from == to) {
            return n;
        }
        if (to.isInterface() && !from.isInterface()) {
            if (from == Types.UNTYPED_NIL) {
                return n;
            }
            return new ConversionNodes.ToIface(from, false, n);
        }
        return n;
    }

    ExprNode expr(Expr e) {
        ExprNode n = expr0(e);
        return at(n, e);
    }

    /** An argument of a deferred built-in, evaluated at the defer statement and read from a slot later. */
    private record DeferredArg(int slot, Rep rep) {
    }

    private final Map<Expr, DeferredArg> deferredArgs = new IdentityHashMap<>();

    private ExprNode expr0(Expr e) {
        DeferredArg deferred = deferredArgs.get(e);
        if (deferred != null) {
            return LocalNodes.read(deferred.slot(), deferred.rep());
        }
        ConstValue cv = fn.info.consts.get(e);
        if (cv != null) {
            return new ConstNode(constValue(cv, type(e)));
        }
        switch (e) {
            case Expr.Paren p -> {
                return expr(p.x());
            }
            case Expr.Ident id -> {
                Entity ent = fn.info.uses.get(id);
                if (ent instanceof VarEntity v) {
                    return readVar(v);
                }
                if (ent instanceof FuncEntity f) {
                    FuncEntity inst = fn.info.instances.getOrDefault(id, f);
                    return new FuncNodes.FuncRef(() -> callTarget(inst), inst.qualifiedName());
                }
                if (ent instanceof ConstEntity c) {
                    return new ConstNode(constValue(c.value, type(e)));
                }
                if (id.name().equals("nil")) {
                    return new ConstNode(null);
                }
                throw new Unbuildable(e, "identifier " + id.name());
            }
            case Expr.BasicLit lit -> throw new Unbuildable(e, "literal " + lit.raw());
            case Expr.FuncLit fl -> {
                return funcLit(fl);
            }
            case Expr.CompositeLit cl -> {
                return compositeLit(cl);
            }
            case Expr.Selector s -> {
                return selector(s);
            }
            case Expr.Index ix -> {
                return index(ix, false);
            }
            case Expr.Slice sl -> {
                return sliceExpr(sl);
            }
            case Expr.TypeAssert ta -> {
                GoType t = fn.info.types.get(ta.type());
                return new InterfaceNodes.Assert(expr(ta.x()), type(ta.x()), t, false, methods);
            }
            case Expr.Call c -> {
                return call(c);
            }
            case Expr.Star st -> {
                GoType elem = ((PointerType) type(st.x()).underlying()).elem;
                if (Aggregates.isAggregate(elem)) {
                    return new PointerNodes.LoadAggregate(expr(st.x()));
                }
                return new PointerNodes.Load(expr(st.x()), elem.rep());
            }
            case Expr.Unary u -> {
                return unary(u);
            }
            case Expr.Binary b -> {
                return binary(b);
            }
            default -> throw new Unbuildable(e, "expression " + e.getClass().getSimpleName());
        }
    }

    /** A constant as the Java value of its type's representation. */
    static Object constValue(ConstValue cv, GoType t) {
        GoType u = t.underlying();
        if (u instanceof BasicType b) {
            Kind k = b.kind();
            if (k.isInteger()) {
                BigInteger i = cv.exactInt();
                return i == null ? (long) cv.toDouble() : i.longValue();
            }
            if (k.isFloat()) {
                double d = cv.toDouble();
                return k == Kind.FLOAT32 ? (double) (float) d : d;
            }
            if (k.isBoolean()) {
                return cv.asBool();
            }
            if (k.isString()) {
                return cv.asString();
            }
        }
        if (u instanceof InterfaceType) {
            // a constant stored in an interface: box with its default type
            GoType dt = cv.isBool() ? Types.BOOL : cv.isString() ? Types.STRING : cv.isInt() ? Types.INT : Types.FLOAT64;
            return new gosub.language.values.Iface(dt, constValue(cv, dt));
        }
        throw new Unbuildable(null, "constant of type " + t);
    }

    private ExprNode unary(Expr.Unary u) {
        GoType t = type(u);
        switch (u.op()) {
            case SUB -> {
                if (t.isFloat()) {
                    return UnaryArithmetic.negateFloat(expr(u.x()));
                }
                return UnaryArithmetic.negateInt(kindOf(t), expr(u.x()));
            }
            case ADD -> {
                return expr(u.x());
            }
            case NOT -> {
                return Logic.not(expr(u.x()));
            }
            case XOR -> {
                return UnaryArithmetic.complement(kindOf(t), expr(u.x()));
            }
            case AND -> {
                return addressOf(u.x());
            }
            case RECV -> {
                return Concurrency.receive(this, expr(u.x()), ((ChanType) type(u.x()).underlying()).elem, false);
            }
            default -> throw new Unbuildable(u, "operator " + u.op());
        }
    }

    public static Kind kindOf(GoType t) {
        GoType u = t.underlying();
        return u instanceof BasicType b ? b.kind() : Kind.INT;
    }

    ExprNode addressOf(Expr x) {
        Expr u = unparen(x);
        GoType t = type(u);
        if (u instanceof Expr.CompositeLit) {
            ExprNode lit = expr(u);
            if (Aggregates.isAggregate(t)) {
                return lit;
            }
            return new FuncNodes.Boxed(lit, t);
        }
        if (Aggregates.isAggregate(t)) {
            return expr(u); // the storage is the pointer
        }
        switch (u) {
            case Expr.Ident id -> {
                VarEntity v = (VarEntity) fn.info.uses.get(id);
                return cellOf(v);
            }
            case Expr.Selector s -> {
                Entity q = fn.info.qualified.get(s);
                if (q instanceof VarEntity v) {
                    return cellOf(v);
                }
                Selection sel = fn.info.selections.get(s);
                StructType.Field f = fieldOf(sel);
                return new PointerNodes.FieldAddress(structOperand(s.x(), sel), f.slot());
            }
            case Expr.Index ix -> {
                GoType xu = type(ix.x()).underlying();
                boolean isArray = !(xu instanceof SliceType);
                ExprNode xs = xu instanceof PointerType ? new PointerNodes.LoadAggregate(expr(ix.x())) : expr(ix.x());
                return new PointerNodes.ElementAddress(xs, intExpr(ix.indices().get(0)), isArray);
            }
            case Expr.Star st -> {
                // &*p is p, but Go checks p for nil all the same
                return new PointerNodes.LoadAggregate(expr(st.x()));
            }
            default -> throw new Unbuildable(x, "address of " + x.getClass().getSimpleName());
        }
    }

    private ExprNode binary(Expr.Binary b) {
        Operator op = b.op();
        if (op == Operator.LAND) {
            return Logic.and(expr(b.x()), expr(b.y()));
        }
        if (op == Operator.LOR) {
            return Logic.or(expr(b.x()), expr(b.y()));
        }
        GoType xt = type(b.x());
        GoType yt = type(b.y());
        switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> {
                ExprNode x = expr(b.x());
                ExprNode y = expr(b.y());
                if (xt.isInterface() != yt.isInterface()) {
                    if (xt.isInterface()) {
                        y = convert(y, yt, xt);
                    } else {
                        x = convert(x, xt, yt);
                        xt = yt;
                    }
                }
                return compare(op, xt, x, y);
            }
            default -> {
                GoType t = type(b);
                if (op.isShift()) {
                    return IntArithmetic.create(op, kindOf(t), expr(b.x()), expr(b.y()), yt.isUnsigned());
                }
                return arith(op, t, expr(b.x()), expr(b.y()));
            }
        }
    }

    ExprNode compare(Operator op, GoType t, ExprNode x, ExprNode y) {
        return Comparison.create(op, t, x, y);
    }

    ExprNode arith(Operator op, GoType t, ExprNode x, ExprNode y) {
        if (t.isString()) {
            return new StringNodes.Concat(x, y);
        }
        if (t.isFloat()) {
            return FloatArithmetic.create(op, kindOf(t) == Kind.FLOAT32, x, y);
        }
        return IntArithmetic.create(op, kindOf(t), x, y, false);
    }

    // ------------------------------------------------------------------ selectors, fields, methods

    private StructType.Field fieldOf(Selection sel) {
        StructType st = (StructType) sel.fieldOwner().underlying();
        return st.field(sel.name());
    }

    /** The struct storage that holds the selected field, after walking embedded fields. */
    private ExprNode structOperand(Expr x, Selection sel) {
        ExprNode cur = expr(x);
        for (Selection.Step step : sel.path()) {
            StructType st = (StructType) (step.structType().underlying() instanceof PointerType p ? p.elem.underlying() : step.structType().underlying());
            StructType.Field f = st.field(step.field());
            cur = StructNodes.read(cur, f.slot(), Rep.OBJECT);
        }
        return cur;
    }

    private ExprNode selector(Expr.Selector s) {
        Entity q = fn.info.qualified.get(s);
        if (q != null) {
            if (q instanceof VarEntity v) {
                return readVar(v);
            }
            if (q instanceof FuncEntity f) {
                return new FuncNodes.FuncRef(() -> callTarget(f), f.qualifiedName());
            }
            if (q instanceof ConstEntity c) {
                return new ConstNode(constValue(c.value, type(s)));
            }
            throw new Unbuildable(s, "qualified " + s.sel());
        }
        Selection sel = fn.info.selections.get(s);
        switch (sel.kind()) {
            case FIELD -> {
                StructType.Field f = fieldOf(sel);
                return StructNodes.read(structOperand(s.x(), sel), f.slot(), f.type().rep());
            }
            case METHOD_VALUE -> {
                FuncEntity m = sel.methodEntity();
                return new FuncNodes.BoundMethod(() -> callTarget(m), receiver(s, sel, m), m.qualifiedName());
            }
            case INTERFACE_METHOD -> {
                return new FuncNodes.BoundInterfaceMethod(expr(s.x()), s.sel(), methods);
            }
            case METHOD_EXPR -> {
                FuncEntity m = sel.methodEntity();
                if (m == null) {
                    throw new Unbuildable(s, "method expression on an interface type");
                }
                return methodExpr(sel, m);
            }
            default -> throw new Unbuildable(s, "selector");
        }
    }

    /** The receiver argument of a statically dispatched method call (taking the address or dereferencing). */
    private ExprNode receiver(Expr.Selector s, Selection sel, FuncEntity m) {
        GoType holder = type(s.x());
        if (sel.path().isEmpty() && m.pointerRecv && !(holder.underlying() instanceof PointerType)) {
            return addressOf(s.x());
        }
        return receiverFrom(expr(s.x()), holder, sel.path(), m);
    }

    /**
     * The receiver of method m from x of type holder: through the embedded fields of path, then dereferenced (or
     * copied) to the value a value method takes. For a pointer method, x or an embedded field on the path is a
     * pointer (or addressable storage).
     */
    private ExprNode receiverFrom(ExprNode x, GoType holder, List<Selection.Step> path, FuncEntity m) {
        for (Selection.Step step : path) {
            StructType st = (StructType) (step.structType().underlying() instanceof PointerType p ? p.elem.underlying() : step.structType().underlying());
            StructType.Field f = st.field(step.field());
            holder = f.type();
            if (m.pointerRecv && !(holder.underlying() instanceof PointerType) && !Aggregates.isAggregate(holder)) {
                // the method's type is embedded as a number, string, slice, ...: its receiver is the field's address
                return new PointerNodes.FieldAddress(x, f.slot());
            }
            x = StructNodes.read(x, f.slot(), holder.rep());
        }
        if (m.pointerRecv) {
            return x; // a pointer, or embedded struct storage, which is the pointer
        }
        if (holder.underlying() instanceof PointerType p) {
            GoType elem = p.elem;
            if (Aggregates.isAggregate(elem)) {
                return new ConversionNodes.CopyAggregate(elem, new PointerNodes.LoadAggregate(x));
            }
            return new PointerNodes.Load(x, elem.rep());
        }
        if (Aggregates.isAggregate(holder)) {
            return new ConversionNodes.CopyAggregate(holder, x);
        }
        return x;
    }

    /**
     * The function T.M or (*T).M denotes: M's own code when its receiver is the first parameter as is, else a
     * wrapper that first turns the parameter into M's receiver (dereferencing *T for a value method, walking to
     * the embedded field that declares a promoted method).
     */
    private ExprNode methodExpr(Selection sel, FuncEntity m) {
        boolean recvIsPointer = sel.recvType().underlying() instanceof PointerType;
        if (sel.path().isEmpty() && recvIsPointer == m.pointerRecv) {
            return new FuncNodes.FuncRef(() -> callTarget(m), m.qualifiedName());
        }
        ExprNode recv = receiverFrom(MethodExpressionWrapper.receiverArgument(), sel.recvType(), sel.path(), m);
        // Go's message for a nil *T given to (*T).M of a value method; through embedded fields it is a nil dereference
        String nilMessage = sel.path().isEmpty() && m.recvType instanceof NamedType nt
                        ? "value method " + m.qualifiedName() + " called using nil *" + nt.name + " pointer" : null;
        CallTarget[] wrapper = new CallTarget[1];
        return new FuncNodes.FuncRef(() -> {
            synchronized (wrapper) { // the receiver node can belong to one wrapper only
                if (wrapper[0] == null) {
                    wrapper[0] = MethodExpressionWrapper.create(language, recv, callTarget(m), nilMessage);
                }
                return wrapper[0];
            }
        }, m.qualifiedName());
    }

    private ExprNode index(Expr.Index ix, boolean commaOk) {
        FuncEntity inst = fn.info.instances.get(ix);
        if (inst != null) {
            return new FuncNodes.FuncRef(() -> callTarget(inst), inst.qualifiedName());
        }
        GoType xt = type(ix.x());
        GoType u = xt.underlying();
        Expr i = ix.indices().get(0);
        if (u instanceof BasicType) {
            return new StringNodes.Index(expr(ix.x()), intExpr(i));
        }
        if (u instanceof MapType mt) {
            return new MapNodes.Get(expr(ix.x()), valueTo(i, mt.key), mt.key, mt.value, commaOk);
        }
        boolean isArray = !(u instanceof SliceType);
        GoType elem = indexedElem(u);
        ExprNode xs = u instanceof PointerType ? new PointerNodes.LoadAggregate(expr(ix.x())) : expr(ix.x());
        return new SliceNodes.Get(xs, intExpr(i), isArray, Aggregates.storageOf(elem), kindOf(elem) == Kind.INT8);
    }

    private ExprNode commaOkExpr(Expr u) {
        switch (u) {
            case Expr.Index ix -> {
                return index(ix, true);
            }
            case Expr.TypeAssert ta -> {
                GoType t = fn.info.types.get(ta.type());
                return new InterfaceNodes.Assert(expr(ta.x()), type(ta.x()), t, true, methods);
            }
            case Expr.Unary un -> {
                return Concurrency.receive(this, expr(un.x()), ((ChanType) type(un.x()).underlying()).elem, true);
            }
            default -> throw new Unbuildable(u, "comma-ok form");
        }
    }

    private ExprNode sliceExpr(Expr.Slice sl) {
        GoType u = type(sl.x()).underlying();
        ExprNode lo = sl.lo() == null ? null : intExpr(sl.lo());
        ExprNode hi = sl.hi() == null ? null : intExpr(sl.hi());
        ExprNode max = sl.max() == null ? null : intExpr(sl.max());
        if (u instanceof BasicType) {
            return new StringNodes.Substring(expr(sl.x()), lo, hi);
        }
        if (u instanceof PointerType) {
            return new SliceNodes.Reslice(new PointerNodes.LoadAggregate(expr(sl.x())), lo, hi, max, true);
        }
        return new SliceNodes.Reslice(expr(sl.x()), lo, hi, max, u instanceof ArrayType);
    }

    private ExprNode compositeLit(Expr.CompositeLit cl) {
        GoType t = fn.info.types.get(cl);
        if (t == null) {
            throw new Unbuildable(cl, "composite literal");
        }
        boolean ptr = false;
        if (cl.type() == null && t.underlying() instanceof PointerType p) {
            t = p.elem;
            ptr = true;
        }
        ExprNode n = compositeOf(cl, t);
        return n; // a pointer to an aggregate is its storage, so &T{} and T{} build the same node
    }

    private ExprNode compositeOf(Expr.CompositeLit cl, GoType t) {
        GoType u = t.underlying();
        switch (u) {
            case StructType st -> {
                int n = cl.elems().size();
                int[] slots = new int[n];
                Rep[] reps = new Rep[n];
                ExprNode[] vals = new ExprNode[n];
                for (int i = 0; i < n; i++) {
                    Expr.Element el = cl.elems().get(i);
                    StructType.Field f = el.key() != null ? st.field(((Expr.Ident) el.key()).name()) : st.fields.get(i);
                    slots[i] = f.slot();
                    reps[i] = f.type().rep();
                    vals[i] = element(el.value(), f.type());
                }
                return new StructNodes.Literal(st, slots, reps, vals);
            }
            case SliceType s -> {
                return elements(cl, s.elem, false, -1);
            }
            case ArrayType a -> {
                return elements(cl, a.elem, true, a.length);
            }
            case MapType m -> {
                int n = cl.elems().size();
                ExprNode[] keys = new ExprNode[n];
                ExprNode[] vals = new ExprNode[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = element(cl.elems().get(i).key(), m.key);
                    vals[i] = element(cl.elems().get(i).value(), m.value);
                }
                return new MapNodes.Literal(m.key, keys, vals);
            }
            default -> throw new Unbuildable(cl, "composite literal of " + t);
        }
    }

    private ExprNode element(Expr v, GoType t) {
        if (v instanceof Expr.CompositeLit c && c.type() == null) {
            return expr(v);
        }
        return valueTo(v, t);
    }

    private ExprNode elements(Expr.CompositeLit cl, GoType elem, boolean isArray, long arrayLen) {
        int n = cl.elems().size();
        int[] idx = new int[n];
        ExprNode[] vals = new ExprNode[n];
        int next = 0;
        int len = 0;
        for (int i = 0; i < n; i++) {
            Expr.Element el = cl.elems().get(i);
            if (el.key() != null) {
                next = (int) fn.info.consts.get(el.key()).exactInt().longValue();
            }
            idx[i] = next;
            vals[i] = element(el.value(), elem);
            next++;
            len = Math.max(len, next);
        }
        if (isArray) {
            len = (int) arrayLen;
        }
        return new SliceNodes.Literal(elem, idx, len, isArray, vals);
    }

    // ------------------------------------------------------------------ calls

    private FuncEntity staticFunc(Expr f) {
        FuncEntity inst = fn.info.instances.get(f);
        if (inst != null) {
            return inst;
        }
        if (f instanceof Expr.Ident id) {
            return (FuncEntity) fn.info.uses.get(id);
        }
        if (f instanceof Expr.Selector s) {
            return (FuncEntity) fn.info.qualified.get(s);
        }
        throw new Unbuildable(f, "static call");
    }

    /** Argument nodes for a call of signature sig, with variadic arguments packed into a slice. */
    ExprNode[] args(Expr.Call c, FuncType sig) {
        List<Expr> as = c.args();
        int np = sig.params.size();
        if (as.size() == 1 && fn.info.types.get(as.get(0)) instanceof TupleType tt) {
            // f(g()) with g returning several values: spread them over the parameters (and variadic tail)
            ExprNode tuple = expr(as.get(0));
            int tmp = fn.slot(FrameSlotKind.Object);
            int n = tt.types.size();
            ExprNode[] vals = new ExprNode[n];
            for (int i = 0; i < n; i++) {
                vals[i] = new CallNodes.TupleGet(i == 0 ? new FuncNodes.SaveTo(tmp, tuple) : LocalNodes.read(tmp, Rep.OBJECT), i);
            }
            ExprNode[] out = new ExprNode[np];
            int fixed = sig.variadic ? np - 1 : np;
            for (int i = 0; i < fixed; i++) {
                out[i] = convert(vals[i], tt.types.get(i), sig.params.get(i));
            }
            if (sig.variadic) {
                GoType elem = ((SliceType) sig.params.get(np - 1)).elem;
                int rest = n - fixed;
                ExprNode[] vs = new ExprNode[rest];
                int[] idx = new int[rest];
                for (int i = 0; i < rest; i++) {
                    vs[i] = convert(vals[fixed + i], tt.types.get(fixed + i), elem);
                    idx[i] = i;
                }
                out[np - 1] = rest == 0 ? new ConstNode(null) : new SliceNodes.Literal(elem, idx, rest, false, vs);
            }
            return out;
        }
        ExprNode[] out = new ExprNode[np];
        int fixed = sig.variadic ? np - 1 : np;
        for (int i = 0; i < fixed; i++) {
            out[i] = valueTo(as.get(i), sig.params.get(i));
        }
        if (sig.variadic) {
            GoType elem = ((SliceType) sig.params.get(np - 1)).elem;
            if (c.hasEllipsis()) {
                out[np - 1] = expr(as.get(as.size() - 1));
            } else {
                int n = as.size() - fixed;
                if (n == 0) {
                    out[np - 1] = new ConstNode(null);
                } else {
                    ExprNode[] vs = new ExprNode[n];
                    int[] idx = new int[n];
                    for (int i = 0; i < n; i++) {
                        vs[i] = valueTo(as.get(fixed + i), elem);
                        idx[i] = i;
                    }
                    out[np - 1] = new SliceNodes.Literal(elem, idx, n, false, vs);
                }
            }
        }
        return out;
    }

    private ExprNode call(Expr.Call c) {
        Info.CallKind k = fn.info.calls.get(c);
        if (k == null) {
            throw new Unbuildable(c, "call");
        }
        Expr f = unparen(c.fun());
        switch (k) {
            case CONVERSION -> {
                return conversion(c);
            }
            case BUILTIN -> {
                return BuiltinCalls.build(this, c, ((gosub.language.check.BuiltinEntity) fn.info.uses.get((Expr.Ident) f)).name);
            }
            case FUNC -> {
                FuncEntity fe = staticFunc(f);
                if (fe.nativeName != null) {
                    return nativeCall(c, fe.nativeName, args(c, fe.sig()));
                }
                return new CallNodes.Static(() -> callTarget(fe), args(c, fe.sig()));
            }
            case METHOD -> {
                Expr.Selector s = (Expr.Selector) f;
                Selection sel = fn.info.selections.get(s);
                FuncEntity m = sel.methodEntity();
                ExprNode[] a = args(c, m.sig());
                ExprNode[] all = new ExprNode[a.length + 1];
                all[0] = receiver(s, sel, m);
                System.arraycopy(a, 0, all, 1, a.length);
                if (m.nativeName != null) {
                    return nativeCall(c, m.nativeName, all);
                }
                return new CallNodes.Static(() -> callTarget(m), all);
            }
            case INTERFACE_METHOD -> {
                Expr.Selector s = (Expr.Selector) f;
                Selection sel = fn.info.selections.get(s);
                ExprNode recv = expr(s.x());
                GoType recvType = type(s.x());
                if (!sel.path().isEmpty()) {
                    recv = structOperand(s.x(), new Selection(Selection.Kind.FIELD, sel.recvType(), sel.path().subList(0, sel.path().size() - 1),
                                    sel.path().get(sel.path().size() - 1).structType(), sel.path().get(sel.path().size() - 1).field(), null, null, null, false));
                    StructType st = (StructType) (sel.path().get(sel.path().size() - 1).structType().underlying() instanceof PointerType pp ? pp.elem.underlying() : sel.path().get(sel.path().size() - 1).structType().underlying());
                    StructType.Field embedded = st.field(sel.path().get(sel.path().size() - 1).field());
                    recv = StructNodes.read(recv, embedded.slot(), Rep.OBJECT);
                    recvType = embedded.type();
                }
                FuncType sig = (FuncType) type(c.fun()).underlying();
                return new CallNodes.Interface(recv, (InterfaceType) recvType.underlying(), s.sel(), methods, args(c, sig));
            }
            default -> {
                FuncType sig = (FuncType) type(c.fun()).underlying();
                return new CallNodes.Dynamic(expr(c.fun()), args(c, sig));
            }
        }
    }

    /** A call of a function or method implemented in Java: its node from the natives registry, at the call site. */
    private ExprNode nativeCall(Expr.Call c, String name, ExprNode[] args) {
        if (!natives.has(name)) {
            throw new Unbuildable(c, "function " + name);
        }
        return new CallNodes.Native(natives.create(name, args));
    }

    private ExprNode conversion(Expr.Call c) {
        GoType to = type(c);
        Expr a = c.args().get(0);
        GoType from = type(a);
        ExprNode x = expr(a);
        GoType tu = to.underlying();
        GoType fu = from.underlying();
        if (tu instanceof InterfaceType) {
            return from.isInterface() ? x : new ConversionNodes.ToIface(from, Aggregates.isAggregate(from) && !isFresh(a), x);
        }
        if (tu instanceof BasicType tb && fu instanceof BasicType fb) {
            Kind tk = tb.kind();
            Kind fk = fb.kind();
            if ((tk.isInteger() || tk.isFloat()) && (fk.isInteger() || fk.isFloat())) {
                return NumericConversion.create(fk, tk, x);
            }
            if (tk.isString() && fk.isInteger()) {
                return new ConversionNodes.RuneToString(x);
            }
            return x;
        }
        if (tu instanceof BasicType tb2 && tb2.kind().isString() && fu instanceof SliceType s) {
            return kindOf(s.elem) == Kind.INT32 ? new ConversionNodes.RunesToString(x) : new ConversionNodes.BytesToString(x);
        }
        if (fu instanceof SliceType && tu instanceof PointerType tp && tp.elem.underlying() instanceof ArrayType at) {
            return new ConversionNodes.SliceToArray(at, true, x);
        }
        if (fu instanceof SliceType && tu instanceof ArrayType at) {
            return new ConversionNodes.SliceToArray(at, false, x);
        }
        if (tu instanceof SliceType s && fu instanceof BasicType) {
            return kindOf(s.elem) == Kind.INT32 ? new ConversionNodes.StringToRunes(x) : new ConversionNodes.StringToBytes(x);
        }
        return x;
    }

    /** Builtins that are statements (no value). */
    private StmtNode builtinStmt(Expr.Call c) {
        String name = ((gosub.language.check.BuiltinEntity) fn.info.uses.get((Expr.Ident) unparen(c.fun()))).name;
        switch (name) {
            case "panic" -> {
                return at(new ControlNodes.Panic(valueTo(c.args().get(0), gosub.language.check.Universe.ANY)), c);
            }
            case "delete" -> {
                MapType mt = (MapType) type(c.args().get(0)).underlying();
                return new MapNodes.Delete(expr(c.args().get(0)), valueTo(c.args().get(1), mt.key), mt.key);
            }
            case "clear" -> {
                GoType u = type(c.args().get(0)).underlying();
                return new MapNodes.Clear(expr(c.args().get(0)), u instanceof SliceType s ? s.elem : null);
            }
            case "close" -> {
                return Concurrency.close(this, expr(c.args().get(0)));
            }
            case "print", "println" -> {
                ExprNode[] vals = new ExprNode[c.args().size()];
                GoType[] ts = new GoType[vals.length];
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = expr(c.args().get(i));
                    ts[i] = type(c.args().get(i));
                }
                return new FuncNodes.Print(context, name.equals("println"), ts, vals);
            }
            default -> {
                return null;
            }
        }
    }

    Entity defOf(Expr e) {
        return fn.info.defs.get(e);
    }

    StmtNode declare(VarEntity v, ExprNode value) {
        return declareVar(v, value);
    }

    /** Recover's frame slot (armed at entry of functions that call recover). */
    int armedSlot() {
        return fn.armedSlot;
    }

    /** A fresh temporary frame slot. */
    int tempSlot(FrameSlotKind k) {
        return fn.slot(k);
    }

    // ------------------------------------------------------------------ package initialisation

    /** Statements that initialise a package's variables in dependency order, then call its init functions. */
    CallTarget packageInit(GoPackage pkg, Info info) {
        context.builders.put(pkg.path, this);
        Fn saved = fn;
        fn = new Fn(info, pkg.path + ".init", context.tracePath(file));
        try {
            List<StmtNode> out = new ArrayList<>();
            for (Object o : pkg.varInits) {
                Decl.VarSpec vs = (Decl.VarSpec) o;
                List<VarEntity> vars = new ArrayList<>();
                for (Expr.Ident id : vs.names()) {
                    Entity e = info.defs.get(id);
                    vars.add(e instanceof VarEntity v && !v.name.equals("_") ? v : null);
                }
                if (vs.values().isEmpty()) {
                    for (VarEntity v : vars) {
                        if (v != null) {
                            out.add(writeVar(v, zero(v.type)));
                        }
                    }
                    continue;
                }
                out.add(defineVars(vars, vs.values(), vs));
            }
            for (FuncEntity init : pkg.inits) {
                out.add(new ControlNodes.Discard(new CallNodes.Static(() -> callTarget(init), new ExprNode[0])));
            }
            StmtNode body = new ControlNodes.Block(out.toArray(new StmtNode[0]));
            return new GoRootNode(language, fn.fd.build(), pkg.path + ".init", fn.file, body, -1, null, null).getCallTarget();
        } finally {
            fn = saved;
        }
    }
}
