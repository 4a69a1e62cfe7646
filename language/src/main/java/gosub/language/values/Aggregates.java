package gosub.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.MemorySizes;
import gosub.language.types.Kind;
import gosub.language.types.BasicType;
import gosub.language.types.StructType;

/**
 * Structs and arrays are Go's aggregate values: copied on assignment, compared element-wise. Arrays (and slices'
 * backing arrays) are Java arrays whose element class follows {@link #storageOf}.
 */
public final class Aggregates {
    private Aggregates() {
    }

    /** The Java array element storage for a Go element type. */
    public enum Storage { BYTE, LONG, DOUBLE, BOOL, OBJECT }

    public static Storage storageOf(GoType elem) {
        GoType u = elem.underlying();
        if (u instanceof BasicType b) {
            Kind k = b.kind();
            if (k == Kind.UINT8 || k == Kind.INT8) {
                return Storage.BYTE;
            }
            if (k.isInteger()) {
                return Storage.LONG;
            }
            if (k.isFloat()) {
                return Storage.DOUBLE;
            }
            if (k.isBoolean()) {
                return Storage.BOOL;
            }
        }
        return Storage.OBJECT;
    }

    public static boolean isAggregate(GoType t) {
        GoType u = t.underlying();
        return u instanceof StructType || u instanceof ArrayType;
    }

    /**
     * A new zeroed backing array of n elements of the given Go element type. Elements of a zero-size aggregate type
     * share one zero object: Go gives them one address (the array's), so &a[i] == &a[j], and there is nothing in
     * them that one could change for another.
     */
    public static Object newArray(GoType elem, int n) {
        return switch (storageOf(elem)) {
            case BYTE -> new byte[n];
            case LONG -> new long[n];
            case DOUBLE -> new double[n];
            case BOOL -> new boolean[n];
            case OBJECT -> {
                Object[] a = new Object[n];
                Object zero = ZeroValue.of(elem);
                if (zero != null) {
                    if (isAggregate(elem) && !MemorySizes.hasZeroSize(elem)) {
                        for (int i = 0; i < n; i++) {
                            a[i] = ZeroValue.of(elem);
                        }
                    } else {
                        java.util.Arrays.fill(a, zero);
                    }
                }
                yield a;
            }
        };
    }

    /** A deep copy of a struct or array value of type t. */
    public static Object copy(GoType t, Object v) {
        GoType u = t.underlying();
        if (u instanceof StructType) {
            return ((StructValue) v).copy();
        }
        if (u instanceof ArrayType at) {
            return copyArray(at.elem, v);
        }
        return v;
    }

    public static Object copyArray(GoType elem, Object arr) {
        if (arr instanceof ArrayView v) {
            Object whole = newArray(elem, v.length);
            assignArray(elem, whole, v);
            return whole;
        }
        if (arr instanceof Object[] oa) {
            Object[] c = oa.clone();
            if (c.length > 0 && isAggregate(elem) && MemorySizes.hasZeroSize(elem)) {
                java.util.Arrays.fill(c, copy(elem, c[0])); // one object for all, as newArray makes it
            } else if (isAggregate(elem)) {
                for (int i = 0; i < c.length; i++) {
                    c[i] = copy(elem, c[i]);
                }
            }
            return c;
        }
        if (arr instanceof long[] a) {
            return a.clone();
        }
        if (arr instanceof double[] a) {
            return a.clone();
        }
        if (arr instanceof byte[] a) {
            return a.clone();
        }
        return ((boolean[]) arr).clone();
    }

    /**
     * Go's assignment to an addressable struct or array of type t: src's value goes into dst's own storage, nested
     * structs and arrays included, so pointers to dst or to any part of it see the new value. src must not share
     * storage with dst unless it is dst itself (the builder copies a right-hand side that is not a new value).
     */
    @TruffleBoundary
    public static void assign(GoType t, Object dst, Object src) {
        GoType u = t.underlying();
        if (u instanceof StructType) {
            ((StructValue) dst).assignFrom((StructValue) src);
        } else if (u instanceof ArrayType at) {
            assignArray(at.elem, dst, src);
        }
    }

    /** Whether an assignment to storage of type t is {@link StructValue#assignFlat} (no nested storage to assign). */
    public static boolean assignsFlat(GoType t) {
        return t.underlying() instanceof StructType st && StructValue.isFlat(st);
    }

