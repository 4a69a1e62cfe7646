package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.language.types.GoType;
import gosub.language.types.NamedType;
import gosub.language.types.Types;

import gosub.language.types.ArrayType;
import gosub.language.types.StructType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Constant, variable and type declarations, at package level and inside functions: the value and type of each
 * constant (with iota), the types of variables from their type or initializers, and named types and aliases.
 * Package-level ones are checked lazily, on first use, by the resolvers this class installs on their entities.
 */
final class Declarations {
    private final Checker ck;

    Declarations(Checker ck) {
        this.ck = ck;
    }

    void collectConsts(Decl.Const c, Scope scope, boolean global) {
        for (Decl.ConstSpec cs : c.specs()) {
            List<ConstEntity> ents = new ArrayList<>();
            for (Expr.Ident id : cs.names()) {
                ConstEntity ce = new ConstEntity(id.name(), id.pos(), null, null);
                ents.add(ce);
                ck.env.info.defs.put(id, ce);
            }
            Scope declScope = global ? ck.fileScope : scope;
            Runnable resolve = () -> checkConstSpec(cs, ents, declScope);
            for (ConstEntity ce : ents) {
                ce.resolver = resolve;
            }
            if (global) {
                for (int i = 0; i < ents.size(); i++) {
                    ck.resolver.declareGlobal(ents.get(i), cs.names().get(i).pos());
                }
            } else {
                // local constants are checked right away, then declared (their scope starts after the spec)
                resolve.run();
                for (int i = 0; i < ents.size(); i++) {
                    ck.stmts.declareLocal(ents.get(i), cs.names().get(i).pos());
                }
            }
        }
    }

    private void checkConstSpec(Decl.ConstSpec cs, List<ConstEntity> ents, Scope declScope) {
        for (ConstEntity ce : ents) {
            ce.resolver = null;
            ce.resolving = true;
        }
        // repeated (implicit) expressions are checked again with another iota: their facts are kept apart
        // a standard package's constants are checked on first use, often inside a function body checked on its
        // first call: a constant is still checked at package level, with the package's facts
        Environment base = ck.stdlib && ck.isFileScope(declScope) ? Environment.packageLevel(declScope, ck.pkgInfo) : ck.env;
        Info specInfo = cs.implicit() ? new Info() : base.info;
        ck.within(base.forConstSpec(declScope, ConstValue.of(cs.iota()), specInfo), () -> checkConstValues(cs, ents));
    }

    private void checkConstValues(Decl.ConstSpec cs, List<ConstEntity> ents) {
        try {
            GoType t = cs.type() == null ? null : ck.typeExpr(cs.type());
            arity(cs.pos(), cs.names(), cs.values(), true, cs.implicit());
            for (int i = 0; i < ents.size(); i++) {
                ConstEntity ce = ents.get(i);
                if (i >= cs.values().size()) {
                    ce.type = Types.UNTYPED_INT;
                    ce.value = ConstValue.of(0);
                    continue;
                }
                Operand x = ck.expr(cs.values().get(i));
                if (x.invalid()) {
                    ce.type = t != null ? t : Types.UNTYPED_INT;
                    ce.value = ConstValue.of(0);
                    continue;
                }
                if (x.mode != Operand.Mode.CONSTANT) {
                    ck.error(x.expr.pos(), ExprPrinter.print(x.expr) + " (" + (x.type == null ? "no value" : "value of type " + x.type) + ") is not constant");
                    ce.type = t != null ? t : Types.UNTYPED_INT;
                    ce.value = ConstValue.of(0);
                    continue;
                }
                GoType spelled = t != null ? TypeSpelling.of(cs.type(), t) : x.spelling;
                if (t != null) {
                    ck.assignment(x, t, spelled, "constant declaration");
                }
                ce.type = x.type;
                ce.spelling = spelled;
                ce.value = x.value;
            }
        } finally {
            for (ConstEntity ce : ents) {
                ce.resolving = false;
                if (ce.type == null) {
                    ce.type = Types.UNTYPED_INT;
                    ce.value = ConstValue.of(0);
                }
            }
        }
    }

