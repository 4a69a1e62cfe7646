package gosub.language.stdlib.reflect;

import gosub.language.types.ArrayType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;
import gosub.language.values.Equality;
import gosub.language.values.GoMap;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * reflect.DeepEqual: values of identical types, equal all the way down. Slices and maps are equal when both are
 * nil or both are not and their elements are (the same backing array or map is equal to itself at once); pointers
 * when they are the same or point to equal values; funcs only when both are nil; anything else as == compares it
 * (so a NaN is not equal to itself). Pairs of references already under comparison count as equal, which ends
 * cycles.
 */
final class DeepEquality {
    private DeepEquality() {
    }

    private record Visit(Object a, Object b, GoType type) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Visit v && v.a == a && v.b == b && v.type == type;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(a) * 31 + System.identityHashCode(b);
        }
    }

    static boolean equal(Iface x, Iface y) {
        if (x == null || y == null) {
            return x == y;
        }
        if (x.type != y.type) {
            return false;
        }
        return equal(x.type, x.value, y.value, new HashSet<>());
    }

    private static boolean equal(GoType t, Object a, Object b, Set<Visit> visiting) {
        GoType u = t.underlying();
        if (u instanceof SliceType || u instanceof MapType || u instanceof PointerType || u instanceof InterfaceType) {
            if (a != null && b != null && !visiting.add(new Visit(a, b, t))) {
                return true;
            }
        }
        if (u instanceof ArrayType at) {
            Object ab = Aggregates.backing(a);
            Object bb = Aggregates.backing(b);
            int as = Aggregates.start(a);
            int bs = Aggregates.start(b);
            for (int i = 0; i < at.length; i++) {
                if (!equal(at.elem, Aggregates.getSigned(ab, as + i, at.elem), Aggregates.getSigned(bb, bs + i, at.elem), visiting)) {
                    return false;
                }
            }
            return true;
        }
        if (u instanceof SliceType st) {
            Slice sa = (Slice) a;
            Slice sb = (Slice) b;
            if (sa == null || sb == null) {
                return sa == sb;
            }
            if (sa.len != sb.len) {
                return false;
            }
            if (sa.array == sb.array && sa.offset == sb.offset) {
                return true;
            }
            for (int i = 0; i < sa.len; i++) {
                if (!equal(st.elem, Aggregates.getSigned(sa.array, sa.offset + i, st.elem),
                                Aggregates.getSigned(sb.array, sb.offset + i, st.elem), visiting)) {
                    return false;
                }
            }
            return true;
        }
        if (u instanceof InterfaceType) {
            Iface ia = (Iface) a;
            Iface ib = (Iface) b;
            if (ia == null || ib == null) {
                return ia == ib;
            }
            return ia.type == ib.type && equal(ia.type, ia.value, ib.value, visiting);
        }
        if (u instanceof PointerType pt) {
            if (a == b || a instanceof Pointer pa && b instanceof Pointer pb && pa.sameLocation(pb)) {
                return true;
            }
            if (a == null || b == null) {
                return false;
            }
            return equal(pt.elem, pointee(pt, a), pointee(pt, b), visiting);
        }
        if (u instanceof StructType st) {
            StructValue sa = (StructValue) a;
            StructValue sb = (StructValue) b;
            for (StructType.Field f : st.fields) {
                if (!equal(f.type(), sa.fieldValue(f), sb.fieldValue(f), visiting)) {
                    return false;
                }
            }
            return true;
        }
        if (u instanceof MapType mt) {
            GoMap ma = (GoMap) a;
            GoMap mb = (GoMap) b;
            if (ma == null || mb == null) {
                return ma == mb;
            }
            if (ma.size() != mb.size()) {
                return false;
            }
            if (ma == mb) {
                return true;
            }
            for (Map.Entry<Object, Object> e : ma.entriesSnapshot()) {
                Object other = mb.lookup(e.getKey());
                if (other == GoMap.MISSING || !equal(mt.value, e.getValue(), other, visiting)) {
                    return false;
                }
            }
            return true;
        }
        if (u instanceof FuncType) {
            return a == null && b == null;
        }
        return Equality.equal(t, a, b);
    }

    /** What the non-nil pointer p of type pt points to. */
    static Object pointee(PointerType pt, Object p) {
        if (Aggregates.isAggregate(pt.elem)) {
            return p;
        }
        Pointer ptr = (Pointer) p;
        return switch (pt.elem.rep()) {
            case LONG -> ptr.getLong();
            case DOUBLE -> ptr.getDouble();
            case BOOL -> ptr.getBool();
            case OBJECT -> ptr.getObject();
        };
    }
}
