package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.language.types.ArrayType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.List;

/**
 * Inferring the type arguments of a generic call: typed arguments are unified with the parameter types first, then
 * untyped constants with their default types, then constraints with a single core term ({@code S ~[]E}) relate the
 * type parameters to one another until nothing changes.
 */
final class Inference {
    private final Checker ck;

    Inference(Checker ck) {
        this.ck = ck;
    }

    /** Infers type arguments by unifying parameter types with argument types. */
    List<GoType> inferTypeArgs(FuncEntity fe, List<Operand> args, List<GoType> explicit, Pos pos) {
        int n = fe.decl.type().typeParams().size();
        GoType[] bound = new GoType[n];
        for (int i = 0; i < explicit.size() && i < n; i++) {
            bound[i] = explicit.get(i);
        }
        FuncType sig = (FuncType) fe.type;
        // typed arguments first, then untyped constants take their default types
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < args.size(); i++) {
                GoType pt;
                if (sig.variadic && i >= sig.params.size() - 1) {
                    pt = ((SliceType) sig.params.get(sig.params.size() - 1)).elem;
                } else if (i < sig.params.size()) {
                    pt = sig.params.get(i);
                } else {
                    break;
                }
                Operand a = args.get(i);
                if (a.type == null) {
                    continue;
                }
                if (a.type.isUntyped() == (pass == 0)) {
                    continue;
                }
                GoType at = pass == 1 ? Predicates.defaultType(a.type) : a.type;
                if (pass == 1 && pt instanceof TypeParamType tp && bound[tp.index] != null) {
                    continue;
                }
                unify(pt, at, bound);
            }
        }
        // constraint type inference: a parameter whose constraint has one (core) term, like S ~[]E, relates
        // the type arguments: unify the term with what is known until nothing changes
        if (fe.paramConstraints != null) {
            boolean changed = true;
            for (int round = 0; changed && round < n + 1; round++) {
                changed = false;
                for (int i = 0; i < n; i++) {
                    GoType c = fe.paramConstraints.get(i);
                    if (!(c.underlying() instanceof InterfaceType ci) || ci.terms.size() != 1) {
                        continue;
                    }
                    InterfaceType.Term term = ci.terms.get(0);
                    int before = java.util.Arrays.asList(bound).indexOf(null);
                    if (bound[i] != null) {
                        unify(term.type(), term.tilde() ? bound[i].underlying() : bound[i], bound);
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
        }
        List<GoType> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bound[i] == null) {
                Expr.TypeParam tp = fe.decl.type().typeParams().get(i);
                ck.error(pos, "cannot infer " + tp.name() + " (" + (fe.owner != null ? fe.owner : ck).where(tp.pos()) + ")");
                return null;
            }
            out.add(bound[i]);
        }
        return out;
    }

    private void unify(GoType p, GoType a, GoType[] bound) {
        if (p instanceof TypeParamType tp) {
            if (bound[tp.index] == null) {
                bound[tp.index] = a;
            }
            return;
        }
        if (p instanceof NamedType pn && a instanceof NamedType an && pn.name.equals(an.name) && pn.typeArgs.size() == an.typeArgs.size()) {
            for (int i = 0; i < pn.typeArgs.size(); i++) {
                unify(pn.typeArgs.get(i), an.typeArgs.get(i), bound);
            }
            return;
        }
        if (p instanceof NamedType pn && !pn.typeArgs.isEmpty() && !(a instanceof NamedType) && pn.underlying() != null) {
            // a generic named type against an unnamed one (iter.Seq[V] against a func literal): as Go does, the
            // named type's underlying type carries the inference
            p = pn.underlying();
        }
        GoType au = a instanceof NamedType && !(p instanceof NamedType) ? a.underlying() : a;
        switch (p) {
            case SliceType ps when au instanceof SliceType as -> unify(ps.elem, as.elem, bound);
            case PointerType pp when au instanceof PointerType ap -> unify(pp.elem, ap.elem, bound);
            case ArrayType pa when au instanceof ArrayType aa -> unify(pa.elem, aa.elem, bound);
            case MapType pm when au instanceof MapType am -> {
                unify(pm.key, am.key, bound);
                unify(pm.value, am.value, bound);
            }
            case ChanType pc when au instanceof ChanType ac -> unify(pc.elem, ac.elem, bound);
            case FuncType pf when au instanceof FuncType af -> {
                for (int i = 0; i < Math.min(pf.params.size(), af.params.size()); i++) {
                    unify(pf.params.get(i), af.params.get(i), bound);
                }
                for (int i = 0; i < Math.min(pf.results.size(), af.results.size()); i++) {
                    unify(pf.results.get(i), af.results.get(i), bound);
                }
            }
            default -> {
            }
        }
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
