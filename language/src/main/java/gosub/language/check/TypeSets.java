package gosub.language.check;

import gosub.ast.Expr;
import gosub.language.types.ArrayType;
import gosub.language.types.ChanType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.StructType;
import gosub.language.types.TypeParamType;

import java.util.List;

/**
 * The type sets of constraints, as far as checking a type argument against a constraint needs them. A type set is
 * held as the list of terms whose union it is, with unions of interfaces spread into their own terms; null stands
 * for the set of all types (a constraint that lists no terms). A type parameter's type set is its constraint's,
 * so a type parameter satisfies a constraint when each of its terms lies inside one of the constraint's.
 */
final class TypeSets {
    private TypeSets() {
    }

    /** The terms bounding the type set of constraint c, or null when c lets any type in. */
    static List<InterfaceType.Term> terms(GoType c) {
        return InterfaceType.typeSetTerms(c);
    }

    /** Whether t is a type parameter whose type set lists no types (any, or methods only): no operation of a
     * particular type is known to it. */
    static boolean unrestricted(GoType t) {
        if (!(t instanceof TypeParamType)) {
            return false;
        }
        List<InterfaceType.Term> ts = terms(t);
        return ts == null || ts.isEmpty();
    }

    /**
     * The core type of t: its underlying type, or for a type parameter the underlying type every type of its type
     * set shares (channels of one element type may differ in direction, giving the directed one); null when there
     * is none.
     */
    static GoType coreType(GoType t) {
        if (!(t instanceof TypeParamType)) {
            return t.underlying();
        }
        List<InterfaceType.Term> ts = terms(t);
        if (ts == null || ts.isEmpty()) {
            return null;
        }
        return sharedUnderlying(ts);
    }

    /**
     * The underlying type all of terms share, or null: channels of one element type may differ in direction (chan
     * T with <-chan T shares <-chan T), nothing else may differ, and a type parameter shares nothing.
     */
    static GoType sharedUnderlying(List<InterfaceType.Term> terms) {
        GoType core = null;
        for (InterfaceType.Term term : terms) {
            GoType u = term.type().underlying();
            if (u instanceof TypeParamType) {
                return null;
            }
            if (core == null || core == u) {
                core = u;
            } else if (core instanceof ChanType cc && u instanceof ChanType uc && cc.elem == uc.elem) {
                if (cc.dir == Expr.ChanDir.BOTH) {
                    core = uc;
                } else if (uc.dir != Expr.ChanDir.BOTH && uc.dir != cc.dir) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return core;
    }

    /** Whether p holds for t, or for a type parameter t, for every type of its type set (a non-empty one). */
    static boolean all(GoType t, java.util.function.Predicate<GoType> p) {
        return t instanceof TypeParamType tp ? tp.everyType(p) : p.test(t);
    }

    /** Whether the (non-interface) type t is one of the types term stands for. */
    static boolean includes(InterfaceType.Term term, GoType t) {
        return term.tilde() ? t.underlying() == term.type().underlying() : t == term.type();
    }

    /** Whether every type of term inner is also a type of term outer. */
    static boolean covers(InterfaceType.Term outer, InterfaceType.Term inner) {
        if (outer.tilde()) {
            return inner.type().underlying() == outer.type().underlying();
        }
        return !inner.tilde() && inner.type() == outer.type();
    }

    /** Whether the type set inner (null: all types) lies inside the type set outer. */
    static boolean subset(List<InterfaceType.Term> inner, List<InterfaceType.Term> outer) {
        if (outer == null) {
            return true;
        }
        if (inner == null) {
            return false;
        }
        for (InterfaceType.Term x : inner) {
            if (outer.stream().noneMatch(y -> covers(y, x))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Comparability as a type argument for comparable needs it in Go 1.19: an interface, or a struct or array
     * holding one, may panic when compared, so it counts only when its type set is made of comparable types.
     */
    static boolean strictlyComparable(GoType t) {
        GoType u = t.underlying();
        return switch (u) {
            case TypeParamType tp -> typeSetComparable(tp.constraint());
            case InterfaceType it -> typeSetComparable(it);
            case StructType st -> st.fields.stream().allMatch(f -> strictlyComparable(f.type()));
            case ArrayType a -> strictlyComparable(a.elem);
            default -> Predicates.comparable(u);
        };
    }

    private static boolean typeSetComparable(GoType c) {
        if (c == null) {
            return false;
        }
        if (c.underlying() instanceof InterfaceType ci && ci.comparableConstraint) {
            return true;
        }
        List<InterfaceType.Term> ts = terms(c);
        return ts != null && ts.stream().allMatch(t -> strictlyComparable(t.type()));
    }
}
