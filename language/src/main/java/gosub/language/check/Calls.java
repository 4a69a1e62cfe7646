package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.SliceType;
import gosub.language.types.TupleType;

import java.util.ArrayList;
import java.util.List;

/**
 * Call expressions: conversions and built-ins handed to their classes, calls of functions and methods with their
 * arguments (variadic, spread of a multi-valued call, generic with inference), and how each call is classified for
 * the node builder.
 */
final class Calls {
    private final Checker ck;

    Calls(Checker ck) {
        this.ck = ck;
    }

    /**
     * A built-in's one argument that is a call of several results gives the built-in those results as its
     * arguments, as Go allows for all but make and new ({@code copy(f())}, {@code delete(g())}, {@code print(h())}):
     * the call with a stand-in per result, or null when c is no such call.
     */
    private Expr.Call spreadArguments(Expr.Call c, BuiltinEntity b) {
        if (c.args().size() != 1 || c.hasEllipsis() || b.name.equals("make") || b.name.equals("new")
                || !(ck.exprs.unparen(c.args().get(0)) instanceof Expr.Call)) {
            return null;
        }
        Expr arg = c.args().get(0);
        Operand a = ck.expr(arg, true);
        if (a.invalid() || !(a.type instanceof TupleType tt)) {
            ck.prechecked.put(arg, a); // the built-in takes it from there, so it is checked (and errs) once
            return null;
        }
        List<Expr> standIns = new ArrayList<>();
        for (GoType t : tt.types) {
            Expr standIn = new Expr.Paren(arg.pos(), arg);
            ck.spreadValues.put(standIn, new Operand(Operand.Mode.VALUE, t, null, standIn));
            standIns.add(standIn);
        }
        Expr.Call spread = new Expr.Call(c.pos(), c.fun(), standIns, false, c.lparen());
        ck.env.info.calls.put(spread, Info.CallKind.BUILTIN);
        ck.env.info.spreads.put(c, spread);
        return spread;
    }

    Operand call(Expr.Call c) {
        Operand f = ck.rawExpr(c.fun(), null);
        if (f.invalid()) {
            for (Expr a : c.args()) {
                ck.rawExpr(a, null);
            }
            return Operand.invalid(c);
        }
        if (f.mode == Operand.Mode.TYPE) {
            ck.env.info.calls.put(c, Info.CallKind.CONVERSION);
            return ck.conversions.conversion(c, f.type).spelled(f.shownType());
        }
        if (f.mode == Operand.Mode.BUILTIN) {
            ck.env.info.calls.put(c, Info.CallKind.BUILTIN);
            BuiltinEntity b = (BuiltinEntity) f.entity;
            Expr.Call spread = spreadArguments(c, b);
            Operand r = Builtins.check(ck, spread != null ? spread : c, b);
            if (c.args().size() == 1) {
                ck.prechecked.remove(c.args().get(0));
            }
            if (spread == null) {
                return r;
            }
            if (r.invalid()) {
                return Operand.invalid(c);
            }
            if (r.type != null) {
                ck.env.info.types.put(spread, r.type);
            }
            return new Operand(r.mode, r.type, r.value, c);
        }
        if (f.mode == Operand.Mode.PACKAGE) {
            ck.error(c.fun().pos(), "use of package " + ExprPrinter.print(c.fun()) + " not in selector");
            return Operand.invalid(c);
        }
        if (!(f.type != null && TypeSets.coreType(f.type) instanceof FuncType sig)) {
            for (Expr a : c.args()) {
                ck.rawExpr(a, null);
            }
            ck.error(c.pos(), "invalid operation: cannot call non-function " + f.describe());
            return Operand.invalid(c);
        }
        // the callee as its declaration wrote it, for the types errors name
        FuncType spelledSig = f.shownType() instanceof FuncType fs ? fs : sig;
        // arguments
        List<Operand> args = new ArrayList<>();
        boolean spread = false;
        if (c.args().size() == 1 && !c.hasEllipsis()) {
            Operand a = ck.expr(c.args().get(0), true);
            if (!a.invalid() && a.type instanceof TupleType tt) {
                spread = true;
                for (GoType t : tt.types) {
                    args.add(new Operand(Operand.Mode.VALUE, t, null, c.args().get(0)));
                }
            } else if (!a.invalid() && a.mode == Operand.Mode.NOVALUE) {
                ck.error(a.expr.pos(), ExprPrinter.print(a.expr) + " (no value) used as value");
                return Operand.invalid(c);
            } else {
                args.add(a);
            }
        } else {
            for (Expr a : c.args()) {
                args.add(ck.expr(a));
            }
        }
        for (Operand a : args) {
            if (a.invalid()) {
                return resultOf(c, sig, spelledSig);
            }
        }
        FuncEntity generic = ck.instantiation.genericFuncOf(c.fun());
        Expr fun = ck.exprs.unparen(c.fun());
        if (generic == null && fun instanceof Expr.Index ix && ck.partialTypeArgs.containsKey(ix)) {
            generic = ck.instantiation.genericFuncOf(ix.x());
        }
        if (generic != null) {
            List<GoType> explicit = fun instanceof Expr.Index ix ? ck.partialTypeArgs.getOrDefault(ix, List.of()) : List.of();
            List<GoType> targs = ck.inference.inferTypeArgs(generic, args, explicit, c.lparen(), c.hasEllipsis());
            if (targs == null) {
                return Operand.invalid(c);
            }
            List<Pos> argPos = new ArrayList<>();
            List<Expr> argExprs = new ArrayList<>();
            for (int i = 0; i < targs.size(); i++) {
                Expr written = i < explicit.size() && fun instanceof Expr.Index ix ? ix.indices().get(i) : null;
                argPos.add(written != null ? written.pos() : c.lparen());
                argExprs.add(written);
            }
            FuncEntity inst = ck.instantiation.instantiateFunc(generic, targs, argPos, argExprs);
            if (inst == null) {
                return Operand.invalid(c);
            }
            ck.env.info.instances.put(fun, inst);
            sig = inst.sig();
            ck.env.info.types.put(c.fun(), sig);
            ck.env.info.types.put(fun, sig);
        }
        String fname = ExprPrinter.print(c.fun());
        checkArgs(c, sig, spelledSig, args, spread, fname);
        // classify the call for the node builder
        if (fun instanceof Expr.Selector s && ck.env.info.selections.get(s) != null) {
            Selection sel = ck.env.info.selections.get(s);
            ck.env.info.calls.put(c, switch (sel.kind()) {
                case METHOD_VALUE -> Info.CallKind.METHOD;
                case INTERFACE_METHOD -> Info.CallKind.INTERFACE_METHOD;
                default -> Info.CallKind.DYNAMIC;
            });
        } else if (fun instanceof Expr.Ident id && ck.env.info.uses.get(id) instanceof FuncEntity) {
            ck.env.info.calls.put(c, Info.CallKind.FUNC);
        } else if (fun instanceof Expr.Selector s && ck.env.info.qualified.get(s) instanceof FuncEntity) {
            ck.env.info.calls.put(c, Info.CallKind.FUNC);
        } else if (ck.env.info.instances.containsKey(fun)) {
            ck.env.info.calls.put(c, Info.CallKind.FUNC);
        } else {
            ck.env.info.calls.put(c, Info.CallKind.DYNAMIC);
        }
        return resultOf(c, sig, spelledSig);
    }

