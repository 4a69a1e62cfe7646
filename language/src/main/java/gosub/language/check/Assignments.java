package gosub.language.check;

import gosub.ast.AssignOp;
import gosub.ast.Expr;
import gosub.ast.Node;
import gosub.ast.Pos;
import gosub.ast.Stmt;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.TupleType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assignability of values to variables: assignment statements ({@code =}, {@code op=}), short variable
 * declarations, multi-valued right-hand sides (calls and comma-ok forms), what may stand on the left, and
 * {@link #assignment}, which every other concern uses to check a value against the type it goes to, giving
 * untyped constants their final type.
 */
final class Assignments {
    private final Checker ck;

    Assignments(Checker ck) {
        this.ck = ck;
    }

    void checkAssignable(Operand x) {
        if (x.mode == Operand.Mode.VARIABLE || x.mode == Operand.Mode.MAPINDEX) {
            return;
        }
        Expr e = ck.exprs.unparen(x.expr);
        if (e instanceof Expr.Ident id && id.name().equals("_")) {
            return;
        }
        if (e instanceof Expr.Selector sel && ck.env.info.selections.get(sel) != null && ck.env.info.selections.get(sel).kind() == Selection.Kind.FIELD
                        && ck.exprs.unparen(sel.x()) instanceof Expr.Index ix && ck.env.info.types.get(ix.x()) != null && ck.env.info.types.get(ix.x()).underlying() instanceof MapType) {
            ck.error(x.expr.pos(), "cannot assign to struct field " + ExprPrinter.print(x.expr) + " in map");
            return;
        }
        ck.error(x.expr.pos(), "cannot assign to " + x.describe());
    }

    /** Checks one LHS of an ordinary assignment; {@code _} accepts anything. */
    Operand lhs(Expr e) {
        Expr u = ck.exprs.unparen(e);
        if (u instanceof Expr.Ident id && id.name().equals("_")) {
            ck.env.info.uses.put(id, null);
            return new Operand(Operand.Mode.VARIABLE, null, null, e);
        }
        Operand x;
        if (u instanceof Expr.Ident id) {
            Entity ent = ck.env.scope.lookup(id.name());
            if (ent instanceof VarEntity ve) {
                // assigning is not using
                boolean wasUsed = ve.used;
                x = ck.expr(e);
                ve.used = wasUsed;
                return finishLhs(x);
            }
        }
        x = ck.expr(e);
        return finishLhs(x);
    }

    private Operand finishLhs(Operand x) {
        if (x.invalid()) {
            return x;
        }
        checkAssignable(x);
        return x;
    }

    void assignStmt(Stmt.Assign a) {
        AssignOp op = a.op();
        if (op == AssignOp.DEFINE) {
            shortVarDecl(a.pos(), a.lhs(), a.rhs(), a);
            return;
        }
        if (op.isCompound()) {
            if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                ck.error(a.pos(), "assignment operation " + op + " requires single-valued expressions");
                return;
            }
            Operand x = ck.expr(a.lhs().get(0), false);
            if (x.invalid()) {
                return;
            }
            checkAssignable(x);
            Operand r = ck.operators.binaryOp(a.pos(), op.binary(), x, a.lhs().get(0), a.rhs().get(0), null);
            if (r.invalid()) {
                return;
            }
            if (!r.type.isUntyped() || x.type != null) {
                // result converts back to x's type
                r.type = x.type;
            }
            return;
        }
        List<Expr> lhs = a.lhs();
        List<Expr> rhs = a.rhs();
        if (rhs.size() == 1 && lhs.size() > 1) {
            List<GoType> lhsTypes = new ArrayList<>();
            List<Operand> ls = new ArrayList<>();
            for (Expr l : lhs) {
                Operand lo = lhs(l);
                ls.add(lo);
                lhsTypes.add(lo.invalid() ? null : lo.type);
            }
            List<GoType> got = multiValue(rhs.get(0), lhs.size(), "assignment");
            if (got == null) {
                markUsed(lhs);
                return;
            }
            for (int i = 0; i < lhs.size(); i++) {
                if (lhsTypes.get(i) != null && got.get(i) != null && !Predicates.assignable(got.get(i), lhsTypes.get(i))) {
                    ck.error(rhs.get(0).pos(), "cannot use " + ExprPrinter.print(rhs.get(0)) + " (value of type " + got.get(i) + ") as type " + lhsTypes.get(i) + " in assignment");
                    markUsed(lhs);
                }
            }
            return;
        }
        if (lhs.size() != rhs.size()) {
            ck.error(a.pos(), "assignment mismatch: " + lhs.size() + " variable" + (lhs.size() > 1 ? "s" : "") + " but " + rhs.size() + " value" + (rhs.size() > 1 ? "s" : ""));
            markUsed(lhs);
            return;
        }
        List<Operand> ls = new ArrayList<>();
        for (Expr l : lhs) {
            ls.add(lhs(l));
        }
        boolean failed = false;
        for (int i = 0; i < rhs.size(); i++) {
            // one call on the right may return several values: Go calls that an assignment mismatch
            Operand r = ck.expr(rhs.get(i), rhs.size() == 1);
            if (r.invalid() || ls.get(i).invalid()) {
                failed = true;
                continue;
            }
            if (ls.get(i).type == null) { // blank
                if (singleValue(r, "assignment") && r.type.isUntyped()) {
                    if (r.isNil()) {
                        ck.error(rhs.get(i).pos(), "use of untyped nil in assignment");
                    } else {
                        assignment(r, Predicates.defaultType(r.type), "assignment");
                    }
                }
                continue;
            }
            failed |= !assignment(r, ls.get(i).type, ls.get(i).spelling, "assignment");
        }
        if (failed) {
            markUsed(lhs);
        }
    }

    /** After a failed assignment Go counts the variables it names as used: the failure is the one error to show. */
    private void markUsed(List<Expr> lhs) {
        for (Expr l : lhs) {
            if (ck.exprs.unparen(l) instanceof Expr.Ident id && ck.env.scope.lookup(id.name()) instanceof VarEntity ve) {
                ve.used = true;
            }
        }
    }

    /**
     * The types of a multi-valued right-hand side: a call with n results, or a comma-ok form (map index, type
     * assertion, receive) when n is 2. Records the comma-ok use for the node builder.
     */
    List<GoType> multiValue(Expr rhs, int n, String context) {
        Operand r = ck.expr(rhs, true);
        if (r.invalid()) {
            return null;
        }
        if (r.type instanceof TupleType tt) {
            if (tt.types.size() != n) {
                ck.error(rhs.pos(), "assignment mismatch: " + n + " variables but " + callee(rhs) + " returns " + tt.types.size() + " value" + (tt.types.size() > 1 ? "s" : ""));
                return null;
            }
            return tt.types;
        }
        if (n == 2 && r.mode == Operand.Mode.COMMAOK || n == 2 && r.mode == Operand.Mode.MAPINDEX) {
            ck.env.info.commaOk.add(ck.exprs.unparen(rhs));
            ck.env.info.types.put(ck.exprs.unparen(rhs), r.type);
            return List.of(r.type, Types.BOOL);
        }
        if (r.mode == Operand.Mode.NOVALUE) {
            // Go 1.19 reports the call itself, as anywhere a value is wanted
            ck.error(rhs.pos(), ExprPrinter.print(rhs) + " (no value) used as value");
        } else if (ck.exprs.unparen(rhs) instanceof Expr.Call) {
            // a call, conversions included, is named by what it calls
            ck.error(rhs.pos(), "assignment mismatch: " + n + " variables but " + callee(rhs) + " returns 1 value");
        } else {
            ck.error(rhs.pos(), "assignment mismatch: " + n + " variables but 1 value");
        }
        return null;
    }

    private void shortVarDecl(Pos pos, List<Expr> lhs, List<Expr> rhs, Node node) {
        List<GoType> rtypes = new ArrayList<>();
        List<Operand> rops = new ArrayList<>();
        // when any value fails, Go marks every variable on the left used, so that its error stands alone
        boolean failed = false;
        List<VarEntity> named = new ArrayList<>();
        if (rhs.size() == 1 && lhs.size() > 1) {
            List<GoType> got = multiValue(rhs.get(0), lhs.size(), "assignment");
            if (got == null) {
                got = new ArrayList<>();
                for (int i = 0; i < lhs.size(); i++) {
                    got.add(null);
                }
            }
            rtypes.addAll(got);
        } else if (lhs.size() != rhs.size()) {
            ck.error(pos, "assignment mismatch: " + lhs.size() + " variable" + (lhs.size() > 1 ? "s" : "") + " but " + rhs.size() + " value" + (rhs.size() > 1 ? "s" : ""));
            for (Expr r : rhs) {
                ck.expr(r, true);
            }
            for (int i = 0; i < lhs.size(); i++) {
                rtypes.add(null);
            }
        } else {
            for (Expr r : rhs) {
                Operand o = ck.expr(r, true);
                if (!o.invalid() && o.type instanceof TupleType tt && ck.exprs.unparen(r) instanceof Expr.Call call) {
                    ck.error(r.pos(), "assignment mismatch: " + lhs.size() + " variable" + (lhs.size() > 1 ? "s" : "") + " but "
                                    + ExprPrinter.print(call.fun()) + " returns " + tt.types.size() + " values");
                    o = Operand.invalid(r);
                } else if (!o.invalid() && o.mode == Operand.Mode.NOVALUE) {
                    ck.error(r.pos(), ExprPrinter.print(r) + " (no value) used as value");
                    o = Operand.invalid(r);
                }
                rops.add(o);
                rtypes.add(o.invalid() ? null : o.type);
            }
        }
        boolean anyNew = false;
        List<VarEntity> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lhs.size(); i++) {
            Expr l = lhs.get(i);
            if (!(l instanceof Expr.Ident id)) {
                ck.error(l.pos(), "non-name " + ExprPrinter.print(l) + " on left side of :=");
                continue;
            }
            if (!id.name().equals("_") && !seen.add(id.name())) {
                ck.error(id.pos(), id.name() + " repeated on left side of :=");
                continue;
            }
            Entity existing = ck.env.scope.lookupLocal(id.name());
            GoType rt = rtypes.get(i);
            failed |= rt == null;
            if (existing instanceof VarEntity ve) {
                ck.env.info.uses.put(id, ve);
                named.add(ve);
                if (rt != null && ve.type != null) {
                    if (!rops.isEmpty()) {
                        failed |= !assignment(rops.get(i), ve.type, ve.spelling, "assignment");
                    } else if (!Predicates.assignable(rt, ve.type)) {
                        ck.error(l.pos(), "cannot use " + rt + " value as " + ve.type + " value in assignment");
                        failed = true;
                    }
                }
                continue;
            }
            if (id.name().equals("_")) {
                ck.env.info.uses.put(id, null);
                if (!rops.isEmpty() && rops.get(i) != null && !rops.get(i).invalid() && rops.get(i).type.isUntyped()) {
                    if (rops.get(i).isNil()) {
                        ck.error(rhs.get(i).pos(), "use of untyped nil in assignment");
                    } else {
                        assignment(rops.get(i), Predicates.defaultType(rops.get(i).type), "assignment");
                    }
                }
                anyNew |= false;
                continue;
            }
            anyNew = true;
            GoType t = rt;
            GoType spelled = null;
            if (!rops.isEmpty() && rops.get(i) != null && !rops.get(i).invalid()) {
                Operand o = rops.get(i);
                if (o.mode == Operand.Mode.NOVALUE) {
                    ck.error(o.expr.pos(), ExprPrinter.print(o.expr) + " (no value) used as value");
                    t = null;
                } else if (o.isNil()) {
                    ck.error(o.expr.pos(), "use of untyped nil in assignment");
                    t = null;
                } else if (o.type instanceof TupleType) {
                    ck.error(o.expr.pos(), "assignment mismatch: 1 variable but " + callee(o.expr) + " returns " + ((TupleType) o.type).types.size() + " values");
                    t = null;
                } else if (o.type.isUntyped()) {
                    spelled = TypeSpelling.ofValue(o);
                    t = Predicates.defaultType(o.type);
                    failed |= !assignment(o, t, "assignment");
                } else {
                    spelled = o.spelling;
                }
            }
            failed |= t == null;
            VarEntity ve = ck.stmts.newLocal(id.name(), id.pos(), t == null ? Types.INVALID : t);
            ve.spelling = spelled;
            ck.env.info.defs.put(id, ve);
            fresh.add(ve);
            named.add(ve);
        }
        if (failed) {
            for (VarEntity ve : named) {
                ve.used = true;
            }
        }
        if (!anyNew && lhs.stream().allMatch(e -> e instanceof Expr.Ident)) {
            ck.error(pos, "no new variables on left side of :=");
        }
        for (VarEntity ve : fresh) {
            ck.stmts.declareLocal(ve, ve.pos);
        }
    }

    /**
     * Checks that x can be assigned to t, converting an untyped operand and recording the type the node builder will
     * use for it. Reports Go's "cannot use" error otherwise.
     */
    /** Whether x is one value, as an assignment needs; reports a call of no value or of several (false). */
    private boolean singleValue(Operand x, String context) {
        if (x.mode == Operand.Mode.NOVALUE) {
            ck.error(x.expr.pos(), ExprPrinter.print(x.expr) + " (no value) used as value");
            return false;
        }
        if (x.type instanceof TupleType tt && (context.equals("assignment") || context.equals("variable declaration"))
                        && ck.exprs.unparen(x.expr) instanceof Expr.Call) {
            ck.error(x.expr.pos(), "assignment mismatch: 1 variable but " + callee(x.expr) + " returns " + tt.types.size() + " values");
            return false;
        }
        return true;
    }

    boolean assignment(Operand x, GoType t, String context) {
        return assignment(x, t, t, context);
    }

    /** Go's compile errors name t as the source spelled it: s ({@link TypeSpelling}). */
    /** Whether untyped operand u can take type t, a type of a type set: its kind fits, and a constant is representable. */
    static boolean untypedFits(Operand u, GoType t) {
        GoType tu = t.underlying();
        if (u.isNil()) {
            return Predicates.nilable(t);
        }
        if (tu instanceof InterfaceType) {
            return true;
        }
        if (!(tu instanceof BasicType bt)) {
            return false;
        }
        boolean kindOk = u.type.isBoolean() ? bt.kind().isBoolean() : u.type.isString() ? bt.kind().isString() : bt.kind().isNumeric();
        return kindOk && (u.mode != Operand.Mode.CONSTANT || Predicates.representable(u.value, bt) != null);
    }

    boolean assignment(Operand x, GoType t, GoType s, String context) {
        GoType shownT = TypeSpelling.shown(t, s);
        if (x.invalid()) {
            return false;
        }
        if (t == null || t == Types.INVALID) {
            return true; // a blank, or a target whose type was already reported
        }
        if (!singleValue(x, context)) {
            return false;
        }
        if (x.type instanceof TupleType tt) {
            ck.error(x.expr.pos(), "multiple-value " + ExprPrinter.print(x.expr) + " (value of type " + x.shownType() + ") in single-value context");
            return false;
        }
        if (x.type.isUntyped() && t instanceof TypeParamType tp) {
            // valid when valid for every type of the type set; the value is no longer a constant of one type
            if (TypeSets.unrestricted(tp) || !tp.everyType(u -> untypedFits(x, u))) {
                ck.error(x.expr.pos(), "cannot use " + (x.isNil() ? "nil" : x.describe()) + " as " + shownT + " value in " + context);
                return false;
            }
            x.type = t;
            return true;
        }
        if (x.type.isUntyped()) {
            GoType target = t.underlying() instanceof InterfaceType ? (x.isNil() ? t : Predicates.defaultType(x.type)) : t;
            if (x.isNil()) {
                if (!Predicates.nilable(t)) {
                    ck.error(x.expr.pos(), "cannot use nil as " + shownT + " value in " + context);
                    return false;
                }
                setFinalType(x.expr, t);
                x.type = t;
                return true;
            }
            if (!(target.underlying() instanceof BasicType bt)) {
                ck.error(x.expr.pos(), "cannot use " + x.describe() + " as " + shownT + " value in " + context);
                return false;
            }
            boolean kindOk = x.type.isBoolean() ? bt.kind().isBoolean() : x.type.isString() ? bt.kind().isString() : bt.kind().isNumeric();
            if (!kindOk) {
                ck.error(x.expr.pos(), "cannot use " + x.describe() + " as " + shownT + " value in " + context);
                return false;
            }
            if (x.mode == Operand.Mode.CONSTANT) {
                ConstValue r = Predicates.representable(x.value, bt);
                if (r == null) {
                    if (bt.kind().isInteger() && !x.type.isInteger()) {
                        ck.error(Expressions.startPos(x.expr), "cannot use " + x.describe() + " as " + shownT + " value in " + context + " (truncated)");
                    } else {
                        ck.error(Expressions.startPos(x.expr), "cannot use " + x.describe() + " as " + shownT + " value in " + context + " (overflows)");
                    }
                    return false;
                }
                x.value = r;
                ck.env.info.consts.put(x.expr, r);
            }
            setFinalType(x.expr, target);
            x.type = target;
            if (target == t) {
                return true;
            }
            // an interface: the constant's default type must implement it, as any other value
        }
        if (!Predicates.assignable(x.type, t)) {
            String reason = "";
            if (t.underlying() instanceof InterfaceType it) {
                String missing = Lookup.missingMethod(x.type, it);
                if (missing != null) {
                    reason = ":\n\t" + x.shownType() + " does not implement " + shownT + " " + missing;
                }
            } else if (x.type.underlying() instanceof InterfaceType xi && !(x.type instanceof TypeParamType)
                            && !(t instanceof TypeParamType) && Lookup.missingMethod(t, xi) == null) {
                // an interface value whose dynamic type could be t: Go suggests the assertion
                reason = ":\n\tneed type assertion";
            }
            // Go 1.19's compiler words a typed value that does not fit as "as type T"
            ck.error(x.expr.pos(), "cannot use " + x.describe() + " as type " + shownT + " in " + context + reason);
            return false;
        }
        return true;
    }

    /** Go names a call by its function in assignment mismatches: {@code f returns 2 values}. */
    String callee(Expr rhs) {
        return ExprPrinter.print(ck.exprs.unparen(rhs) instanceof Expr.Call c ? c.fun() : rhs);
    }

    /** Records the final type of an untyped expression, down through the operands that share its type. */
    void setFinalType(Expr e, GoType t) {
        if (e == null) {
            return;
        }
        GoType old = ck.env.info.types.get(e);
        if (old != null && !old.isUntyped()) {
            return;
        }
        ck.env.info.types.put(e, t);
        ConstValue cv = ck.env.info.consts.get(e);
        if (cv != null) {
            return; // constants are materialised whole by the node builder
        }
        switch (e) {
            case Expr.Paren p -> setFinalType(p.x(), t);
            case Expr.Unary u -> setFinalType(u.x(), t);
            case Expr.Binary b -> {
                if (b.op().isComparison()) {
                    return;
                }
                setFinalType(b.x(), t);
                if (!b.op().isShift()) {
                    setFinalType(b.y(), t);
                }
            }
            default -> {
            }
        }
    }
}
