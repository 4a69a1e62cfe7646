package gosub.language.stdlib.sync;

import gosub.language.Natives;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.RuntimeErrors;
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

    public static Goroutine goroutine(Object[] a) {
        return (Goroutine) ((GoroutineState) a[0]).goroutine;
    }

    /** Go's {@code panic("...")} with a string value. */
    public static GoPanicException stringPanic(String msg) {
        return new GoPanicException(new Iface(Types.STRING, msg));
    }

    private static NotifyList notifyList(Object r) {
        return handle(r, NotifyList::new);
    }

    public static void register(Natives n) {
        n.register("sync.Mutex.Lock", a -> {
            WordMutex.lock(goroutine(a), words(a[2]));
            return null;
        });
        n.register("sync.Mutex.TryLock", a -> WordMutex.tryLock(words(a[2])));
        n.register("sync.Mutex.Unlock", a -> {
            WordMutex.unlock(goroutine(a), words(a[2]));
            return null;
        });

        n.register("sync.RWMutex.Lock", a -> {
            WordRWMutex.lock(goroutine(a), writerMutex(a[2]), words(a[2]));
            return null;
        });
        n.register("sync.RWMutex.TryLock", a -> WordRWMutex.tryLock(goroutine(a), writerMutex(a[2]), words(a[2])));
        n.register("sync.RWMutex.Unlock", a -> {
            WordRWMutex.unlock(goroutine(a), writerMutex(a[2]), words(a[2]));
            return null;
        });
        n.register("sync.RWMutex.RLock", a -> {
            WordRWMutex.rLock(goroutine(a), words(a[2]));
            return null;
        });
        n.register("sync.RWMutex.TryRLock", a -> WordRWMutex.tryRLock(words(a[2])));
        n.register("sync.RWMutex.RUnlock", a -> {
            WordRWMutex.rUnlock(goroutine(a), words(a[2]));
            return null;
        });

        n.register("sync.WaitGroup.Add", a -> {
            try {
                WordWaitGroup.add(goroutine(a), words(a[2]), (Long) a[3]);
            } catch (GoPanic m) {
                throw stringPanic(m.getMessage());
            }
            return null;
        });
        n.register("sync.WaitGroup.Done", a -> {
            try {
                WordWaitGroup.add(goroutine(a), words(a[2]), -1);
            } catch (GoPanic m) {
                throw stringPanic(m.getMessage());
            }
            return null;
        });
        n.register("sync.WaitGroup.Wait", a -> {
            try {
                WordWaitGroup.await(goroutine(a), words(a[2]));
            } catch (GoPanic m) {
                throw stringPanic(m.getMessage());
            }
            return null;
        });

        n.register("sync.notifyList.ticket", a -> (long) notifyList(a[2]).add() & 0xFFFF_FFFFL);
        n.register("sync.notifyList.waitTicket", a -> {
            notifyList(a[2]).await(goroutine(a), (int) (long) (Long) a[3]);
            return null;
        });
        n.register("sync.notifyList.notifyOne", a -> {
            notifyList(a[2]).notifyOne(goroutine(a));
            return null;
        });
        n.register("sync.notifyList.notifyAll", a -> {
            notifyList(a[2]).notifyAll(goroutine(a));
            return null;
        });
    }
}