    private Operand resultOf(Expr.Call c, FuncType sig, FuncType spelledSig) {
        GoType rt = sig.resultType();
        if (rt == null) {
            return new Operand(Operand.Mode.NOVALUE, null, null, c);
        }
        return new Operand(Operand.Mode.VALUE, rt, null, c).spelled(TypeSpelling.result(spelledSig));
    }

    private void checkArgs(Expr.Call c, FuncType sig, FuncType spelledSig, List<Operand> args, boolean spread, String fname) {
        int np = sig.params.size();
        if (c.hasEllipsis()) {
            if (!sig.variadic) {
                ck.error(c.args().get(c.args().size() - 1).pos(), "have (...) but function is not variadic: " + fname);
                return;
            }
            if (args.size() != np) {
                argCountError(c, (FuncType) TypeSpelling.shown(sig, TypeSpelling.unnamed(spelledSig)), args, fname, args.size() < np);
                return;
            }
            for (int i = 0; i < np; i++) {
                ck.assignment(args.get(i), sig.params.get(i), spelledParam(spelledSig, i), "argument to " + fname);
            }
            return;
        }
        int fixed = sig.variadic ? np - 1 : np;
        if (args.size() < fixed || (!sig.variadic && args.size() > np)) {
            argCountError(c, (FuncType) TypeSpelling.shown(sig, TypeSpelling.unnamed(spelledSig)), args, fname, args.size() < fixed);
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            GoType pt = i < fixed ? sig.params.get(i) : ((SliceType) sig.params.get(np - 1)).elem;
            GoType spelledPt = i < fixed ? spelledParam(spelledSig, i) : TypeSpelling.elem(spelledParam(spelledSig, np - 1));
            if (spread) {
                if (!Predicates.assignable(args.get(i).type, pt)) {
                    ck.error(c.args().get(0).pos(), "cannot use " + ExprPrinter.print(c.args().get(0)) + " (value of type " + args.get(i).type + ") as type " + TypeSpelling.shown(pt, spelledPt) + " in argument to " + fname);
                }
            } else {
                ck.assignment(args.get(i), pt, spelledPt, "argument to " + fname);
            }
        }
    }

    private static GoType spelledParam(FuncType spelledSig, int i) {
        return i < spelledSig.params.size() ? spelledSig.params.get(i) : null;
    }

    private void argCountError(Expr.Call c, FuncType sig, List<Operand> args, String fname, boolean notEnough) {
        String have = Operand.typesSummary(Operand.typesOf(args));
        // as Go: too many at the first extra argument, not enough at the last one (or at the call without any);
        // f(g()) with g giving several results has one argument expression for all of them
        int last = c.args().size() - 1;
        Pos at = notEnough ? (last < 0 ? c.pos() : c.args().get(last).pos())
                        : c.args().get(Math.min(Math.min(args.size() - 1, Math.max(0, sig.params.size())), last)).pos();
        ck.error(at, (notEnough ? "not enough" : "too many") + " arguments in call to " + fname + "\n\thave " + have + "\n\twant " + "(" + sig.signatureString().substring(1, sig.signatureString().indexOf(')') + 1));
    }
}
