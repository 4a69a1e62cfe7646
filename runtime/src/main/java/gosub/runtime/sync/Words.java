package gosub.runtime.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Atomic access to the int32/uint32 fields of a Go struct, kept sign- or zero-extended in a {@code long[]} (the
 * interpreter's struct prims). 32-bit read-modify-writes are CAS loops, so that the stored form stays canonical.
 */
final class Words {
    private Words() {
    }

    static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    static int get(long[] w, int i) {
        return (int) (long) LONGS.getVolatile(w, i);
    }

    /** CAS of an int32 field (stored sign-extended). */
    static boolean cas(long[] w, int i, int expect, int next) {
        return LONGS.compareAndSet(w, i, (long) expect, (long) next);
    }

    /** Atomic add to an int32 field; returns the new value (wrapping as Go's int32 does). */
    static int add(long[] w, int i, int delta) {
        while (true) {
            long old = (long) LONGS.getVolatile(w, i);
            int next = (int) old + delta;
            if (LONGS.compareAndSet(w, i, old, (long) next)) {
                return next;
            }
        }
    }
}
