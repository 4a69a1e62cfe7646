package gosub.language.stdlib.fmt;

import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.values.Aggregates;
import gosub.language.values.ArrayView;
import gosub.language.values.FuncValue;
import gosub.language.values.Pointer;
import gosub.language.values.Slice;

/**
 * The numbers fmt prints for pointers, maps, channels, funcs and slices (%p, and %v of values it shows as
 * addresses). gosub values have no machine addresses, so these are made up from identity hashes: stable for the
 * life of an object, equal for equal pointers, and shaped like Go's (heap data around 0xc000000000, code around
 * 0x400000) so that output looks familiar. The nil value of each kind is 0.
 */
final class Addresses {
    private Addresses() {
    }

    private static final long HEAP_BASE = 0xc000000000L;
    private static final long CODE_BASE = 0x400000L;

    /** The address of a value of a pointer-like type (pointer, map, chan, func, slice, unsafe.Pointer). */
    static long of(GoType type, Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof ArrayView view) {
            // where its element 0 is, as for a slice of the same elements
            return heap(System.identityHashCode(view.array)) + (long) view.offset * (type.underlying() instanceof PointerType pt ? elementSize(pt.elem) : 8);
        }
        if (v instanceof Pointer p) {
            return heap(p.address());
        }
        if (v instanceof Slice s) {
            // Go prints the address of the first element.
            return heap(System.identityHashCode(s.array)) + (long) s.offset * elementSize(type);
        }
        if (v instanceof FuncValue f) {
            // Like a code pointer: the same function gives the same number, whichever closure value holds it.
            Object code = f.target != null ? f.target : f;
            return CODE_BASE + ((System.identityHashCode(code) & 0xFFFFL) << 4);
        }
        // A struct or array that a pointer points to, a map, a channel.
        return heap(System.identityHashCode(v));
    }

    /** The element spacing Go's addresses show for an array or slice type: bytes are 1 apart, the rest 8. */
    private static int elementSize(GoType arrayOrSlice) {
        GoType u = arrayOrSlice.underlying();
        GoType elem = u instanceof SliceType st ? st.elem : u instanceof ArrayType at ? at.elem : null;
        return elem != null && Aggregates.storageOf(elem) == Aggregates.Storage.BYTE ? 1 : 8;
    }

    private static long heap(int hash) {
        return HEAP_BASE + ((hash & 0x1FFFFFL) << 3);
    }
}
