package gosub.language.stdlib.atomic;

import gosub.language.Natives;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;

/**
 * sync/atomic on the {@link Pointer} VarHandle operations (volatile, hence sequentially consistent as Go's
 * memory model requires). Integers live in a long slot: int32 sign-extended, uint32 zero-extended, 64-bit
 * types as raw bits, so 32-bit read-modify-writes are CAS loops that wrap the result to 32 bits.
 */
public final class AtomicNatives {
    private AtomicNatives() {
    }

    private static final String P = "sync/atomic.";

    private static Pointer addr(Object o) {
        if (o == null) {
            throw RuntimeErrors.nilDeref();
        }
        return (Pointer) o;
    }

    private static long int32(long v) {
        return (int) v;
    }

    private static long uint32(long v) {
        return v & 0xFFFF_FFFFL;
    }

    private static long add32(Pointer p, long delta, boolean signed) {
        while (true) {
            long old = p.getLongVolatile();
            long next = signed ? int32(old + delta) : uint32(old + delta);
            if (p.compareAndSetLong(old, next)) {
                return next;
            }
        }
    }

    public static void register(Natives n) {
        for (String t : new String[] {"Int32", "Int64", "Uint32", "Uint64", "Uintptr"}) {
            n.register(P + "Load" + t, a -> addr(a[2]).getLongVolatile());
            n.register(P + "Store" + t, a -> {
                addr(a[2]).setLongVolatile((Long) a[3]);
                return null;
            });
            n.register(P + "Swap" + t, a -> addr(a[2]).getAndSetLong((Long) a[3]));
            n.register(P + "CompareAndSwap" + t, a -> addr(a[2]).compareAndSetLong((Long) a[3], (Long) a[4]));
        }
        n.register(P + "AddInt32", a -> add32(addr(a[2]), (Long) a[3], true));
        n.register(P + "AddUint32", a -> add32(addr(a[2]), (Long) a[3], false));
        n.register(P + "AddInt64", a -> addr(a[2]).getAndAddLong((Long) a[3]) + (Long) a[3]);
        n.register(P + "AddUint64", a -> addr(a[2]).getAndAddLong((Long) a[3]) + (Long) a[3]);
        n.register(P + "AddUintptr", a -> addr(a[2]).getAndAddLong((Long) a[3]) + (Long) a[3]);

        n.register(P + "loadPointer", a -> addr(a[2]).getObjectVolatile());
        n.register(P + "storePointer", a -> {
            addr(a[2]).setObjectVolatile(a[3]);
            return null;
        });
        n.register(P + "swapPointer", a -> addr(a[2]).getAndSetObject(a[3]));
        n.register(P + "casPointer", a -> casPointer(addr(a[2]), a[3], a[4]));

        n.register(P + "loadAny", a -> addr(a[2]).getObjectVolatile());
        n.register(P + "storeAny", a -> {
            addr(a[2]).setObjectVolatile(a[3]);
            return null;
        });
        n.register(P + "swapAny", a -> addr(a[2]).getAndSetObject(a[3]));
        n.register(P + "casAny", a -> addr(a[2]).compareAndSetObject(a[3], a[4]));
        n.register(P + "sameType", a -> ((Iface) a[2]).type == ((Iface) a[3]).type);
    }

    /**
     * CAS of a pointer compares locations, as Go compares addresses: two Pointer objects for the same location
     * are the same pointer.
     */
    private static boolean casPointer(Pointer p, Object old, Object next) {
        while (true) {
            Object cur = p.getObjectVolatile();
            boolean same = cur == old || (cur instanceof Pointer c && old instanceof Pointer o && c.sameLocation(o));
            if (!same) {
                return false;
            }
            if (p.compareAndSetObject(cur, next)) {
                return true;
            }
        }
    }
}
