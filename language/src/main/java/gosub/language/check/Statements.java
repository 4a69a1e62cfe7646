package gosub.language.check;

import gosub.ast.AssignOp;
import gosub.ast.BranchKind;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Operator;
import gosub.ast.Pos;
import gosub.ast.Stmt;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.TupleType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statements and function bodies: a body's parameters and results, blocks and their scopes, expression, send,
 * go/defer, return, if, switch, type switch, select, for and range statements, and "declared but not used".
 * Assignments, labels and branches, and termination have classes of their own.
 */
final class Statements {
    private final Checker ck;

    Statements(Checker ck) {
        this.ck = ck;
    }

    /** Checks the body of a declared function or method, in an environment of its own. */
    void funcBody(FuncEntity fe) {
        boolean generic = !fe.typeArgList.isEmpty() || fe.recvType instanceof NamedType nt && !nt.typeArgs.isEmpty();
        if (generic && ck.genericBodies.failed(fe.decl)) {
            ck.quietly(() -> checkFuncBody(fe, true)); // the generic check said what is wrong, once
            return;
        }
        checkFuncBody(fe, generic);
    }

    private void checkFuncBody(FuncEntity fe, boolean generic) {
        fe.info = generic ? new Info() : ck.pkgInfo; // the same syntax has other types in each instance
        Scope params = new Scope(ck.instantiation.typeArgScope(fe.declScope != null ? fe.declScope : ck.fileScopeOf(fe.pos), fe.typeArgs));
        ck.within(Environment.forFuncBody(fe, fe.info, params), () -> {
            Decl.Func d = fe.decl;
            if (d.recv() != null) {
                GoType rt = fe.pointerRecv ? Types.pointer(fe.recvType) : fe.recvType;
                String rn = d.recv().name() == null ? "_" : d.recv().name();
                VarEntity rv = new VarEntity(rn, d.recv().pos(), rt, false, fe, true);
                fe.recvVar = rv;
                declareLocal(rv, d.recv().pos());
            }
            declareParams(d.type(), fe.sig(), fe, fe.params, fe.results);
            checkBody(d.body(), fe.sig());
        });
        reportUnused(fe.locals);
    }

    private void reportUnused(List<VarEntity> locals) {
        for (VarEntity v : locals) {
            if (!v.used && !v.param && !v.name.equals("_")) {
                ck.error(v.pos, v.name + " declared but not used");
            }
        }
    }

    void declareParams(Expr.FuncType ft, FuncType sig, Object owner, List<VarEntity> params, List<VarEntity> results) {
        for (int i = 0; i < ft.params().size(); i++) {
            Expr.Field f = ft.params().get(i);
            VarEntity v = new VarEntity(f.name() == null ? "_" : f.name(), f.pos(), sig.params.get(i), false, owner, true);
            v.spelling = TypeSpelling.of(f.type(), v.type);
            params.add(v);
            ck.env.info.defs.put(f, v);
            declareLocal(v, f.pos());
        }
        for (int i = 0; i < ft.results().size(); i++) {
            Expr.Field f = ft.results().get(i);
            VarEntity v = new VarEntity(f.name() == null ? "" : f.name(), f.pos(), sig.results.get(i), false, owner, true);
            v.spelling = TypeSpelling.of(f.type(), v.type);
            results.add(v);
            ck.env.info.defs.put(f, v);
            if (f.name() != null) {
                declareLocal(v, f.pos());
            }
        }
    }

    void checkBody(Stmt.Block body, FuncType sig) {
        ck.env.func.labels.unchecked = ck.bodyHasParseErrors(body);
        stmtList(body.stmts());
        ck.labels.checkBody(body);
        if (!sig.results.isEmpty() && !ck.termination.isTerminatingList(body.stmts())) {
            ck.error(body.rbrace(), "missing return");
        }
    }

    void declareLocal(Entity e, Pos pos) {
        Entity prev = ck.env.scope.declare(e);
        if (prev != null) {
            ck.error(pos, e.name + " redeclared in this block");
        }
        if (e instanceof VarEntity v && !v.global && !v.param) {
            ck.env.func.locals.add(v);
        }
    }

