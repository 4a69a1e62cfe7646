package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.language.types.GoType;
import gosub.language.types.NamedType;
import gosub.language.types.Types;

import java.util.ArrayList;
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
        Info specInfo = cs.implicit() ? new Info() : ck.env.info;
        ck.within(ck.env.forConstSpec(declScope, ConstValue.of(cs.iota()), specInfo), () -> checkConstValues(cs, ents));
    }

    private void checkConstValues(Decl.ConstSpec cs, List<ConstEntity> ents) {
        try {
            GoType t = cs.type() == null ? null : ck.typeExpr(cs.type());
            if (cs.values().isEmpty()) {
                ck.error(cs.pos(), "missing init expr for const declaration");
            }
            for (int i = 0; i < ents.size(); i++) {
                ConstEntity ce = ents.get(i);
                if (i >= cs.values().size()) {
                    if (!cs.values().isEmpty()) {
                        ck.error(cs.names().get(i).pos(), "missing init expr for const declaration");
                    }
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
                if (t != null) {
                    ck.assignment(x, t, "constant declaration");
                }
                ce.type = x.type;
                ce.value = x.value;
            }
            if (cs.values().size() > ents.size()) {
                ck.error(cs.values().get(ents.size()).pos(), "extra init expr");
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
            NamedType nt = new NamedType(global || ck.stdlib ? ck.pkg.name : ck.pkg.name, ts.name(), null);
            te.type = nt;
            te.resolver = () -> {
                te.resolver = null;
                te.resolving = true;
                GoType u = ck.within(ck.env.inScope(te.declScope), () -> ck.typeExpr(ts.type()));
                nt.setUnderlying(u == null ? Types.INT : u.underlying());
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
        ck.within(ck.env.forPackageVar(fileScope, ents.get(0)), () -> checkVarSpec(vs, ents, "variable declaration"));
        ck.pkg.varInits.add(vs);
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

    /** Types the variables of a var spec from its type and/or values. */
    void checkVarSpec(Decl.VarSpec vs, List<VarEntity> ents, String context) {
        GoType t = vs.type() == null ? null : ck.typeExpr(vs.type());
        if (vs.type() != null && t == null) {
            t = Types.INT;
        }
        if (vs.values().isEmpty()) {
            for (VarEntity ve : ents) {
                ve.type = t;
            }
            return;
        }
        if (vs.values().size() == 1 && ents.size() > 1) {
            List<GoType> got = ck.assignments.multiValue(vs.values().get(0), ents.size(), context);
            for (int i = 0; i < ents.size(); i++) {
                GoType g = got == null ? Types.INT : got.get(i);
                if (t != null && got != null && !Predicates.assignable(g, t)) {
                    ck.error(vs.values().get(0).pos(), "cannot use " + g + " value as " + t + " value in " + context);
                }
                ents.get(i).type = t != null ? t : g;
            }
            return;
        }
        if (vs.values().size() != ents.size()) {
            ck.error(vs.pos(), (vs.values().size() > ents.size() ? "assignment mismatch: " : "assignment mismatch: ") + ents.size() + " variable" + (ents.size() > 1 ? "s" : "") + " but " + vs.values().size() + " value" + (vs.values().size() > 1 ? "s" : ""));
            for (VarEntity ve : ents) {
                ve.type = t != null ? t : Types.INT;
            }
            return;
        }
        for (int i = 0; i < ents.size(); i++) {
            Operand o = ck.expr(vs.values().get(i));
            VarEntity ve = ents.get(i);
            if (o.invalid()) {
                ve.type = t != null ? t : Types.INT;
                continue;
            }
            if (t != null) {
                ck.assignment(o, t, context);
                ve.type = t;
            } else {
                if (o.isNil()) {
                    ck.error(o.expr.pos(), "use of untyped nil in " + context);
                    ve.type = Types.INT;
                    continue;
                }
                if (o.mode == Operand.Mode.NOVALUE) {
                    ck.error(o.expr.pos(), ExprPrinter.print(o.expr) + " (no value) used as value");
                    ve.type = Types.INT;
                    continue;
                }
                GoType dt = o.type.isUntyped() ? Predicates.defaultType(o.type) : o.type;
                ck.assignment(o, dt, context);
                ve.type = dt;
            }
        }
    }
}