    void declareTypeSpec(Decl.TypeSpec ts, Scope target, boolean global) {
        TypeEntity te = new TypeEntity(ts.name(), ts.pos(), null, ts, global ? ck.fileScope : target);
        te.owner = ck;
        ck.env.info.defs.put(ts, te);
        if (!ts.typeParams().isEmpty()) {
            te.type = null; // generic: instantiated on use
            if (global) {
                ck.resolver.declareGlobal(te, ts.pos());
            } else {
                ck.unsupported(ts.pos(), "generic type declared inside a function");
                ck.stmts.declareLocal(te, ts.pos()); // its uses are still checked
            }
            return;
        }
        if (ts.alias()) {
            te.resolver = () -> {
                te.resolver = null;
                te.resolving = true;
                te.type = ck.within(ck.env.inScope(te.declScope), () -> ck.typeExpr(ts.type()));
                te.resolving = false;
            };
        } else {
            NamedType nt = new NamedType(ck.pkg.name, ts.name(), null);
            nt.pkgPath = ck.pkg.path;
            te.type = nt;
            ck.channelLaidOut(ts.pos(), nt);
            te.resolver = () -> {
                te.resolver = null;
                te.resolving = true;
                GoType u = ck.within(ck.env.inScope(te.declScope), () -> ck.typeExpr(ts.type()));
                List<NamedType> cycle = new ArrayList<>();
                if (u instanceof NamedType un && un.underlying() == null) {
                    // un is still being resolved: a chain of names back to nt is a cycle, else un's type comes later
                    nt.setUnderlyingOf(un);
                    if (namesChainBackTo(un, nt, cycle)) {
                        reportCycle(te, nt, cycle);
                        nt.setUnderlying(Types.INT);
                    }
                    te.resolving = false;
                    return;
                }
                nt.setUnderlying(u == null ? Types.INT : u.underlying());
                if (u != null && u == u.underlying()) {
                    nt.spelledUnderlying = TypeSpelling.of(ts.type(), u);
                }
                if (containsByValue(nt.underlying(), nt, cycle, new HashSet<>())) {
                    reportCycle(te, nt, cycle);
                    nt.setUnderlying(Types.INT); // a type that holds itself has no size: break the cycle for what follows
                }
                te.resolving = false;
            };
        }
        if (global) {
            ck.resolver.declareGlobal(te, ts.pos());
        } else {
            ck.stmts.declareLocal(te, ts.pos());
            te.resolver.run();
        }
    }

    void checkGlobalVarSpec(Decl.VarSpec vs, List<VarEntity> ents, Scope fileScope) {
        if (!ck.initOrdered) {
            ck.within(ck.env.forPackageVar(fileScope, ents.get(0)), () -> checkVarSpec(vs, ents, "variable declaration"));
            ck.pkg.varInits.add(vs);
            return;
        }
        // a standard package's table, first used by a function body checked on its first call (LateVars): its
        // facts are the package's, wherever the use is, since its initialization is built apart from that function
        Environment pkgLevel = Environment.packageLevel(fileScope, ck.pkgInfo);
        ck.within(pkgLevel.forPackageVar(fileScope, ents.get(0)), () -> checkVarSpec(vs, ents, "variable declaration"));
        for (VarEntity ve : ents) {
            ve.lateInit = vs;
            ve.latePackage = ck.pkg.path;
        }
    }

    void localDecl(Decl d) {
        switch (d) {
            case Decl.Var v -> {
                for (Decl.VarSpec vs : v.specs()) {
                    List<VarEntity> ents = new ArrayList<>();
                    for (Expr.Ident id : vs.names()) {
                        VarEntity ve = ck.stmts.newLocal(id.name(), id.pos(), null);
                        ck.env.info.defs.put(id, ve);
                        ents.add(ve);
                    }
                    checkVarSpec(vs, ents, "variable declaration");
                    for (VarEntity ve : ents) {
                        ck.stmts.declareLocal(ve, ve.pos);
                    }
                }
            }
            case Decl.Const c -> collectConsts(c, ck.env.scope, false);
            case Decl.Type t -> {
                for (Decl.TypeSpec ts : t.specs()) {
                    declareTypeSpec(ts, ck.env.scope, false);
                }
            }
            case Decl.Func f -> ck.error(f.pos(), "function declaration inside a function");
        }
    }

    /**
     * Whether a value of type t holds a value of type target (through struct fields and array elements, where a
     * pointer, slice, map, channel, function or interface would break the chain); path collects the named types on
     * the way.
     */
    private static boolean containsByValue(GoType t, NamedType target, List<NamedType> path, Set<GoType> seen) {
        if (t == target) {
            return true;
        }
        if (t == null || !seen.add(t)) {
            return false;
        }
        GoType u = t;
        if (t instanceof NamedType nt) {
            path.add(nt);
            u = nt.underlying();
        }
        boolean found = switch (u) {
            case StructType st -> st.fields.stream().anyMatch(f -> containsByValue(f.type(), target, path, seen));
            case ArrayType at -> containsByValue(at.elem, target, path, seen);
            case null, default -> false;
        };
        if (!found && t instanceof NamedType) {
            path.removeLast();
        }
        return found;
    }

    /** Whether the chain of unresolved names from T (type T U, type U V, ...) leads to TARGET; path collects it. */
    private static boolean namesChainBackTo(NamedType t, NamedType target, List<NamedType> path) {
        for (NamedType n = t; n != null; n = n.underlyingOf()) {
            if (n == target) {
                return true;
            }
            if (path.contains(n)) {
                return false;
            }
            path.add(n);
        }
        return false;
    }

    /** Go's report of a recursive type: the error at the type, then each type of the cycle where it is declared. */
    private void reportCycle(TypeEntity te, NamedType nt, List<NamedType> through) {
        StringBuilder msg = new StringBuilder("invalid recursive type " + te.name);
        List<NamedType> cycle = new ArrayList<>();
        cycle.add(nt);
        cycle.addAll(through);
        cycle.add(nt);
        for (int i = 0; i < cycle.size(); i++) {
            String name = cycle.get(i).name;
            Pos pos = i == 0 || i == cycle.size() - 1 ? te.pos : declaredAt(te, name);
            msg.append("\n\t").append(pos.where(ck.file)).append(": ")
                            .append(name).append(i < cycle.size() - 1 ? " refers to" : "");
        }
        ck.error(te.pos, msg.toString());
    }