    /**
     * {@link #assign} for a store node that knows t and {@link #assignsFlat}(t) as constants: a flat struct is
     * assigned in compiled code, the rest behind a call.
     */
    public static void assignInto(GoType t, boolean flat, Object dst, Object src) {
        if (dst == null) {
            throw noStorage(t);
        }
        if (flat) {
            ((StructValue) dst).assignFlat((StructValue) src);
        } else {
            assign(t, dst, src);
        }
    }

    /**
     * What a slot of struct or array type t holds once v is stored in it: HELD, with v assigned into it, or a copy of
     * v when the slot has no storage yet.
     */
    public static Object storedInto(GoType t, Object held, Object v) {
        if (held == null) {
            return copy(t, v);
        }
        assign(t, held, v);
        return held;
    }

    @TruffleBoundary
    private static IllegalStateException noStorage(GoType t) {
        return new IllegalStateException("no storage to assign a " + t + " into");
    }

    /**
     * Copies array contents into existing array storage (assignment to an array variable whose address may be
     * shared). Either side may be an {@link ArrayView}; overlapping views of one backing array copy as memmove does.
     */
    public static void assignArray(GoType elem, Object dst, Object src) {
        if (dst == src) {
            return;
        }
        Object d = backing(dst);
        Object s = backing(src);
        int to = start(dst);
        int from = start(src);
        int n = length(src);
        if (s instanceof Object[] so && isAggregate(elem)) {
            if (MemorySizes.hasZeroSize(elem)) {
                return; // no bytes to copy, and dst's elements keep their one object (see newArray)
            }
            Object[] dobj = (Object[]) d;
            if (so == dobj && from < to) {
                // the elements are assigned in place, so an overlapping copy forward must go from the end
                for (int i = n - 1; i >= 0; i--) {
                    dobj[to + i] = storedInto(elem, dobj[to + i], so[from + i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    dobj[to + i] = storedInto(elem, dobj[to + i], so[from + i]);
                }
            }
        } else {
            System.arraycopy(s, from, d, to, n);
        }
    }

    /** The Java array holding the elements of an array value or of the array an {@link ArrayView} points to. */
    public static Object backing(Object arrayOrView) {
        return arrayOrView instanceof ArrayView v ? v.array : arrayOrView;
    }

    /** Where element 0 is in {@link #backing}: 0 for a whole Java array. */
    public static int start(Object arrayOrView) {
        return arrayOrView instanceof ArrayView v ? v.offset : 0;
    }

    /** Reads element i of a backing array as a boxed Go value. */
    public static Object get(Object array, int i) {
        if (array instanceof long[] a) {
            return a[i];
        }
        if (array instanceof Object[] a) {
            return a[i];
        }
        if (array instanceof double[] a) {
            return a[i];
        }
        if (array instanceof byte[] a) {
            return (long) (a[i] & 0xFF);
        }
        return ((boolean[]) array)[i];
    }

    /** Reads element i of a backing array of a signed 8-bit element type. */
    public static Object getSigned(Object array, int i, GoType elem) {
        if (array instanceof byte[] a && elem.underlying() instanceof BasicType b && b.kind() == Kind.INT8) {
            return (long) a[i];
        }
        return get(array, i);
    }

    /**
     * Element i of a backing array of ELEM becomes v as a Go store does: a struct or array element is assigned in its
     * own storage (a pointer to it sees v; v itself is never shared), anything else is replaced.
     */
    public static void setElement(GoType elem, Object array, int i, Object v) {
        if (array instanceof Object[] a && isAggregate(elem)) {
            a[i] = storedInto(elem, a[i], v);
        } else {
            set(array, i, v);
        }
    }

    public static void set(Object array, int i, Object v) {
        if (array instanceof long[] a) {
            a[i] = (Long) v;
        } else if (array instanceof Object[] a) {
            a[i] = v;
        } else if (array instanceof double[] a) {
            a[i] = (Double) v;
        } else if (array instanceof byte[] a) {
            a[i] = (byte) (long) (Long) v;
        } else {
            ((boolean[]) array)[i] = (Boolean) v;
        }
    }

    /** The length of a Java array, or of the array an {@link ArrayView} points to. */
    public static int length(Object array) {
        return array instanceof ArrayView v ? v.length : java.lang.reflect.Array.getLength(array);
    }
}
