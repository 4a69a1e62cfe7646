package gosub.language.values;

import gosub.language.types.ArrayType;
import gosub.language.types.GoType;

/** Go's == on boxed values of a known static type, and a hash consistent with it for map keys. */
public final class Equality {
    private Equality() {
    }

    /** Whether values of dynamic type t can be compared with == (slices, maps and funcs cannot). */
    public static boolean comparableValue(GoType t) {
        GoType u = t.underlying();
        if (u instanceof gosub.language.types.SliceType || u instanceof gosub.language.types.MapType || u instanceof gosub.language.types.FuncType) {
            return false;
        }
        if (u instanceof gosub.language.types.StructType st) {
            for (gosub.language.types.StructType.Field f : st.fields) {
                if (!(f.type().underlying() instanceof gosub.language.types.InterfaceType) && !comparableValue(f.type())) {
                    return false;
                }
            }
        }
        if (u instanceof ArrayType at) {
            return comparableValue(at.elem);
        }
        return true;
    }

    public static boolean equal(GoType t, Object a, Object b) {
        if (a instanceof Iface x && b instanceof Iface y && x.type == y.type && !comparableValue(x.type)) {
            throw gosub.language.runtime.RuntimeErrors.runtimeError("comparing uncomparable type " + x.type);
        }
        if (a instanceof Complex x) {
            return x.equals(b);
        }
        if (a == b) {
            return !(a instanceof Double d) || !d.isNaN();
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (t != null && t.underlying() instanceof ArrayType at) {
            // either side may be the array an ArrayView points to (*p == *q compares the elements in place)
            int n = Aggregates.length(a);
            Object x = Aggregates.backing(a);
            Object y = Aggregates.backing(b);
            int i0 = Aggregates.start(a);
            int j0 = Aggregates.start(b);
            for (int i = 0; i < n; i++) {
                if (!equal(at.elem, Aggregates.get(x, i0 + i), Aggregates.get(y, j0 + i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Pointer p && b instanceof Pointer q) {
            return p.sameLocation(q);
        }
        if (t != null && t.underlying() instanceof gosub.language.types.PointerType) {
            // a pointer to a struct or array is the aggregate's storage: pointers are equal iff it is the same
            return false;
        }
        if (a instanceof Iface || a instanceof StructValue || a instanceof String || a instanceof Long || a instanceof Boolean) {
            return a.equals(b);
        }
        return false;
    }

    /** A hash consistent with {@link #equal} for a value of static type t (pointers hash by identity). */
    public static int hash(GoType t, Object v) {
        if (v != null && !(v instanceof Pointer) && t != null && t.underlying() instanceof gosub.language.types.PointerType) {
            return System.identityHashCode(v);
        }
        return hash(v);
    }

    public static int hash(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Double d) {
            return d == 0.0 ? 0 : d.hashCode();
        }
        if (v instanceof Pointer p) {
            return p.address();
        }
        if (v instanceof long[] a) {
            return java.util.Arrays.hashCode(a);
        }
        if (v instanceof byte[] a) {
            return java.util.Arrays.hashCode(a);
        }
        if (v instanceof double[] a) {
            return java.util.Arrays.hashCode(a);
        }
        if (v instanceof boolean[] a) {
            return java.util.Arrays.hashCode(a);
        }
        if (v instanceof Object[] a) {
            int h = 1;
            for (Object o : a) {
                h = h * 31 + hash(o);
            }
            return h;
        }
        if (v instanceof Iface || v instanceof StructValue || v instanceof String || v instanceof Long || v instanceof Boolean || v instanceof Complex) {
            return v.hashCode();
        }
        return System.identityHashCode(v);
    }
}
