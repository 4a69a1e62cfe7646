package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Pos;
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
import gosub.language.types.StructType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.List;

/**
 * Inferring the type arguments of a generic call: typed arguments are unified with the parameter types first, then
 * constraints with a single core term ({@code S ~[]E}) relate the type parameters to one another until nothing
 * changes, then untyped constants give their default types, and the constraints are applied once more. Unification
 * fails where the types cannot be made identical, which is then reported as Go reports it.
 */
final class Inference {
    private final Checker ck;

    Inference(Checker ck) {
        this.ck = ck;
    }

    /**
     * Infers the type arguments of a call of fe in Go 1.19's four steps: typed arguments against the parameters
     * that mention type parameters, constraint type inference, then untyped arguments passed to a bare type
     * parameter still unknown after the first two steps (their default types), and constraint type inference again.
     * A typed argument that contradicts what is inferred is Go's "does not match" error at the argument, and so is
     * an untyped one whose default type differs from what an earlier untyped argument gave. ellipsis: the call
     * spreads its last argument (f(xs...)), which then stands for the variadic parameter's whole slice.
     */
    List<GoType> inferTypeArgs(FuncEntity fe, List<Operand> args, List<GoType> explicit, Pos pos, boolean ellipsis) {
        List<Expr.TypeParam> tps = fe.decl.type().typeParams();
        int n = tps.size();
        GoType[] bound = new GoType[n];
        for (int i = 0; i < explicit.size() && i < n; i++) {
            bound[i] = explicit.get(i);
        }
        boolean[] given = new boolean[n];
        for (int i = 0; i < n; i++) {
            given[i] = bound[i] != null;
        }
        FuncType sig = (FuncType) fe.type;
        List<GoType> params = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            GoType pt;
            if (sig.variadic && i >= sig.params.size() - 1) {
                GoType last = sig.params.get(sig.params.size() - 1);
                pt = ellipsis && i == args.size() - 1 ? last : ((SliceType) last).elem;
            } else if (i < sig.params.size()) {
                pt = sig.params.get(i);
            } else {
                break;
            }
            params.add(pt);
        }
        // arguments of named types go first, so that a named and an unnamed argument for one type parameter
        // infer the named type whatever their order (as Go does)
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < params.size(); i++) {
                if (args.get(i).type != null && hasName(args.get(i).type) == (pass == 0)) {
                    order.add(i);
                }
            }
        }
        List<Integer> untyped = new ArrayList<>();
        for (int i : order) {
            GoType pt = params.get(i);
            Operand a = args.get(i);
            if (!mentionsOpenParam(pt, given)) {
                continue;
            }
            if (!a.type.isUntyped()) {
                if (!unify(pt, a.type, bound)) {
                    mismatch("type", a.shownType(), pt, a, bound, tps);
                    return null;
                }
            } else if (pt instanceof TypeParamType) {
                untyped.add(i);
            }
        }
        if (!constraintInference(fe, bound, pos)) {
            return null;
        }
        GoType[] known = bound.clone();
        for (int i : untyped) {
            TypeParamType tp = (TypeParamType) params.get(i);
            GoType def = Predicates.defaultType(args.get(i).type);
            if (known[tp.index] != null || def == Types.UNTYPED_NIL) {
                continue;
            }
            if (!unify(tp, def, bound)) {
                mismatch("default type", def, tp, args.get(i), bound, tps);
                return null;
            }
        }
        if (!constraintInference(fe, bound, pos)) {
            return null;
        }
        List<GoType> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bound[i] == null) {
                Expr.TypeParam tp = tps.get(i);
                ck.error(pos, "cannot infer " + tp.name() + " (" + (fe.owner != null ? fe.owner : ck).where(tp.pos()) + ")");
                return null;
            }
            out.add(bound[i]);
        }
        return out;
    }

    /**
     * Constraint type inference: a type parameter whose constraint has one term (S ~[]E) relates the type
     * arguments; its term is unified with what is known until nothing changes. False (reported) on a contradiction.
     */
    private boolean constraintInference(FuncEntity fe, GoType[] bound, Pos pos) {
        if (fe.paramConstraints == null) {
            return true;
        }
        int n = bound.length;
        boolean changed = true;
        for (int round = 0; changed && round < n + 1; round++) {
            changed = false;
            for (int i = 0; i < n; i++) {
                List<InterfaceType.Term> terms = TypeSets.terms(fe.paramConstraints.get(i));
                InterfaceType.Term term = terms == null ? null : coreTerm(terms);
                if (term == null) {
                    continue;
                }
                boolean single = terms.size() == 1;
                int before = java.util.Arrays.asList(bound).indexOf(null);
                if (bound[i] != null) {
                    // a type parameter passed on meets the term through its core type
                    GoType known = bound[i] instanceof TypeParamType ? TypeSets.coreType(bound[i]) : term.tilde() ? bound[i].underlying() : bound[i];
                    if (known == null || !unify(term.type(), known, bound)) {
                        ck.error(pos, fe.decl.type().typeParams().get(i).name() + " does not match " + (term.tilde() ? "~" : "") + term.type());
                        return false;
                    }
                } else if (!single) {
                    continue;
                } else if (!containsTypeParam(term.type())) {
                    bound[i] = term.type();
                } else if (!term.tilde() && allBound(term.type(), bound)) {
                    bound[i] = subst(term.type(), java.util.Arrays.asList(bound));
                } else {
                    continue;
                }
                if (java.util.Arrays.asList(bound).indexOf(null) != before) {
                    changed = true;
                }
            }
        }
        return true;
    }

    /**
     * The one term every type of a type set shares, as constraint inference uses it: the set's only term, or else
     * the underlying type all its terms have (with a tilde if any term has one). Channel terms share a channel type
     * when their element types agree and their directions do not contradict: chan T with <-chan T is <-chan T.
     */
    private static InterfaceType.Term coreTerm(List<InterfaceType.Term> terms) {
        if (terms.size() == 1) {
            return terms.get(0);
        }
        GoType core = TypeSets.sharedUnderlying(terms);
        return core == null ? null : new InterfaceType.Term(terms.stream().anyMatch(InterfaceType.Term::tilde), core);
    }

    /** Go's error for an argument that contradicts the type arguments inferred so far. */
    private void mismatch(String kind, GoType argType, GoType param, Operand a, GoType[] bound, List<Expr.TypeParam> tps) {
        String what = kind + " " + argType + " of " + ExprPrinter.print(a.expr) + " does not match ";
        if (java.util.Arrays.stream(bound).allMatch(b -> b == null)) {
            ck.error(a.expr.pos(), what + param + " (cannot infer " + namesString(tps) + ")");
            return;
        }
        GoType inferred = substKnown(param, bound);
        ck.error(a.expr.pos(), what + (inferred != param ? "inferred type " + inferred + " for " : "") + param);
    }

    private static String namesString(List<Expr.TypeParam> tps) {
        int n = tps.size();
        if (n <= 2) {
            return n == 1 ? tps.get(0).name() : tps.get(0).name() + " and " + tps.get(1).name();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n - 1; i++) {
            sb.append(i > 0 ? ", " : "").append(tps.get(i).name());
        }
        return sb.append(", and ").append(tps.get(n - 1).name()).toString();
    }

    /** Whether t mentions a type parameter that the call did not give explicitly. */
    private static boolean mentionsOpenParam(GoType t, boolean[] given) {
        return switch (t) {
            case TypeParamType tp -> !given[tp.index];
            case NamedType nt -> nt.typeArgs.stream().anyMatch(x -> mentionsOpenParam(x, given));
            case SliceType s -> mentionsOpenParam(s.elem, given);
            case PointerType p -> mentionsOpenParam(p.elem, given);
            case ArrayType a -> mentionsOpenParam(a.elem, given);
            case MapType m -> mentionsOpenParam(m.key, given) || mentionsOpenParam(m.value, given);
            case ChanType c -> mentionsOpenParam(c.elem, given);
            case FuncType f -> f.params.stream().anyMatch(x -> mentionsOpenParam(x, given))
                            || f.results.stream().anyMatch(x -> mentionsOpenParam(x, given));
            case StructType st -> st.fields.stream().anyMatch(x -> mentionsOpenParam(x.type(), given));
            default -> false;
        };
    }

    /** Named, basic and type parameter types have names; type literals do not. */
    private static boolean hasName(GoType t) {
        return t instanceof NamedType || t instanceof BasicType || t instanceof TypeParamType;
    }

    /**
     * Unifies parameter type p with argument type a, binding the type parameters p mentions; false when they
     * cannot be made identical. As in Go's inference, a named type meets a type literal through its underlying type.
     */
    private boolean unify(GoType p, GoType a, GoType[] bound) {
        if (p instanceof NamedType pn && !hasName(a)) {
            return pn.underlying() == null || unify(pn.underlying(), a, bound);
        }
        if (a instanceof NamedType an && !hasName(p)) {
            return unify(p, an.underlying(), bound);
        }
        if (p instanceof TypeParamType tp) {
            if (bound[tp.index] == null) {
                bound[tp.index] = a;
                return true;
            }
            return bound[tp.index] == a || unify(bound[tp.index], a, bound);
        }
        if (p == a && !Instantiation.mentionsTypeParam(p)) {
            return true; // else a generic body passing its own type parameters on (f(n.left) in f) binds them to themselves
        }
        return switch (p) {
            case NamedType pn when a instanceof NamedType an -> pn.name.equals(an.name) && java.util.Objects.equals(pn.pkg, an.pkg)
                            && !pn.typeArgs.isEmpty() && pn.typeArgs.size() == an.typeArgs.size() && unifyAll(pn.typeArgs, an.typeArgs, bound);
            case SliceType ps when a instanceof SliceType as -> unify(ps.elem, as.elem, bound);
            case PointerType pp when a instanceof PointerType ap -> unify(pp.elem, ap.elem, bound);
            case ArrayType pa when a instanceof ArrayType aa -> pa.length == aa.length && unify(pa.elem, aa.elem, bound);
            case MapType pm when a instanceof MapType am -> unify(pm.key, am.key, bound) && unify(pm.value, am.value, bound);
            // inference, like Go's, does not hold channel directions against each other: assignment checks them
            case ChanType pc when a instanceof ChanType ac -> unify(pc.elem, ac.elem, bound);
            case FuncType pf when a instanceof FuncType af -> pf.variadic == af.variadic && unifyAll(pf.params, af.params, bound)
                            && unifyAll(pf.results, af.results, bound);
            case StructType ps when a instanceof StructType as -> sameFields(ps, as, bound);
            default -> p == a;
        };
    }

    private boolean unifyAll(List<GoType> ps, List<GoType> as, GoType[] bound) {
        if (ps.size() != as.size()) {
            return false;
        }
        for (int i = 0; i < ps.size(); i++) {
            if (!unify(ps.get(i), as.get(i), bound)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameFields(StructType ps, StructType as, GoType[] bound) {
        if (ps.fields.size() != as.fields.size()) {
            return false;
        }
        for (int i = 0; i < ps.fields.size(); i++) {
            StructType.Field pf = ps.fields.get(i);
            StructType.Field af = as.fields.get(i);
            if (!pf.name().equals(af.name()) || pf.embedded() != af.embedded() || !java.util.Objects.equals(pf.tag(), af.tag())
                            || !unify(pf.type(), af.type(), bound)) {
                return false;
            }
        }
        return true;
    }

    /** t with the type parameters inferred so far put in (the others left as they are), for error messages. */
    private GoType substKnown(GoType t, GoType[] bound) {
        return switch (t) {
            case TypeParamType tp -> bound[tp.index] != null ? bound[tp.index] : tp;
            case SliceType s -> rebuilt(t, s.elem, bound, Types::slice);
            case PointerType p -> rebuilt(t, p.elem, bound, Types::pointer);
            case ChanType c -> rebuilt(t, c.elem, bound, e -> Types.chan(c.dir, e));
            case ArrayType a -> rebuilt(t, a.elem, bound, e -> Types.array(e, a.length));
            case MapType m -> {
                GoType k = substKnown(m.key, bound);
                GoType v = substKnown(m.value, bound);
                yield k == m.key && v == m.value ? t : Types.map(k, v);
            }
            case FuncType f -> {
                List<GoType> ps = f.params.stream().map(x -> substKnown(x, bound)).toList();
                List<GoType> rs = f.results.stream().map(x -> substKnown(x, bound)).toList();
                yield ps.equals(f.params) && rs.equals(f.results) ? t : Types.func(ps, rs, f.variadic);
            }
            default -> t;
        };
    }

    private GoType rebuilt(GoType t, GoType elem, GoType[] bound, java.util.function.Function<GoType, GoType> make) {
        GoType e = substKnown(elem, bound);
        return e == elem ? t : make.apply(e);
    }

    private static boolean allBound(GoType t, GoType[] bound) {
        return switch (t) {
            case TypeParamType tp -> bound[tp.index] != null;
            case SliceType s -> allBound(s.elem, bound);
            case PointerType p -> allBound(p.elem, bound);
            case ArrayType a -> allBound(a.elem, bound);
            case MapType m -> allBound(m.key, bound) && allBound(m.value, bound);
            case ChanType c -> allBound(c.elem, bound);
            default -> !containsTypeParam(t);
        };
    }

    private static boolean containsTypeParam(GoType t) {
        return switch (t) {
            case TypeParamType tp -> true;
            case SliceType s -> containsTypeParam(s.elem);
            case PointerType p -> containsTypeParam(p.elem);
            case ArrayType a -> containsTypeParam(a.elem);
            case MapType m -> containsTypeParam(m.key) || containsTypeParam(m.value);
            case ChanType c -> containsTypeParam(c.elem);
            case FuncType f -> f.params.stream().anyMatch(Inference::containsTypeParam) || f.results.stream().anyMatch(Inference::containsTypeParam);
            default -> false;
        };
    }

    /** Replaces type parameters in t by their bindings (for the signature of an inferred call). */
    GoType subst(GoType t, List<GoType> args) {
        return switch (t) {
            case TypeParamType tp -> args.get(tp.index);
            case SliceType s -> Types.slice(subst(s.elem, args));
            case PointerType p -> Types.pointer(subst(p.elem, args));
            case ArrayType a -> Types.array(subst(a.elem, args), a.length);
            case MapType m -> Types.map(subst(m.key, args), subst(m.value, args));
            case ChanType c -> Types.chan(c.dir, subst(c.elem, args));
            case FuncType f -> {
                List<GoType> ps = new ArrayList<>();
                for (GoType x : f.params) {
                    ps.add(subst(x, args));
                }
                List<GoType> rs = new ArrayList<>();
                for (GoType x : f.results) {
                    rs.add(subst(x, args));
                }
                yield Types.func(ps, rs, f.variadic);
            }
            default -> t;
        };
    }
}
