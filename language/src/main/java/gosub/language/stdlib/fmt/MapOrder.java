package gosub.language.stdlib.fmt;

import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;
import gosub.language.values.Complex;
import gosub.language.values.GoMap;
import gosub.language.values.Iface;
import gosub.language.values.MapKey;
import gosub.language.values.StructValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The order in which fmt prints map entries (Go's internal/fmtsort): by key, numbers numerically, strings
 * bytewise, false before true, pointers and channels by address, structs and arrays element by element, and
 * interface keys first by dynamic type, then by value, with nil first.
 *
 * <p>Go orders dynamic types by the address of their type descriptor, which its linker lays out by descriptor size
 * and then by name. {@link #compareTypes} models that layout from the type's shape, which reproduces Go's order for
 * the usual key types (predeclared types, named basic types, arrays, structs).
 */
final class MapOrder {
    private MapOrder() {
    }

    record Entry(Object key, Object value) {
    }

    /** The entries of a non-nil map, sorted by key. */
    static List<Entry> sorted(MapType type, GoMap m) {
        List<Entry> entries = new ArrayList<>(m.size());
        for (Map.Entry<Object, Object> e : m.entriesSnapshot()) {
            entries.add(new Entry(MapKey.unwrap(e.getKey()), e.getValue()));
        }
        Entry[] a = entries.toArray(new Entry[0]);
        mergeSort(a, new Entry[a.length], 0, a.length, type.key);
        return List.of(a);
    }

    /**
     * A stable merge sort. Comparisons with NaN are not a consistent order (as in Go, NaN sorts before anything),
     * so the JDK's sorts, which may reject such comparators, are not used.
     */
    private static void mergeSort(Entry[] a, Entry[] tmp, int lo, int hi, GoType keyType) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keyType);
        mergeSort(a, tmp, mid, hi, keyType);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            tmp[k++] = compare(keyType, a[j].key, a[i].key) < 0 ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < hi) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    /** Compares two values of type t: negative, zero or positive. */
    static int compare(GoType t, Object a, Object b) {
        GoType u = t.underlying();
        if (u instanceof BasicType bt) {
            Kind k = bt.kind();
            if (k.isInteger()) {
                long x = k.truncate((Long) a);
                long y = k.truncate((Long) b);
                return k.isUnsigned() ? Long.compareUnsigned(x, y) : Long.compare(x, y);
            }
            if (k.isFloat()) {
                return compareFloats((Double) a, (Double) b);
            }
            if (k.isComplex()) {
                // by real part, then by imaginary part
                Complex x = (Complex) a;
                Complex y = (Complex) b;
                int c = compareFloats(x.re, y.re);
                return c != 0 ? c : compareFloats(x.im, y.im);
            }
            if (k.isString()) {
                return ((String) a).compareTo((String) b); // chars are bytes, so this is bytewise
            }
            if (k.isBoolean()) {
                return Boolean.compare((Boolean) a, (Boolean) b);
            }
            return Long.compare(Addresses.of(t, a), Addresses.of(t, b)); // unsafe.Pointer
        }
        if (u instanceof PointerType || u instanceof ChanType) {
            return Long.compare(Addresses.of(t, a), Addresses.of(t, b));
        }
        if (u instanceof StructType st) {
            StructValue x = (StructValue) a;
            StructValue y = (StructValue) b;
            for (StructType.Field f : st.fields) {
                int c = compare(f.type(), x.fieldValue(f), y.fieldValue(f));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        if (u instanceof ArrayType at) {
            for (int i = 0; i < at.length; i++) {
                int c = compare(at.elem, Aggregates.getSigned(a, i, at.elem), Aggregates.getSigned(b, i, at.elem));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        if (u instanceof InterfaceType) {
            Iface x = (Iface) a;
            Iface y = (Iface) b;
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : -1) : 1;
            }
            if (x.type != y.type) {
                return compareTypes(x.type, y.type);
            }
            return compare(x.type, x.value, y.value);
        }
        return 0; // not a valid key type
    }

    /** Go's float order for sorting: NaN first (and not equal to anything, not even NaN). */
    private static int compareFloats(double a, double b) {
        if (Double.isNaN(a)) {
            return -1;
        }
        if (Double.isNaN(b)) {
            return 1;
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** The order of two distinct dynamic types, modelled on where Go's linker places their descriptors. */
    static int compareTypes(GoType a, GoType b) {
        int c = Integer.compare(descriptorSize(a), descriptorSize(b));
        if (c != 0) {
            return c;
        }
        c = a.toString().compareTo(b.toString());
        return c != 0 ? c : Integer.compare(System.identityHashCode(a), System.identityHashCode(b));
    }

    /**
     * The size in bytes of Go's (amd64) type descriptor for t: the common header, the kind-specific part with its
     * trailing arrays, and for named types (or pointers to types with methods) the method table.
     */
    private static int descriptorSize(GoType t) {
        final int header = 48;
        final int word = 8;
        GoType u = t.underlying();
        int size = header;
        if (u instanceof ArrayType) {
            size += 3 * word;
        } else if (u instanceof ChanType) {
            size += 2 * word;
        } else if (u instanceof FuncType ft) {
            size += word + word * (ft.params.size() + ft.results.size());
        } else if (u instanceof InterfaceType it) {
            size += 4 * word + word * it.methods.size();
        } else if (u instanceof MapType) {
            size += 5 * word;
        } else if (u instanceof PointerType || u instanceof SliceType) {
            size += word;
        } else if (u instanceof StructType st) {
            size += 4 * word + 3 * word * st.fields.size();
        }
        int methods = -1;
        if (t instanceof BasicType) {
            methods = 0; // predeclared types are named types too
        } else if (t instanceof NamedType n) {
            methods = (int) n.methods.stream().filter(m -> !m.pointerReceiver).count();
        } else if (t instanceof PointerType p && p.elem instanceof NamedType n && !n.methods.isEmpty()) {
            methods = n.methods.size();
        }
        if (methods >= 0) {
            size += 16 + 16 * methods;
        }
        return size;
    }
}
