package gosub.language.stdlib.atomic;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.stdlib.atomic.AtomicNativesFactory.Add32NodeGen;
import gosub.language.stdlib.atomic.AtomicNativesFactory.TypedAdd32NodeGen;
import gosub.language.types.Kind;
import gosub.language.values.FieldPointer;
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

    /** Adds delta to the int32 or uint32 (kind) at p, wrapping to 32 bits: a CAS loop, since the slot is a long. */
    private static long add32(Pointer p, long delta, Kind kind) {
        while (true) {
            long old = p.getLongVolatile();
            long next = kind.truncate(old + delta);
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

    /** The value word of a typed atomic as a pointer, for the operations shared with the functions on pointers. */
    private static Pointer wordPointer(Object receiver) {
        if (receiver == null) {
            throw RuntimeErrors.nilDeref();
        }
        return new FieldPointer((StructValue) receiver, 0);
    }

    // Methods of the typed atomics, one node class for every type of a width: registered by name in register.

    @GenerateNodeFactory
    abstract static class TypedLoad extends NativeNode {
        @Specialization
        static long run(Object receiver) {
            return (long) LONGS.getVolatile(word(receiver), 0);
        }
    }

    @GenerateNodeFactory
    abstract static class TypedStore extends NativeNode {
        @Specialization
        static Object run(Object receiver, long v) {
            LONGS.setVolatile(word(receiver), 0, v);
            return null;
        }
    }

    @GenerateNodeFactory
    abstract static class TypedSwap extends NativeNode {
        @Specialization
        static long run(Object receiver, long v) {
            return (long) LONGS.getAndSet(word(receiver), 0, v);
        }
    }

    @GenerateNodeFactory
    abstract static class TypedCompareAndSwap extends NativeNode {
        @Specialization
        static boolean run(Object receiver, long old, long v) {
            return LONGS.compareAndSet(word(receiver), 0, old, v);
        }
    }

    @GenerateNodeFactory
    abstract static class TypedAdd64 extends NativeNode {
        @Specialization
        static long run(Object receiver, long delta) {
            return (long) LONGS.getAndAdd(word(receiver), 0, delta) + delta;
        }
    }

    /** Int32.Add and Uint32.Add (kind says which). */
    abstract static class TypedAdd32 extends NativeNode {
        private final Kind kind;

        TypedAdd32(Kind kind) {
            this.kind = kind;
        }

        @Specialization
        long run(Object receiver, long delta) {
            return add32(wordPointer(receiver), delta, kind);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = P + "Bool.Load")
    abstract static class BoolLoad extends NativeNode {
        @Specialization
        static boolean run(Object receiver) {
            return (long) LONGS.getVolatile(word(receiver), 0) != 0;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = P + "Bool.Store")
    abstract static class BoolStore extends NativeNode {
        @Specialization
        static Object run(Object receiver, boolean v) {
            LONGS.setVolatile(word(receiver), 0, bit(v));
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = P + "Bool.Swap")
    abstract static class BoolSwap extends NativeNode {
        @Specialization
        static boolean run(Object receiver, boolean v) {
            return (long) LONGS.getAndSet(word(receiver), 0, bit(v)) != 0;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = P + "Bool.CompareAndSwap")
    abstract static class BoolCompareAndSwap extends NativeNode {
        @Specialization
        static boolean run(Object receiver, boolean old, boolean v) {
            return LONGS.compareAndSet(word(receiver), 0, bit(old), bit(v));
        }
    }

    // The functions on *int32, *int64, ...: one node class per operation, registered under every type's name.

    @GenerateNodeFactory
    abstract static class LoadWord extends NativeNode {
        @Specialization
        static long run(Object addr) {
            return addr(addr).getLongVolatile();
        }
    }

    @GenerateNodeFactory
    abstract static class StoreWord extends NativeNode {
        @Specialization
        static Object run(Object addr, long v) {
            addr(addr).setLongVolatile(v);
            return null;
        }
    }

    @GenerateNodeFactory
    abstract static class SwapWord extends NativeNode {
        @Specialization
        static long run(Object addr, long v) {
            return addr(addr).getAndSetLong(v);
        }
    }

    @GenerateNodeFactory
    abstract static class CompareAndSwapWord extends NativeNode {
        @Specialization
        static boolean run(Object addr, long old, long v) {
            return addr(addr).compareAndSetLong(old, v);
        }
    }

    @GenerateNodeFactory
    abstract static class AddWord extends NativeNode {
        @Specialization
        static long run(Object addr, long delta) {
            return addr(addr).getAndAddLong(delta) + delta;
        }
    }

    /** AddInt32 and AddUint32 (kind says which). */
    abstract static class Add32 extends NativeNode {
        private final Kind kind;

        Add32(Kind kind) {
            this.kind = kind;
        }

        @Specialization
        long run(Object addr, long delta) {
            return add32(addr(addr), delta, kind);
        }
    }

    // unsafe.Pointer and Value's interface words: loadPointer is loadAny's node, under both names.

    @GenerateNodeFactory
    abstract static class LoadRef extends NativeNode {
        @Specialization
        static Object run(Object addr) {
            return addr(addr).getObjectVolatile();
        }
    }

    @GenerateNodeFactory
    abstract static class StoreRef extends NativeNode {
        @Specialization
        static Object run(Object addr, Object v) {
            addr(addr).setObjectVolatile(v);
            return null;
        }
    }

    @GenerateNodeFactory
    abstract static class SwapRef extends NativeNode {
        @Specialization
        static Object run(Object addr, Object v) {
            return addr(addr).getAndSetObject(v);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = P + "casPointer")
    abstract static class CasPointer extends NativeNode {
        @Specialization
        static boolean run(Object addr, Object old, Object v) {
            return casPointer(addr(addr), old, v);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = P + "casAny")
    abstract static class CasAny extends NativeNode {
        @Specialization
        static boolean run(Object addr, Object old, Object v) {
            return addr(addr).compareAndSetObject(old, v);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = P + "sameType")
    abstract static class SameType extends NativeNode {
        @Specialization
        static boolean run(Object a, Object b) {
            return ((Iface) a).type == ((Iface) b).type;
        }
    }

    private static long bit(boolean b) {
        return b ? 1 : 0;
    }

    public static void register(Natives n) {
        n.register(AtomicNativesFactory.getFactories().stream()
                        .filter(f -> f.getNodeClass().getDeclaredAnnotation(NodeInfo.class) != null).toList());
        for (String t : new String[] {"Int32", "Uint32", "Int64", "Uint64", "Uintptr"}) {
            String m = P + t + ".";
            n.register(m + "Load", AtomicNativesFactory.TypedLoadFactory.getInstance());
            n.register(m + "Store", AtomicNativesFactory.TypedStoreFactory.getInstance());
            n.register(m + "Swap", AtomicNativesFactory.TypedSwapFactory.getInstance());
            n.register(m + "CompareAndSwap", AtomicNativesFactory.TypedCompareAndSwapFactory.getInstance());
            if (t.endsWith("32")) {
                Kind kind = t.equals("Int32") ? Kind.INT32 : Kind.UINT32;
                n.register(m + "Add", args -> TypedAdd32NodeGen.create(kind, args));
                n.register(P + "Add" + t, args -> Add32NodeGen.create(kind, args));
            } else {
                n.register(m + "Add", AtomicNativesFactory.TypedAdd64Factory.getInstance());
            }
            n.register(P + "Load" + t, AtomicNativesFactory.LoadWordFactory.getInstance());
            n.register(P + "Store" + t, AtomicNativesFactory.StoreWordFactory.getInstance());
            n.register(P + "Swap" + t, AtomicNativesFactory.SwapWordFactory.getInstance());
            n.register(P + "CompareAndSwap" + t, AtomicNativesFactory.CompareAndSwapWordFactory.getInstance());
            if (t.endsWith("64") || t.equals("Uintptr")) {
                n.register(P + "Add" + t, AtomicNativesFactory.AddWordFactory.getInstance());
            }
        }
        for (String kind : new String[] {"Pointer", "Any"}) {
            n.register(P + "load" + kind, AtomicNativesFactory.LoadRefFactory.getInstance());
            n.register(P + "store" + kind, AtomicNativesFactory.StoreRefFactory.getInstance());
            n.register(P + "swap" + kind, AtomicNativesFactory.SwapRefFactory.getInstance());
        }
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
