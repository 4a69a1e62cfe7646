package gosub.runtime.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;
import gosub.runtime.Semaphore;
import gosub.runtime.WaitReason;

/**
 * sync.WaitGroup, ported from Go 1.19's sync/waitgroup.go.
 *
 * <p>Invariants: {@code state} holds the counter in its high 32 bits and the number of waiters in the low 32.
 * Waiters are only added while the counter is positive; when it drops to 0 with waiters, the state is reset to
 * 0 and each waiter gets one semaphore unit.
 */
public final class WaitGroup {
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(WaitGroup.class, "state", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile long state;
    private final Semaphore sema = new Semaphore(0);

    public void add(Goroutine g, int delta) {
        long d = (long) delta << 32;
        long s = (long) STATE.getAndAdd(this, d) + d;
        int v = (int) (s >> 32);
        int w = (int) s;
        if (v < 0) {
            throw new GoPanic("sync: negative WaitGroup counter", false);
        }
        if (w != 0 && delta > 0 && v == delta) {
            throw new GoPanic("sync: WaitGroup misuse: Add called concurrently with Wait", false);
        }
        if (v > 0 || w == 0) {
            return;
        }
        // Counter is 0 and there are waiters: nobody may change the state now but us.
        if (state != s) {
            throw new GoPanic("sync: WaitGroup misuse: Add called concurrently with Wait", false);
        }
        state = 0;
        for (; w != 0; w--) {
            sema.release(g, false);
        }
    }

    public void done(Goroutine g) {
        add(g, -1);
    }

    /** wg.Wait(). */
    public void await(Goroutine g) {
        while (true) {
            long s = state;
            int v = (int) (s >> 32);
            if (v == 0) {
                return;
            }
            if (STATE.compareAndSet(this, s, s + 1)) {
                sema.acquire(g, false, WaitReason.SYNC_WAITGROUP_WAIT);
                if (state != 0) {
                    throw new GoPanic("sync: WaitGroup is reused before previous Wait has returned", false);
                }
                return;
            }
        }
    }
}
