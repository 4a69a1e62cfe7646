package gosub.language.stdlib.sort;

import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.runtime.GoPanicException;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.Kind;
import gosub.language.types.SliceType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;
import gosub.language.values.Iface;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.util.Arrays;

/**
 * The natives of sort (and slices.Sort): what Go's sort gets from reflect, the closure sorts of Slice and SliceStable
 * (SliceSortNode), and sorts of slices of numbers and strings done in Java.
 */
public final class SortNatives {
    private SortNatives() {
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("sort.Slice", (Natives.Factory) args -> new SliceSortNode(args, false));
        n.register("sort.SliceStable", (Natives.Factory) args -> new SliceSortNode(args, true));
        n.register("sort.sortFloat64s", (gs, args) -> {
            Slice s = (Slice) args[0];
            if (s != null) {
                DoubleOrder.sort((double[]) s.array, s.offset, s.len);
            }
            return null;
        });
        n.register("sort.lenOf", (gs, args) -> {
            Slice s = slice(args[0], (Boolean) args[1] ? "Swapper" : "Len");
            return s == null ? 0L : (long) s.len;
        });
        n.register("slices.sortOrdered", (gs, args) -> {
            Iface x = (Iface) args[0];
            Slice s = (Slice) x.value;
            if (s != null) {
                sortOrdered(((BasicType) ((SliceType) x.type.underlying()).elem.underlying()).kind(), s);
            }
            return null;
        });
        n.register("sort.sortInts", (gs, args) -> {
            Slice s = (Slice) args[0];
            if (s != null) {
                Arrays.sort((long[]) s.array, s.offset, s.offset + s.len);
            }
            return null;
        });
        n.register("sort.sortStrings", (gs, args) -> {
            Slice s = (Slice) args[0];
            if (s != null) {
                Arrays.sort((Object[]) s.array, s.offset, s.offset + s.len);
            }
            return null;
        });
    }

    /** The slice in x, or a panic as reflect's method ("Swapper" or "Len") makes when x holds no slice. */
    static Slice slice(Object x, String method) {
        if (!(x instanceof Iface i) || !(i.type.underlying() instanceof SliceType)) {
            String kind = x == null ? "zero" : kindName(((Iface) x).type);
            String m = method.equals("Len") ? "reflect.Value.Len" : "Swapper";
            throw new GoPanicException(new Iface(Types.STRING, "reflect: call of " + m + " on " + kind + " Value"));
        }
        return (Slice) i.value;
    }

    /**
     * Sorts s, a slice of an ordered basic kind, by Go's &lt; (floats: NaNs first). Equal integers or strings cannot be
     * told apart, so the JDK's sorts do, in the order of the representation: 8-bit integers are bytes (unsigned ones
     * compared as such), 64-bit unsigned ones longs compared as unsigned. Floats take Go's algorithm: -0 and +0.
     */
    private static void sortOrdered(Kind kind, Slice s) {
        int from = s.offset;
        int to = s.offset + s.len;
        switch (s.array) {
            case long[] l when kind.isUnsigned64() -> {
                // flipping the sign bit turns the unsigned order into the signed one
                for (int i = from; i < to; i++) {
                    l[i] ^= Long.MIN_VALUE;
                }
                Arrays.sort(l, from, to);
                for (int i = from; i < to; i++) {
                    l[i] ^= Long.MIN_VALUE;
                }
            }
            case long[] l -> Arrays.sort(l, from, to);
            case byte[] b when kind.isUnsigned() -> {
                int[] counts = new int[256];
                for (int i = from; i < to; i++) {
                    counts[b[i] & 0xFF]++;
                }
                int at = from;
                for (int v = 0; v < 256; v++) {
                    for (int c = counts[v]; c > 0; c--) {
                        b[at++] = (byte) v;
                    }
                }
            }
            case byte[] b -> Arrays.sort(b, from, to);
            case double[] d -> DoubleOrder.sort(d, from, s.len);
            case Object[] o -> Arrays.sort(o, from, to);
            default -> throw new IllegalStateException("slices.Sort of " + kind);
        }
    }

    private static String kindName(GoType t) {
        GoType u = t.underlying();
        String s = u.toString();
        if (u instanceof gosub.language.types.BasicType) {
            return s;
        }
        if (u instanceof gosub.language.types.StructType) {
            return "struct";
        }
        if (u instanceof gosub.language.types.PointerType) {
            return "ptr";
        }
        if (u instanceof gosub.language.types.MapType) {
            return "map";
        }
        if (u instanceof ArrayType) {
            return "array";
        }
        if (u instanceof gosub.language.types.FuncType) {
            return "func";
        }
        if (u instanceof gosub.language.types.ChanType) {
            return "chan";
        }
        return s;
    }

    /** Swaps elements i and j of a backing array, moving contents (not identities) of aggregate elements. */
    public static void swap(GoType elem, Object array, int i, int j) {
        if (i == j) {
            return;
        }
        if (array instanceof long[] l) {
            long t = l[i];
            l[i] = l[j];
            l[j] = t;
        } else if (array instanceof Object[] o) {
            if (Aggregates.isAggregate(elem)) {
                if (o[i] instanceof StructValue si) {
                    StructValue t = si.copy();
                    si.assignFrom((StructValue) o[j]);
                    ((StructValue) o[j]).assignFrom(t);
                } else {
                    GoType ae = ((ArrayType) elem.underlying()).elem;
                    Object t = Aggregates.copyArray(ae, o[i]);
                    Aggregates.assignArray(ae, o[i], o[j]);
                    Aggregates.assignArray(ae, o[j], t);
                }
            } else {
                Object t = o[i];
                o[i] = o[j];
                o[j] = t;
            }
        } else if (array instanceof double[] d) {
            double t = d[i];
            d[i] = d[j];
            d[j] = t;
        } else if (array instanceof byte[] b) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        } else {
            boolean[] b = (boolean[]) array;
            boolean t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }
}