    private static Pos declaredAt(TypeEntity te, String name) {
        Entity e = te.declScope.lookup(name);
        return e != null ? e.pos : te.pos;
    }

    /**
     * Reports a spec with more names than values or more values than names, except the one value of a multi-valued
     * var spec, which the assignment checks. An inherited const spec (implicit) has its repeated values elsewhere:
     * the error names where they are.
     */
    private void arity(Pos specPos, List<Expr.Ident> names, List<Expr> values, boolean constSpec, boolean inherited) {
        int l = names.size();
        int r = values.size();
        if (l < r) {
            Expr extra = values.get(l);
            if (inherited) {
                ck.error(specPos, "extra init expr at " + extra.pos().where(ck.file));
            } else {
                ck.error(extra.pos(), "extra init expr " + ExprPrinter.print(extra));
            }
        } else if (l > r && (constSpec || r != 1)) {
            Expr.Ident missing = names.get(r);
            ck.error(missing.pos(), "missing init expr for " + missing.name());
        }
    }

    /** Types the variables of a var spec from its type and/or values. */
    void checkVarSpec(Decl.VarSpec vs, List<VarEntity> ents, String context) {
        if (!typeVarSpec(vs, ents, context)) {
            // as in Go, a variable whose declaration failed is not also reported as unused
            for (VarEntity ve : ents) {
                ve.used = true;
            }
        }
    }

    /** Whether the declaration went without error (a failed one leaves its variables of invalid type). */
    private boolean typeVarSpec(Decl.VarSpec vs, List<VarEntity> ents, String context) {
        GoType t = vs.type() == null ? null : ck.typeExpr(vs.type());
        GoType spelled = TypeSpelling.of(vs.type(), t);
        for (VarEntity ve : ents) {
            ve.spelling = spelled;
        }
        if (t != null) {
            for (VarEntity ve : ents) {
                ck.channelLaidOut(ve.pos, t);
            }
        }
        boolean badType = vs.type() != null && t == null;
        if (badType) {
            t = Types.INVALID;
            for (VarEntity ve : ents) {
                ve.placeholderType = true;
            }
        }
        if (vs.values().isEmpty()) {
            for (VarEntity ve : ents) {
                ve.type = t;
            }
            return !badType;
        }
        if (vs.values().size() == 1 && ents.size() > 1) {
            List<GoType> got = ck.assignments.multiValue(vs.values().get(0), ents.size(), context);
            boolean ok = got != null && !badType;
            for (int i = 0; i < ents.size(); i++) {
                GoType g = got == null ? Types.INVALID : got.get(i);
                ents.get(i).placeholderType |= got == null && t == null;
                if (t != null && !badType && got != null && !Predicates.assignable(g, t)) {
                    ck.error(vs.values().get(0).pos(), "cannot use " + ExprPrinter.print(vs.values().get(0)) + " (value of type " + g + ") as type " + TypeSpelling.shown(t, spelled) + " in " + context);
                    ok = false;
                }
                ents.get(i).type = t != null ? t : g;
                ok &= ents.get(i).type != Types.INVALID;
            }
            return ok;
        }
        // as in Go, each variable with a value of its own is still checked when there are too few or too many
        arity(vs.pos(), vs.names(), vs.values(), false, false);
        boolean ok = vs.values().size() == ents.size() && !badType;
        for (int i = 0; i < ents.size(); i++) {
            VarEntity ve = ents.get(i);
            if (i >= vs.values().size()) {
                ve.type = t != null ? t : Types.INVALID;
                ve.placeholderType |= t == null;
                continue;
            }
            Operand o = ck.expr(vs.values().get(i));
            if (o.invalid()) {
                ve.type = t != null ? t : Types.INVALID;
                ve.placeholderType |= t == null;
                ok = false;
                continue;
            }
            if (t != null) {
                if (!badType) { // the type's error was reported; its placeholder has nothing to say about the value
                    ok &= ck.assignment(o, t, spelled, context);
                }
                ve.type = t;
            } else {
                if (o.isNil()) {
                    ck.error(o.expr.pos(), "use of untyped nil in " + context);
                    ve.type = Types.INVALID;
                    ve.placeholderType = true;
                    ok = false;
                    continue;
                }
                if (o.mode == Operand.Mode.NOVALUE) {
                    ck.error(o.expr.pos(), ExprPrinter.print(o.expr) + " (no value) used as value");
                    ve.type = Types.INVALID;
                    ve.placeholderType = true;
                    ok = false;
                    continue;
                }
                GoType dt = o.type.isUntyped() ? Predicates.defaultType(o.type) : o.type;
                ve.spelling = TypeSpelling.ofValue(o);
                ok &= ck.assignment(o, dt, context);
                ve.type = dt;
            }
        }
        return ok;
    }
}
