package gosub.language.stdlib.sync;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.stdlib.sync.SyncNativesFactory.AcquireNodeGen;
import gosub.language.stdlib.sync.SyncNativesFactory.NotifyNodeGen;
import gosub.language.stdlib.sync.SyncNativesFactory.ReleaseNodeGen;
import gosub.language.types.Types;
import gosub.language.values.Iface;
import gosub.language.values.StructValue;
import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;
import gosub.runtime.NotifyList;
import gosub.runtime.sync.WordMutex;
import gosub.runtime.sync.WordRWMutex;
import gosub.runtime.sync.WordWaitGroup;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;

/**
 * The body-less methods of sync.go. Mutex, RWMutex and WaitGroup run the runtime's word algorithms
 * ({@link WordMutex}, {@link WordRWMutex}, {@link WordWaitGroup}) on the receiver struct's own fields; the
 * notify list of a Cond is a runtime object kept in the list's first reference field, created on first use by
 * compare-and-set so that goroutines racing on the first use agree on one. Misuse that Go reports with fatal()
 * (unlock of unlocked mutex) propagates as a FatalError; misuse that Go reports with panic("sync: ...") becomes
 * a Go panic with a string value.
 */
public final class SyncNatives {
    private SyncNatives() {
    }

    private static final VarHandle REFS = MethodHandles.arrayElementVarHandle(Object[].class);

    /** The runtime object in the receiver's first reference slot, created on first use. */
    @SuppressWarnings("unchecked")
    public static <T> T handle(Object receiver, Supplier<T> create) {
        Object[] refs = struct(receiver).refs;
        Object h = REFS.getAcquire(refs, 0);
        if (h == null) {
            T made = create.get();
            Object witness = REFS.compareAndExchange(refs, 0, null, made);
            h = witness == null ? made : witness;
        }
        return (T) h;
    }

    private static StructValue struct(Object receiver) {
        if (receiver == null) {
            throw RuntimeErrors.nilDeref();
        }
        return (StructValue) receiver;
    }

    /** The receiver's numeric fields (int32/uint32/uint64 words, in declaration order). */
    private static long[] words(Object receiver) {
        return struct(receiver).prims;
    }

    /** The numeric fields of an RWMutex's embedded Mutex w. */
    private static long[] writerMutex(Object receiver) {
        return ((StructValue) struct(receiver).refs[0]).prims;
    }

    public static Goroutine goroutine(GoroutineState gs) {
        return (Goroutine) gs.goroutine;
    }

    /** Go's {@code panic("...")} with a string value. */
    public static GoPanicException stringPanic(String msg) {
        return new GoPanicException(new Iface(Types.STRING, msg));
    }

    private static NotifyList notifyList(Object r) {
        return handle(r, NotifyList::new);
    }

    /** Mutex.Lock, RWMutex.Lock and RWMutex.RLock: they may block, so the goroutine records where it waits. */
    abstract static class Acquire extends NativeNode {
        private final Op op;

        Acquire(Op op) {
            this.op = op;
        }

        @Specialization
        Object run(VirtualFrame frame, Object m) {
            lock(blockingAt(this, frame), m, op);
            return null;
        }
    }

    /** Mutex.Unlock, RWMutex.Unlock and RWMutex.RUnlock. */
    abstract static class Release extends NativeNode {
        private final Op op;

        Release(Op op) {
            this.op = op;
        }

        @Specialization
        Object run(VirtualFrame frame, Object m) {
            lock(GoArguments.goroutine(frame), m, op);
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "sync.Mutex.TryLock")
    abstract static class MutexTryLock extends NativeNode {
        @Specialization
        static boolean run(Object m) {
            return WordMutex.tryLock(words(m));
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "sync.RWMutex.TryLock")
    abstract static class RWMutexTryLock extends NativeNode {
        @Specialization
        static boolean run(VirtualFrame frame, Object m) {
            return tryWriteLock(GoArguments.goroutine(frame), m);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "sync.RWMutex.TryRLock")
    abstract static class RWMutexTryRLock extends NativeNode {
        @Specialization
        static boolean run(Object m) {
            return WordRWMutex.tryRLock(words(m));
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "sync.WaitGroup.Add")
    abstract static class WaitGroupAdd extends NativeNode {
        @Specialization
        static Object run(VirtualFrame frame, Object wg, long delta) {
            addToGroup(GoArguments.goroutine(frame), wg, delta);
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "sync.WaitGroup.Done")
    abstract static class WaitGroupDone extends NativeNode {
        @Specialization
        static Object run(VirtualFrame frame, Object wg) {
            addToGroup(GoArguments.goroutine(frame), wg, -1);
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "sync.WaitGroup.Wait")
    abstract static class WaitGroupWait extends NativeNode {
        @Specialization
        static Object run(VirtualFrame frame, Object wg, @Bind("$node") Node node) {
            awaitGroup(blockingAt(node, frame), wg);
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "sync.notifyList.ticket")
    abstract static class NotifyListTicket extends NativeNode {
        @Specialization
        static long run(Object list) {
            return notifyList(list).add() & 0xFFFF_FFFFL;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "sync.notifyList.waitTicket")
    abstract static class NotifyListWaitTicket extends NativeNode {
        @Specialization
        static Object run(VirtualFrame frame, Object list, long ticket, @Bind("$node") Node node) {
            awaitTicket(blockingAt(node, frame), list, ticket);
            return null;
        }
    }

