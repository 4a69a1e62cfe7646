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
import gosub.runtime.sync.Mutex;
import gosub.runtime.sync.RWMutex;
import gosub.runtime.sync.WaitGroup;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;

/**
 * The body-less methods of sync.go. Each sync type there is a struct whose only reference field {@code h} holds
 * the runtime object; a zero value gets it on first use, by compare-and-set so that goroutines racing on the
 * first use agree on one. The FatalErrors of the runtime (unlock of unlocked mutex) propagate as Go fatal errors;
 * its GoPanics (WaitGroup misuse) become Go panics with a string value, as Go's {@code panic("sync: ...")}.
 */
public final class SyncNatives {
    private SyncNatives() {
    }

    private static final VarHandle REFS = MethodHandles.arrayElementVarHandle(Object[].class);

    /** The runtime object in the receiver's handle slot (its only reference field), created on first use. */
    @SuppressWarnings("unchecked")
    public static <T> T handle(Object receiver, Supplier<T> create) {
        if (receiver == null) {
            throw RuntimeErrors.nilDeref();
        }
        Object[] refs = ((StructValue) receiver).refs;
        Object h = REFS.getAcquire(refs, 0);
        if (h == null) {
            T made = create.get();
            Object witness = REFS.compareAndExchange(refs, 0, null, made);
            h = witness == null ? made : witness;
        }
        return (T) h;
    }

    public static Goroutine goroutine(Object[] a) {
        return (Goroutine) ((GoroutineState) a[0]).goroutine;
    }

    /** Go's {@code panic("...")} with a string value. */
    public static GoPanicException stringPanic(String msg) {
        return new GoPanicException(new Iface(Types.STRING, msg));
    }

    private static Mutex mutex(Object r) {
        return handle(r, Mutex::new);
    }

    private static RWMutex rw(Object r) {
        return handle(r, RWMutex::new);
    }

    private static WaitGroup wg(Object r) {
        return handle(r, WaitGroup::new);
    }

    private static NotifyList notifyList(Object r) {
        return handle(r, NotifyList::new);
    }

    public static void register(Natives n) {
        n.register("sync.Mutex.Lock", a -> {
            mutex(a[2]).lock(goroutine(a));
            return null;
        });
        n.register("sync.Mutex.TryLock", a -> mutex(a[2]).tryLock());
        n.register("sync.Mutex.Unlock", a -> {
            mutex(a[2]).unlock(goroutine(a));
            return null;
        });

        n.register("sync.RWMutex.Lock", a -> {
            rw(a[2]).lock(goroutine(a));
            return null;
        });
        n.register("sync.RWMutex.TryLock", a -> rw(a[2]).tryLock());
        n.register("sync.RWMutex.Unlock", a -> {
            rw(a[2]).unlock(goroutine(a));
            return null;
        });
        n.register("sync.RWMutex.RLock", a -> {
            rw(a[2]).rLock(goroutine(a));
            return null;
        });
        n.register("sync.RWMutex.TryRLock", a -> rw(a[2]).tryRLock());
        n.register("sync.RWMutex.RUnlock", a -> {
            rw(a[2]).rUnlock(goroutine(a));
            return null;
        });

        n.register("sync.WaitGroup.Add", a -> {
            long delta = (Long) a[3];
            try {
                wg(a[2]).add(goroutine(a), (int) delta);
            } catch (GoPanic p) {
                throw stringPanic(p.getMessage());
            }
            return null;
        });
        n.register("sync.WaitGroup.Done", a -> {
            try {
                wg(a[2]).done(goroutine(a));
            } catch (GoPanic p) {
                throw stringPanic(p.getMessage());
            }
            return null;
        });
        n.register("sync.WaitGroup.Wait", a -> {
            try {
                wg(a[2]).await(goroutine(a));
            } catch (GoPanic p) {
                throw stringPanic(p.getMessage());
            }
            return null;
        });

        n.register("sync.notifyList.add", a -> (long) notifyList(a[2]).add() & 0xFFFF_FFFFL);
        n.register("sync.notifyList.wait", a -> {
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
