package gosub.language.stdlib.sync;

import gosub.runtime.FatalError;
import gosub.runtime.Goroutine;
import gosub.runtime.SemaTable;
import gosub.runtime.WaitReason;

/**
 * sync.Mutex on the fields of Go's own layout, {@code struct { state int32; sema uint32 }}: the state word is
 * {@code w[STATE]} and the semaphore count {@code w[SEMA]} of the struct's prims, its waiters are in the
 * {@link SemaTable} under that location. So a Mutex is a plain value, as in Go: the zero value is unlocked,
 * copying one copies its state, and it prints as {@code {0 0}}. The algorithm is Go's sync/mutex.go (as
 * gosub.runtime.sync.Mutex ports it onto an object).
 *
 * <p>State word: bit 0 locked, bit 1 woken (a woken or spinning goroutine is competing, so Unlock need not wake
 * another), bit 2 starving, the rest the number of waiters. Normal mode: waiters queue FIFO but a woken waiter
 * competes with newly arriving goroutines; a waiter that loses goes back to the front of the queue. Once a
 * waiter has waited over 1 ms the mutex switches to starvation mode: Unlock hands ownership directly to the
 * front waiter and newcomers queue at the back without trying. The last waiter, or one that waited under
 * 1 ms, switches back to normal mode.
 */
public final class WordMutex {
    private WordMutex() {
    }

    static final int STATE = 0;
    static final int SEMA = 1;

    static final int LOCKED = 1;
    static final int WOKEN = 2;
    static final int STARVING = 4;
    static final int WAITER_SHIFT = 3;
    static final long STARVATION_THRESHOLD_NANOS = 1_000_000;

    public static void lock(Goroutine g, long[] w) {
        if (Words.cas(w, STATE, 0, LOCKED)) {
            return;
        }
        lockSlow(g, w);
    }

    public static boolean tryLock(long[] w) {
        int old = Words.get(w, STATE);
        if ((old & (LOCKED | STARVING)) != 0) {
            return false;
        }
        return Words.cas(w, STATE, old, old | LOCKED);
    }

    private static void lockSlow(Goroutine g, long[] w) {
        long waitStart = 0;
        boolean starving = false;
        boolean awoke = false;
        int iter = 0;
        int old = Words.get(w, STATE);
        while (true) {
            // Spin only in normal mode while locked: in starvation mode ownership is handed off.
            if ((old & (LOCKED | STARVING)) == LOCKED && g.scheduler().canSpin(g, iter)) {
                // Set the woken flag so that Unlock does not wake another waiter while we are competing.
                if (!awoke && (old & WOKEN) == 0 && (old >>> WAITER_SHIFT) != 0
                        && Words.cas(w, STATE, old, old | WOKEN)) {
                    awoke = true;
                }
                for (int i = 0; i < 30; i++) {
                    Thread.onSpinWait();
                }
                iter++;
                old = Words.get(w, STATE);
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
            if (Words.cas(w, STATE, old, next)) {
                if ((old & (LOCKED | STARVING)) == 0) {
                    return; // locked with the CAS
                }
                boolean queueLifo = waitStart != 0;
                if (waitStart == 0) {
                    waitStart = System.nanoTime();
                }
                SemaTable.acquire(g, w, SEMA, queueLifo, WaitReason.SYNC_MUTEX_LOCK);
                starving = starving || System.nanoTime() - waitStart > STARVATION_THRESHOLD_NANOS;
                old = Words.get(w, STATE);
                if ((old & STARVING) != 0) {
                    // Ownership was handed to us, but the state still says unlocked with us counted as waiter.
                    if ((old & (LOCKED | WOKEN)) != 0 || (old >>> WAITER_SHIFT) == 0) {
                        throw new FatalError("sync: inconsistent mutex state");
                    }
                    int delta = LOCKED - (1 << WAITER_SHIFT);
                    if (!starving || (old >>> WAITER_SHIFT) == 1) {
                        delta -= STARVING; // leave starvation mode
                    }
                    Words.add(w, STATE, delta);
                    return;
                }
                awoke = true;
                iter = 0;
            } else {
                old = Words.get(w, STATE);
            }
        }
    }

    public static void unlock(Goroutine g, long[] w) {
        int next = Words.add(w, STATE, -LOCKED);
        if (next != 0) {
            unlockSlow(g, w, next);
        }
    }

    private static void unlockSlow(Goroutine g, long[] w, int next) {
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
                if (Words.cas(w, STATE, old, n)) {
                    SemaTable.release(g, w, SEMA, false);
                    return;
                }
                old = Words.get(w, STATE);
            }
        } else {
            // Starvation mode: hand ownership to the next waiter and yield to it.
            SemaTable.release(g, w, SEMA, true);
        }
    }
}