    /** notifyList.notifyOne, or notifyAll when all is set. */
    abstract static class Notify extends NativeNode {
        private final boolean all;

        Notify(boolean all) {
            this.all = all;
        }

        @Specialization
        Object run(VirtualFrame frame, Object list) {
            wake(GoArguments.goroutine(frame), list, all);
            return null;
        }
    }

    // The blocking and allocating work, out of compiled code.

    enum Op {
        LOCK, UNLOCK, WRITE_LOCK, WRITE_UNLOCK, READ_LOCK, READ_UNLOCK
    }

    @TruffleBoundary
    private static void lock(GoroutineState gs, Object m, Op op) {
        Goroutine g = goroutine(gs);
        switch (op) {
            case LOCK -> WordMutex.lock(g, words(m));
            case UNLOCK -> WordMutex.unlock(g, words(m));
            case WRITE_LOCK -> WordRWMutex.lock(g, writerMutex(m), words(m));
            case WRITE_UNLOCK -> WordRWMutex.unlock(g, writerMutex(m), words(m));
            case READ_LOCK -> WordRWMutex.rLock(g, words(m));
            case READ_UNLOCK -> WordRWMutex.rUnlock(g, words(m));
        }
    }

    @TruffleBoundary
    private static boolean tryWriteLock(GoroutineState gs, Object m) {
        return WordRWMutex.tryLock(goroutine(gs), writerMutex(m), words(m));
    }

    @TruffleBoundary
    private static void addToGroup(GoroutineState gs, Object wg, long delta) {
        try {
            WordWaitGroup.add(goroutine(gs), words(wg), delta);
        } catch (GoPanic m) {
            throw stringPanic(m.getMessage());
        }
    }

    @TruffleBoundary
    private static void awaitGroup(GoroutineState gs, Object wg) {
        try {
            WordWaitGroup.await(goroutine(gs), words(wg));
        } catch (GoPanic m) {
            throw stringPanic(m.getMessage());
        }
    }

    @TruffleBoundary
    private static void awaitTicket(GoroutineState gs, Object list, long ticket) {
        notifyList(list).await(goroutine(gs), (int) ticket);
    }

    @TruffleBoundary
    private static void wake(GoroutineState gs, Object list, boolean all) {
        if (all) {
            notifyList(list).notifyAll(goroutine(gs));
        } else {
            notifyList(list).notifyOne(goroutine(gs));
        }
    }

    public static void register(Natives n) {
        n.register(SyncNativesFactory.getFactories());
        n.register("sync.Mutex.Lock", args -> AcquireNodeGen.create(Op.LOCK, args));
        n.register("sync.RWMutex.Lock", args -> AcquireNodeGen.create(Op.WRITE_LOCK, args));
        n.register("sync.RWMutex.RLock", args -> AcquireNodeGen.create(Op.READ_LOCK, args));
        n.register("sync.Mutex.Unlock", args -> ReleaseNodeGen.create(Op.UNLOCK, args));
        n.register("sync.RWMutex.Unlock", args -> ReleaseNodeGen.create(Op.WRITE_UNLOCK, args));
        n.register("sync.RWMutex.RUnlock", args -> ReleaseNodeGen.create(Op.READ_UNLOCK, args));
        n.register("sync.notifyList.notifyOne", args -> NotifyNodeGen.create(false, args));
        n.register("sync.notifyList.notifyAll", args -> NotifyNodeGen.create(true, args));
    }
}
