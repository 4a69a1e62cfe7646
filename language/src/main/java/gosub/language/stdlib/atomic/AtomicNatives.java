package gosub.language.stdlib.atomic;

import gosub.language.Natives;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;
import gosub.language.values.StructValue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

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

    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    /** The value word of a typed atomic (its only numeric field, so prims[0]). */
    private static long[] word(Object receiver) {
        if (receiver == null) {
            throw RuntimeErrors.nilDeref();
        }
        return ((StructValue) receiver).prims;
    }

    /** Wraps a 64-bit result to the type's width: 32 signed, 32 unsigned, or 64 bits. */
    private static long wrap(int width, long v) {
        return width == 32 ? int32(v) : width == -32 ? uint32(v) : v;
    }

    /** The methods of Int32 (width 32), Uint32 (-32), Int64/Uint64/Uintptr (64). */
    private static void typed(Natives n, String type, int width) {
        String t = P + type + ".";
        n.register(t + "Load", a -> (long) LONGS.getVolatile(word(a[2]), 0));
        n.register(t + "Store", a -> {
            LONGS.setVolatile(word(a[2]), 0, (long) (Long) a[3]);
            return null;
        });
        n.register(t + "Swap", a -> (long) LONGS.getAndSet(word(a[2]), 0, (long) (Long) a[3]));
        n.register(t + "CompareAndSwap", a -> LONGS.compareAndSet(word(a[2]), 0, (long) (Long) a[3], (long) (Long) a[4]));
        if (width == 64) {
            n.register(t + "Add", a -> {
                long d = (Long) a[3];
                return (long) LONGS.getAndAdd(word(a[2]), 0, d) + d;
            });
        } else {
            n.register(t + "Add", a -> {
                long[] w = word(a[2]);
                long d = (Long) a[3];
                while (true) {
                    long old = (long) LONGS.getVolatile(w, 0);
                    long next = wrap(width, old + d);
                    if (LONGS.compareAndSet(w, 0, old, next)) {
                        return next;
                    }
                }
            });
        }
    }

    private static long bit(Object b) {
        return ((Boolean) b) ? 1 : 0;
    }

    public static void register(Natives n) {
        typed(n, "Int32", 32);
        typed(n, "Uint32", -32);
        typed(n, "Int64", 64);
        typed(n, "Uint64", 64);
        typed(n, "Uintptr", 64);
        n.register(P + "Bool.Load", a -> (long) LONGS.getVolatile(word(a[2]), 0) != 0);
        n.register(P + "Bool.Store", a -> {
            LONGS.setVolatile(word(a[2]), 0, bit(a[3]));
            return null;
        });
        n.register(P + "Bool.Swap", a -> (long) LONGS.getAndSet(word(a[2]), 0, bit(a[3])) != 0);
        n.register(P + "Bool.CompareAndSwap", a -> LONGS.compareAndSet(word(a[2]), 0, bit(a[3]), bit(a[4])));

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
