package gosub.runtime.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import gosub.runtime.FatalError;
import gosub.runtime.Goroutine;
import gosub.runtime.Semaphore;
import gosub.runtime.WaitReason;

/**
 * sync.Mutex, ported from Go's sync/mutex.go. Not owned by a goroutine: any goroutine may unlock it.
 *
 * <p>State word: bit 0 locked, bit 1 woken (a woken or spinning goroutine is competing, so Unlock need not wake
 * another), bit 2 starving, the rest the number of waiters. Normal mode: waiters queue FIFO but a woken waiter
 * competes with newly arriving goroutines, which usually win (they are already running); a waiter that loses
 * goes back to the front of the queue. Once a waiter has waited over 1 ms the mutex switches to starvation
 * mode: Unlock hands ownership directly to the front waiter and newcomers queue at the back without trying.
 * The last waiter, or one that waited under 1 ms, switches back to normal mode.
 */
public final class Mutex implements Locker {
    static final int LOCKED = 1;
    static final int WOKEN = 2;
    static final int STARVING = 4;
    static final int WAITER_SHIFT = 3;
    static final long STARVATION_THRESHOLD_NANOS = 1_000_000;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Mutex.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int state;
    private final Semaphore sema = new Semaphore(0);

    @Override
    public void lock(Goroutine g) {
        if (STATE.compareAndSet(this, 0, LOCKED)) {
            return;
        }
        lockSlow(g);
    }

    public boolean tryLock() {
        int old = state;
        if ((old & (LOCKED | STARVING)) != 0) {
            return false;
        }
        return STATE.compareAndSet(this, old, old | LOCKED);
    }

    private void lockSlow(Goroutine g) {
        long waitStart = 0;
        boolean starving = false;
        boolean awoke = false;
        int iter = 0;
        int old = state;
        while (true) {
            // Spin only in normal mode while locked: in starvation mode ownership is handed off, so spinning
            // cannot win the mutex.
            if ((old & (LOCKED | STARVING)) == LOCKED && g.scheduler().canSpin(g, iter)) {
                // Set the woken flag so that Unlock does not wake another waiter while we are competing.
                if (!awoke && (old & WOKEN) == 0 && (old >>> WAITER_SHIFT) != 0
                        && STATE.compareAndSet(this, old, old | WOKEN)) {
                    awoke = true;
                }
                for (int i = 0; i < 30; i++) {
                    Thread.onSpinWait();
                }
                iter++;
                old = state;
                continue;
            }
            int next = old;
            if ((old & STARVING) == 0) {
                next |= LOCKED; // newcomers do not take a starving mutex: they queue
            }
            if ((old & (LOCKED | STARVING)) != 0) {
                next += 1 << WAITER_SHIFT;
            }
            // Switch to starvation mode, unless the mutex has just been unlocked (then Unlock expects waiters).
            if (starving && (old & LOCKED) != 0) {
                next |= STARVING;
            }
            if (awoke) {
                if ((next & WOKEN) == 0) {
                    throw new FatalError("sync: inconsistent mutex state");
                }
                next &= ~WOKEN;
            }
            if (STATE.compareAndSet(this, old, next)) {
                if ((old & (LOCKED | STARVING)) == 0) {
                    return; // locked with the CAS
                }
                boolean queueLifo = waitStart != 0;
                if (waitStart == 0) {
                    waitStart = System.nanoTime();
                }
                sema.acquire(g, queueLifo, WaitReason.SYNC_MUTEX_LOCK);
                starving = starving || System.nanoTime() - waitStart > STARVATION_THRESHOLD_NANOS;
                old = state;
                if ((old & STARVING) != 0) {
                    // Ownership was handed to us, but the state still says unlocked with us counted as waiter.
                    if ((old & (LOCKED | WOKEN)) != 0 || (old >>> WAITER_SHIFT) == 0) {
                        throw new FatalError("sync: inconsistent mutex state");
                    }
                    int delta = LOCKED - (1 << WAITER_SHIFT);
                    if (!starving || (old >>> WAITER_SHIFT) == 1) {
                        delta -= STARVING; // leave starvation mode
                    }
                    STATE.getAndAdd(this, delta);
                    return;
                }
                awoke = true;
                iter = 0;
            } else {
                old = state;
            }
        }
    }

    @Override
    public void unlock(Goroutine g) {
        int next = (int) STATE.getAndAdd(this, -LOCKED) - LOCKED;
        if (next != 0) {
            unlockSlow(g, next);
        }
    }

    private void unlockSlow(Goroutine g, int next) {
        if (((next + LOCKED) & LOCKED) == 0) {
            throw new FatalError("sync: unlock of unlocked mutex");
        }
        if ((next & STARVING) == 0) {
            int old = next;
            while (true) {
                // Nobody to wake, or a goroutine is already woken / has the lock: done.
                if ((old >>> WAITER_SHIFT) == 0 || (old & (LOCKED | WOKEN | STARVING)) != 0) {
                    return;
                }
                int n = (old - (1 << WAITER_SHIFT)) | WOKEN;
                if (STATE.compareAndSet(this, old, n)) {
                    sema.release(g, false);
                    return;
                }
                old = state;
            }
        } else {
            // Starvation mode: hand ownership to the next waiter and yield to it.
            sema.release(g, true);
        }
    }
}
