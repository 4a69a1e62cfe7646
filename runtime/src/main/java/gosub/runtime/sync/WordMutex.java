package gosub.runtime.sync;

import gosub.runtime.FatalError;
import gosub.runtime.Goroutine;
import gosub.runtime.SemaTable;
import gosub.runtime.WaitReason;

/**
 * A mutex whose whole state is two words of a {@code long[]}: {@code STATE} and the semaphore count {@code SEMA}
 * (Go's {@code struct { state int32; sema uint32 }}; blocked goroutines wait in the {@link SemaTable} under the
 * semaphore word's location). So a Go Mutex is a plain value: zero is unlocked, a copy copies the state.
 *
 * <p>The algorithm is the mutex with a normal and a starvation mode that Go's sync.Mutex documents. In normal
 * mode a woken waiter does not own the mutex but competes for it with goroutines arriving meanwhile (which
 * usually win: they are running already), and a waiter that loses queues again at the front. A waiter that has
 * waited longer than {@link #STARVATION_NANOS} puts the mutex in starvation mode: then Unlock hands the mutex to
 * the first waiter directly, and arriving goroutines queue at the back without trying. The waiter that receives
 * the mutex returns it to normal mode when it is the last waiter or did not wait long.
 *
 * <p>The state word has Go's encoding, as a printed Mutex shows it: bit 0 locked, bit 1 "a goroutine is awake
 * and competing" (so Unlock need not wake another), bit 2 starvation mode, the bits above the number of waiters.
 */
public final class WordMutex {
    private WordMutex() {
    }

    public static final int STATE = 0;
    public static final int SEMA = 1;

    static final int LOCKED = 1;
    static final int WOKEN = 2;
    static final int STARVING = 4;
    static final int ONE_WAITER = 8;
    static final long STARVATION_NANOS = 1_000_000;

    public static void lock(Goroutine g, long[] w) {
        if (!Words.cas(w, STATE, 0, LOCKED)) {
            contend(g, w);
        }
    }

    public static boolean tryLock(long[] w) {
        int s = Words.get(w, STATE);
        return !taken(s) && Words.cas(w, STATE, s, s | LOCKED);
    }

    public static void unlock(Goroutine g, long[] w) {
        int rest = Words.add(w, STATE, -LOCKED);
        if (rest != 0) {
            passOn(g, w, rest);
        }
    }

    /** Locked, or owned by the queue (in starvation mode an unlocked mutex still belongs to the first waiter). */
    private static boolean taken(int s) {
        return (s & (LOCKED | STARVING)) != 0;
    }

    private static int waiters(int s) {
        return s >>> 3;
    }

    /** Lock's slow path: spins while that may pay off, otherwise sleeps on the semaphore, until it owns m. */
    private static void contend(Goroutine g, long[] w) {
        long firstQueued = 0; // when this goroutine first went to sleep; 0 before that
        boolean starved = false; // it has waited past the threshold
        boolean wokenBitOurs = false; // the WOKEN bit stands for this goroutine
        int spins = 0;
        while (true) {
            int s = Words.get(w, STATE);
            // Spinning makes sense only against a holder that will release it soon, not against a queue.
            if ((s & (LOCKED | STARVING)) == LOCKED && g.scheduler().canSpin(g, spins)) {
                if (!wokenBitOurs && (s & WOKEN) == 0 && waiters(s) > 0) {
                    wokenBitOurs = Words.cas(w, STATE, s, s | WOKEN);
                }
                for (int i = 0; i < 30; i++) {
                    Thread.onSpinWait();
                }
                spins++;
                continue;
            }
            if (!Words.cas(w, STATE, s, arrival(s, wokenBitOurs, starved))) {
                continue;
            }
            if (!taken(s)) {
                return; // the CAS itself locked it
            }
            boolean requeue = firstQueued != 0;
            if (!requeue) {
                firstQueued = System.nanoTime();
            }
            SemaTable.acquire(g, w, SEMA, requeue, WaitReason.SYNC_MUTEX_LOCK);
            starved = starved || System.nanoTime() - firstQueued > STARVATION_NANOS;
            int now = Words.get(w, STATE);
            if ((now & STARVING) != 0) {
                takeHandOff(w, now, starved);
                return;
            }
            wokenBitOurs = true; // the Unlock that woke us set it
            spins = 0;
        }
    }

    /**
     * The state after a goroutine that saw {@code s} tries once more: it takes the lock if the mutex is not in
     * starvation mode, counts itself as a waiter if the mutex is taken, asks for starvation mode if it has
     * starved (only while locked: an unlocked mutex's Unlock has run and would not hand it over), and gives up
     * the WOKEN bit if that was its own.
     */
    private static int arrival(int s, boolean wokenBitOurs, boolean starved) {
        int next = s;
        if ((s & STARVING) == 0) {
            next |= LOCKED;
        }
        if (taken(s)) {
            next += ONE_WAITER;
        }
        if (starved && (s & LOCKED) != 0) {
            next |= STARVING;
        }
        if (wokenBitOurs) {
            if ((next & WOKEN) == 0) {
                throw inconsistent();
            }
            next &= ~WOKEN;
        }
        return next;
    }

    /**
     * A waiter woken in starvation mode owns the mutex already; the word still counts it as a waiter and says
     * unlocked. It locks, leaves the queue, and ends starvation mode if it is the last waiter or did not starve.
     */
    private static void takeHandOff(long[] w, int s, boolean starved) {
        if ((s & (LOCKED | WOKEN)) != 0 || waiters(s) == 0) {
            throw inconsistent();
        }
        int delta = LOCKED - ONE_WAITER;
        if (!starved || waiters(s) == 1) {
            delta -= STARVING;
        }
        Words.add(w, STATE, delta);
    }

    /** Unlock's slow path: {@code rest} is the state just after the lock bit was cleared. */
    private static void passOn(Goroutine g, long[] w, int rest) {
        if ((rest & LOCKED) != 0) {
            // Clearing the bit borrowed from the bits above: it was not set.
            throw new FatalError("sync: unlock of unlocked mutex");
        }
        if ((rest & STARVING) != 0) {
            SemaTable.release(g, w, SEMA, true); // straight to the first waiter, which runs next
            return;
        }
        int s = rest;
        // Wake one waiter, unless there is none, or one is awake already, or someone took the lock meanwhile.
        while (waiters(s) > 0 && (s & (LOCKED | WOKEN | STARVING)) == 0) {
            if (Words.cas(w, STATE, s, (s - ONE_WAITER) | WOKEN)) {
                SemaTable.release(g, w, SEMA, false);
                return;
            }
            s = Words.get(w, STATE);
        }
    }

    private static FatalError inconsistent() {
        return new FatalError("sync: inconsistent mutex state");
    }
}