    VarEntity newLocal(String name, Pos pos, GoType type) {
        return new VarEntity(name, pos, type, false, ck.env.func == null ? null : ck.env.func.owner, false);
    }

    void stmtList(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void block(Stmt.Block b) {
        Scope saved = ck.swapScope(new Scope(ck.env.scope));
        stmtList(b.stmts());
        ck.swapScope(saved);
    }

    void stmt(Stmt s) {
        switch (s) {
            case Stmt.Block b -> block(b);
            case Stmt.Empty e -> {
            }
            case Stmt.ExprStmt es -> exprStmt(es);
            case Stmt.Send send -> sendStmt(send);
            case Stmt.IncDec id -> {
                Operand x = ck.expr(id.x(), false);
                if (x.invalid()) {
                    return;
                }
                if (!x.type.isNumeric()) {
                    ck.error(id.x().pos(), "invalid operation: " + ExprPrinter.print(id.x()) + (id.inc() ? "++" : "--") + " (non-numeric type " + x.type + ")");
                    return;
                }
                ck.assignments.checkAssignable(x);
            }
            case Stmt.Assign a -> ck.assignments.assignStmt(a);
            case Stmt.Go g -> callStmt(g.call(), "go");
            case Stmt.Defer d -> {
                if (ck.env.func.lit != null) {
                    ck.env.func.lit.hasDefer = true;
                } else if (ck.env.func.entity != null) {
                    ck.env.func.entity.hasDefer = true;
                }
                callStmt(d.call(), "defer");
            }
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch b -> ck.labels.branchStmt(b);
            case Stmt.DeclStmt ds -> ck.decls.localDecl(ds.decl());
            case Stmt.Labeled l -> ck.labels.labeled(l);
            case Stmt.If i -> ifStmt(i);
            case Stmt.Switch sw -> switchStmt(sw, null);
            case Stmt.TypeSwitch ts -> typeSwitch(ts, null);
            case Stmt.Select sel -> selectStmt(sel, null);
            case Stmt.For f -> forStmt(f, null);
            case Stmt.Range r -> rangeStmt(r, null);
        }
    }

    private void exprStmt(Stmt.ExprStmt es) {
        Expr x = ck.exprs.unparen(es.x());
        Operand op = ck.expr(es.x(), true);
        if (op.invalid()) {
            return;
        }
        if (x instanceof Expr.Call c) {
            Info.CallKind k = ck.env.info.calls.get(c);
            if (k == Info.CallKind.CONVERSION) {
                ck.error(Expressions.startPos(es.x()), ExprPrinter.print(es.x()) + " (value of type " + op.type + ") is not used");
            } else if (k == Info.CallKind.BUILTIN) {
                String name = ck.exprs.builtinName(c);
                if (!Set.of("copy", "delete", "panic", "print", "println", "recover", "close", "clear").contains(name)) {
                    ck.error(Expressions.startPos(es.x()), ExprPrinter.print(es.x()) + " (value of type " + op.type + ") is not used");
                }
            }
            return;
        }
        if (x instanceof Expr.Unary u && u.op() == Operator.RECV) {
            return;
        }
        ck.error(Expressions.startPos(es.x()), ExprPrinter.print(es.x()) + " (" + (op.mode == Operand.Mode.CONSTANT ? (op.type.isUntyped() ? op.type + " constant" : "constant of type " + op.type) : "value of type " + op.type) + ") is not used");
    }

    private void sendStmt(Stmt.Send send) {
        Operand ch = ck.expr(send.chan());
        Operand v = ck.expr(send.value());
        if (ch.invalid() || v.invalid()) {
            return;
        }
        if (ch.type instanceof TypeParamType && TypeSets.coreType(ch.type) == null) {
            ck.error(send.chan().pos(), "invalid operation: cannot send to " + ch.describe() + ": no core type");
            return;
        }
        if (!(TypeSets.coreType(ch.type) instanceof ChanType ct)) {
            ck.error(send.pos(), "invalid operation: cannot send to non-channel " + ch.describe());
            return;
        }
        if (ct.dir == Expr.ChanDir.RECV) {
            ck.error(send.pos(), "invalid operation: cannot send to receive-only channel " + ch.describe());
            return;
        }
        ck.assignment(v, ct.elem, "send");
    }

    private void callStmt(Expr.Call call, String what) {
        Operand op = ck.expr(call, true);
        if (op.invalid()) {
            return;
        }
        Info.CallKind k = ck.env.info.calls.get(call);
        if (k == Info.CallKind.CONVERSION) {
            ck.error(call.pos(), what + " requires function call, not conversion");
        } else if (k == Info.CallKind.BUILTIN) {
            String name = ck.exprs.builtinName(call);
            if (!Set.of("copy", "delete", "panic", "print", "println", "recover", "close", "clear").contains(name)) {
                ck.error(call.pos(), what + " discards result of " + op.describe());
            }
        }
    }

    private void returnStmt(Stmt.Return r) {
        List<GoType> want = ck.env.func.sig.results;
        if (r.results().isEmpty()) {
            if (!want.isEmpty() && (ck.env.func.results.isEmpty() || ck.env.func.results.get(0).name.isEmpty())) {
                ck.error(r.pos(), "not enough return values\n\thave ()\n\twant " + tupleString(want));
            } else if (!want.isEmpty()) {
                for (VarEntity v : ck.env.func.results) {
                    if (v.name.equals("_")) {
                        continue; // a blank result is never declared in a scope, so nothing can shadow it
                    }
                    Entity shadow = ck.env.scope.lookup(v.name);
                    if (shadow != v) {
                        ck.error(r.pos(), "result parameter " + v.name + " not in scope at return\n\tinner declaration of " + v.name);
                    }
                }
            }
            return;
        }
        if (want.isEmpty()) {
            for (Expr e : r.results()) {
                ck.expr(e, true);
            }
            List<GoType> have = r.results().stream().map(e -> ck.env.info.types.get(e)).toList();
            ck.error(r.results().get(0).pos(), "too many return values\n\thave " + Operand.typesSummary(have) + "\n\twant ()");
            return;
        }
        if (r.results().size() == 1 && want.size() > 1) {
            Operand o = ck.expr(r.results().get(0), true);
            if (o.invalid()) {
                return;
            }
            if (o.type instanceof TupleType tt && tt.types.size() == want.size()) {
                for (int i = 0; i < want.size(); i++) {
                    if (!Predicates.assignable(tt.types.get(i), want.get(i))) {
                        ck.error(r.results().get(0).pos(), "cannot use " + tt.types.get(i) + " value as " + want.get(i) + " value in return statement");
                    }
                }
                return;
            }
            if (o.mode == Operand.Mode.NOVALUE) {
                ck.error(o.expr.pos(), ExprPrinter.print(o.expr) + " (no value) used as value");
                return;
            }
            List<GoType> have = o.type instanceof TupleType tt ? tt.types : List.of(o.type);
            ck.error(r.results().get(0).pos(), (have.size() < want.size() ? "not enough" : "too many") + " return values\n\thave " + Operand.typesSummary(have)
                            + "\n\twant " + tupleString(want));
            return;
        }
        if (r.results().size() != want.size()) {
            List<Operand> ops = new ArrayList<>();
            for (Expr e : r.results()) {
                ops.add(ck.expr(e));
            }
            boolean tooMany = r.results().size() > want.size();
            // Go reports too many at the first extra value, not enough at the last one
            Expr at = r.results().get(tooMany ? want.size() : r.results().size() - 1);
            ck.error(at.pos(), (tooMany ? "too many" : "not enough") + " return values\n\thave " + Operand.typesSummary(Operand.typesOf(ops)) + "\n\twant " + tupleString(want));
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            Operand o = ck.expr(r.results().get(i));
            if (!o.invalid()) {
                ck.assignment(o, want.get(i), "return statement");
            }
        }
    }

    static String tupleString(List<GoType> ts) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ts.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(ts.get(i));
        }
        return sb.append(")").toString();
    }

    private void ifStmt(Stmt.If s) {
        Scope saved = ck.swapScope(new Scope(ck.env.scope));
        if (s.init() != null) {
            stmt(s.init());
        }
        Operand c = ck.expr(s.cond());
        if (!c.invalid() && !c.type.isBoolean()) {
            ck.error(s.cond().pos(), "non-boolean condition in if statement");
        } else if (!c.invalid()) {
            ck.assignment(c, c.type.isUntyped() ? Types.BOOL : c.type, "if");
        }
        block(s.then());
        if (s.els() != null) {
            stmt(s.els());
        }
        ck.swapScope(saved);
    }

    /** An untyped constant of another kind than a basic target type: "a" for an int, 1 for a bool. */
    private static boolean untypedKindMismatch(Operand x, GoType target) {
        if (!x.type.isUntyped() || x.isNil() || x.mode != Operand.Mode.CONSTANT || target.isInterface() || target.isUntyped()
                        || !(target.isNumeric() || target.isString() || target.isBoolean())) {
            return false;
        }
        return x.type.isNumeric() != target.isNumeric() || x.type.isString() != target.isString()
                        || x.type.isBoolean() != target.isBoolean();
    }

    void switchStmt(Stmt.Switch s, String label) {
        Scope saved = ck.swapScope(new Scope(ck.env.scope));
        if (s.init() != null) {
            stmt(s.init());
        }
        GoType tagType = Types.BOOL;
        Operand tag = null;
        if (s.tag() != null) {
            tag = ck.expr(s.tag());
            if (!tag.invalid()) {
                if (tag.type.isUntyped()) {
                    if (tag.isNil()) {
                        ck.error(s.tag().pos(), "use of untyped nil in switch expression");
                    } else {
                        ck.assignment(tag, Predicates.defaultType(tag.type), "switch expression");
                    }
                }
                tagType = tag.type;
            } else {
                tagType = null;
            }
        }
        ck.env.func.targets.push(new Labels.Target(label, false, s));
        boolean seenDefault = false;
        Map<Object, Pos> seenCases = new HashMap<>();
        for (int ci = 0; ci < s.clauses().size(); ci++) {
            Stmt.CaseClause cc = s.clauses().get(ci);
            if (cc.isDefault()) {
                if (seenDefault) {
                    ck.error(cc.pos(), "multiple defaults in switch");
                }
                seenDefault = true;
            }
            for (Expr e : cc.exprs()) {
                Operand x = ck.expr(e);
                if (x.invalid() || tagType == null) {
                    continue;
                }
                if (untypedKindMismatch(x, tagType)) {
                    // Go converts an untyped case value to the tag's type first, and names its underlying type when it cannot
                    ck.error(e.pos(), "cannot convert " + x.describe() + " to " + tagType.underlying());
                    continue;
                }
                if (s.tag() == null) {
                    if (x.type.isInterface() && Predicates.assignable(Types.BOOL, x.type)) {
                        continue; // compared with true, as an interface holding a bool can be
                    }
                    if (!x.type.isBoolean()) {
                        ck.error(e.pos(), "invalid case " + ExprPrinter.print(e) + " in switch (mismatched types " + x.type + " and bool)");
                    } else {
                        ck.assignment(x, x.type.isUntyped() ? Types.BOOL : x.type, "switch case");
                    }
                } else {
                    Operand t = new Operand(Operand.Mode.VALUE, tagType, null, s.tag());
                    ck.operators.compareOperands(e.pos(), Operator.EQL, x, t, "invalid case " + ExprPrinter.print(e) + " in switch on " + ExprPrinter.print(s.tag()));
                    if (x.mode == Operand.Mode.CONSTANT && x.value != null) {
                        // in a switch on an interface, T(1) and 1 are different cases
                        GoType caseType = !x.type.isUntyped() ? x.type : tagType.isInterface() ? Predicates.defaultType(x.type) : tagType;
                        Object key = List.of(caseType, x.value.identityKey());
                        Pos prev = seenCases.putIfAbsent(key, e.pos());
                        if (prev != null && !ck.inInstance()) {
                            ck.error(e.pos(), "duplicate case " + ExprPrinter.print(e) + " (constant of type " + tagType + ") in expression switch\n\t"
                                            + ck.where(prev) + ": previous case");
                        }
                    }
                }
            }
            if (!cc.body().isEmpty() && cc.body().get(cc.body().size() - 1) instanceof Stmt.Branch b && b.kind() == BranchKind.FALLTHROUGH) {
                if (ci == s.clauses().size() - 1) {
                    ck.labels.fallthroughError(b.pos(), "cannot fallthrough final case in switch");
                    ck.env.func.fallthroughOk.add(b);
                } else {
                    ck.env.func.fallthroughOk.add(b);
                }
            }
            Scope cs = ck.swapScope(new Scope(ck.env.scope));
            stmtList(cc.body());
            ck.swapScope(cs);
        }
        ck.env.func.targets.pop();
        ck.swapScope(saved);
    }

    void typeSwitch(Stmt.TypeSwitch s, String label) {
        Scope saved = ck.swapScope(new Scope(ck.env.scope));
        if (s.init() != null) {
            stmt(s.init());
        }
        Operand x = ck.expr(s.x());
        if (x.invalid()) {
            ck.swapScope(saved);
            return;
        }
        if (x.type instanceof TypeParamType) {
            ck.error(s.x().pos(), "cannot use type switch on type parameter value " + x.describe());
            ck.swapScope(saved);
            return;
        }
        if (!(x.type.underlying() instanceof InterfaceType)) {
            ck.error(s.x().pos(), ExprPrinter.print(s.x()) + " (" + (x.mode == Operand.Mode.VARIABLE ? "variable" : "value") + " of type " + x.type + ") is not an interface");
            if (s.bind() != null) {
                // the clauses are not checked, so nothing can use the variable: Go says so too
                ck.error(s.bindPos(), s.bind() + " declared but not used");
            }
            ck.swapScope(saved);
            return;
        }
        ck.env.func.targets.push(new Labels.Target(label, false, s));
        List<VarEntity> implicits = new ArrayList<>();
        Map<GoType, Pos> seenTypes = new java.util.IdentityHashMap<>();
        boolean seenDefault = false;
        for (Stmt.CaseClause cc : s.clauses()) {
            if (cc.isDefault()) {
                if (seenDefault) {
                    ck.error(cc.pos(), "multiple defaults in switch");
                }
                seenDefault = true;
            }
            GoType single = null;
            for (Expr e : cc.exprs()) {
                if (ck.exprs.unparen(e) instanceof Expr.Ident id && id.name().equals("nil") && ck.env.scope.lookup("nil") instanceof NilEntity) {
                    ck.env.info.types.put(e, Types.UNTYPED_NIL);
                    single = cc.exprs().size() == 1 ? x.type : null;
                    continue;
                }
                GoType t = ck.typeExpr(e);
                if (t == null) {
                    continue;
                }
                Pos prev = seenTypes.putIfAbsent(t, e.pos());
                if (prev != null && !ck.inInstance()) {
                    ck.error(e.pos(), "duplicate case " + t + " in type switch\n\t" + ck.where(prev) + ": previous case");
                }
                ck.env.info.types.put(e, t);
                if (!(t.underlying() instanceof InterfaceType) && !Instantiation.mentionsTypeParam(t) && !Instantiation.mentionsTypeParam(x.type)
                                && !ck.inInstance()) {
                    String missing = Lookup.missingMethod(t, (InterfaceType) x.type.underlying());
                    if (missing != null) {
                        ck.error(e.pos(), "impossible type switch case: " + ExprPrinter.print(e) + "\n\t" + ExprPrinter.print(s.x()) + " (" + (x.mode == Operand.Mode.VARIABLE ? "variable" : "value") + " of type " + x.type
                                        + ") cannot have dynamic type " + t + " " + missing);
                    }
                }
                single = cc.exprs().size() == 1 ? t : null;
            }
            Scope cs = ck.swapScope(new Scope(ck.env.scope));
            if (s.bind() != null) {
                GoType vt = single != null ? single : x.type;
                VarEntity v = newLocal(s.bind(), s.bindPos(), vt);
                ck.env.info.implicits.put(cc, v);
                ck.env.scope.declare(v);
                implicits.add(v);
            }
            stmtList(cc.body());
            ck.swapScope(cs);
        }
        if (s.bind() != null && implicits.stream().noneMatch(v -> v.used)) { // no clause at all uses it too
            ck.error(s.bindPos(), s.bind() + " declared but not used");
        }
        if (s.bind() != null) {
            for (VarEntity v : implicits) {
                v.used = true;
            }
        }
        ck.env.func.targets.pop();
        ck.swapScope(saved);
    }

    void selectStmt(Stmt.Select s, String label) {
        ck.env.func.targets.push(new Labels.Target(label, false, s));
        boolean seenDefault = false;
        for (Stmt.CommClause cc : s.clauses()) {
            Scope cs = ck.swapScope(new Scope(ck.env.scope));
            if (cc.comm() == null) {
                if (seenDefault) {
                    ck.error(cc.pos(), "multiple defaults in select");
                }
                seenDefault = true;
            } else {
                boolean ok = switch (cc.comm()) {
                    case Stmt.Send send -> true;
                    case Stmt.ExprStmt es -> ck.exprs.unparen(es.x()) instanceof Expr.Unary u && u.op() == Operator.RECV;
                    case Stmt.Assign a -> a.rhs().size() == 1 && ck.exprs.unparen(a.rhs().get(0)) instanceof Expr.Unary u && u.op() == Operator.RECV && a.lhs().size() <= 2 && (a.op() == AssignOp.ASSIGN || a.op() == AssignOp.DEFINE);
                    default -> false;
                };
                if (!ok) {
                    ck.error(cc.comm().pos(), "select case must be receive, send or assign recv");
                } else {
                    stmt(cc.comm());
                }
            }
            stmtList(cc.body());
            ck.swapScope(cs);
        }
        ck.env.func.targets.pop();
    }

    void forStmt(Stmt.For f, String label) {
        Scope saved = ck.swapScope(new Scope(ck.env.scope));
        if (f.init() != null) {
            stmt(f.init());
        }
        if (f.cond() != null) {
            Operand c = ck.expr(f.cond());
            if (!c.invalid() && !c.type.isBoolean()) {
                ck.error(f.cond().pos(), "non-boolean condition in for statement");
            } else if (!c.invalid()) {
                ck.assignment(c, c.type.isUntyped() ? Types.BOOL : c.type, "for");
            }
        }
        if (f.post() != null) {
            if (f.post() instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE) {
                ck.error(f.post().pos(), "cannot declare in post statement of for loop");
            } else {
                stmt(f.post());
            }
        }
        ck.env.func.targets.push(new Labels.Target(label, true, f));
        block(f.body());
        ck.env.func.targets.pop();
        ck.swapScope(saved);
    }

    /** Why a function type cannot be ranged over (Go 1.23: func(yield func(K, V) bool) and fewer), or null. */
    private static String iteratorProblem(FuncType ft) {
        if (ft.params.size() != 1) {
            return "wrong argument count";
        }
        if (!ft.results.isEmpty()) {
            return "wrong result count";
        }
        if (!(ft.params.get(0).underlying() instanceof FuncType yield)) {
            return "argument is not func";
        }
        if (yield.params.size() > 2) {
            return "yield func has too many parameters";
        }
        if (yield.results.size() != 1 || yield.results.get(0) != Types.BOOL) {
            return yield.results.size() == 1 && yield.results.get(0).isBoolean() ? "yield func returns user-defined boolean, not bool" : "yield func does not return bool";
        }
        return null;
    }

    void rangeStmt(Stmt.Range r, String label) {
        Scope saved = ck.swapScope(new Scope(ck.env.scope));
        Operand x = ck.expr(r.x());
        GoType kt = null;
        GoType vt = null;
        if (!x.invalid() && TypeSets.coreType(x.type) == null) {
            ck.error(r.x().pos(), "cannot range over " + x.describe() + " (" + x.type + " has no core type)");
            x = Operand.invalid(r.x());
        }
        if (!x.invalid()) {
            GoType u = TypeSets.coreType(x.type);
            if (u instanceof PointerType p && p.elem.underlying() instanceof ArrayType) {
                u = p.elem.underlying();
            }
            switch (u) {
                case BasicType b when b.kind().isString() -> {
                    kt = Types.INT;
                    vt = Types.RUNE;
                    if (x.type.isUntyped()) {
                        ck.assignment(x, Types.STRING, "range");
                    }
                }
                case BasicType b when b.kind().isInteger() -> {
                    if (x.type.isUntyped()) {
                        ck.assignment(x, Types.INT, "range");
                        kt = Types.INT;
                    } else {
                        kt = x.type;
                    }
                    if (r.value() != null) {
                        ck.error(r.value().pos(), "range over " + x.describe() + " permits only one iteration variable");
                    }
                }
                case SliceType s -> {
                    kt = Types.INT;
                    vt = s.elem;
                }
                case ArrayType a -> {
                    kt = Types.INT;
                    vt = a.elem;
                }
                case MapType m -> {
                    kt = m.key;
                    vt = m.value;
                }
                case ChanType c -> {
                    kt = c.elem;
                    if (c.dir == Expr.ChanDir.SEND) {
                        ck.error(r.x().pos(), "invalid operation: range " + ExprPrinter.print(r.x()) + " receive from send-only channel " + x.type);
                    }
                    if (r.value() != null) {
                        ck.error(r.value().pos(), "range over " + x.describe() + " permits only one iteration variable");
                    }
                }
                case FuncType ft -> {
                    String bad = iteratorProblem(ft);
                    if (bad != null) {
                        ck.error(r.x().pos(), "cannot range over " + x.describe() + ": func must be func(yield func(...) bool): " + bad);
                        break;
                    }
                    List<GoType> yielded = ((FuncType) ft.params.get(0).underlying()).params;
                    kt = yielded.isEmpty() ? null : yielded.get(0);
                    vt = yielded.size() < 2 ? null : yielded.get(1);
                    if (yielded.isEmpty() && r.key() != null) {
                        ck.error(r.key().pos(), "range over " + x.describe() + " permits no iteration variables");
                    } else if (yielded.size() == 1 && r.value() != null) {
                        ck.error(r.value().pos(), "range over " + x.describe() + " permits only one iteration variable");
                    }
                }
                default -> ck.error(r.x().pos(), "cannot range over " + x.describe());
            }
        }
        if (r.define()) {
            List<VarEntity> fresh = new ArrayList<>();
            Expr[] lhs = {r.key(), r.value()};
            GoType[] ts = {kt, vt};
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                if (!(lhs[i] instanceof Expr.Ident id)) {
                    ck.error(lhs[i].pos(), "non-name " + ExprPrinter.print(lhs[i]) + " on left side of :=");
                    continue;
                }
                VarEntity v = newLocal(id.name(), id.pos(), ts[i] == null ? Types.INVALID : ts[i]);
                // Go does not add "declared but not used" to the error that left it without a type
                v.used = v.type == Types.INVALID;
                ck.env.info.defs.put(id, v);
                if (id.name().equals("_")) {
                    continue;
                }
                fresh.add(v);
            }
            for (VarEntity v : fresh) {
                declareLocal(v, v.pos);
            }
        } else {
            Expr[] lhs = {r.key(), r.value()};
            GoType[] ts = {kt, vt};
            GoType[] targets = new GoType[2];
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                Operand l = ck.assignments.lhs(lhs[i]);
                targets[i] = l.invalid() ? null : l.type;
                if (!l.invalid() && l.type != null && ts[i] != null && !Predicates.assignable(ts[i], l.type)) {
                    ck.error(lhs[i].pos(), "cannot use " + ExprPrinter.print(lhs[i]) + " (value of type " + ts[i] + ") as " + l.type + " value in range");
                }
            }
            ck.env.info.rangeAssigns.put(r, new Info.RangeAssign(kt, vt, targets[0], targets[1]));
        }
        ck.env.func.targets.push(new Labels.Target(label, true, r));
        block(r.body());
        ck.env.func.targets.pop();
        ck.swapScope(saved);
    }
}
