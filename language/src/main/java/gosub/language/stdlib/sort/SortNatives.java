package gosub.language.stdlib.sort;

import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.runtime.GoPanicException;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.SliceType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;
import gosub.language.values.Iface;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.util.Arrays;

/** The sort package's natives: what Go's sort gets from reflect, and fast paths for Ints and Strings. */
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
