package gosub.runtime.sync;

import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;
import gosub.runtime.SemaTable;
import gosub.runtime.WaitReason;

/**
 * A wait group whose state is two words of a {@code long[]}, as Go 1.19's {@code struct { noCopy noCopy;
 * state1 uint64; state2 uint32 }} lays it out: {@code STATE} packs the task count (high 32 bits) with the
 * number of sleeping waiters (low 32 bits), so both change in one atomic step; {@code SEMA} is the semaphore
 * the waiters sleep on. Waiters only join while the count is positive; the Add that brings it to zero clears
 * the word and gives each waiter one unit. Misuse is a Go panic with a string value, as in Go.
 */
public final class WordWaitGroup {
    private WordWaitGroup() {
    }

    public static final int STATE = 0;
    public static final int SEMA = 1;

    private static long state(long[] f) {
        return (long) Words.LONGS.getVolatile(f, STATE);
    }

    public static void add(Goroutine g, long[] f, long delta) {
        long shifted = delta << 32;
        long s = (long) Words.LONGS.getAndAdd(f, STATE, shifted) + shifted;
        int count = (int) (s >> 32);
        int sleepers = (int) s;
        if (count < 0) {
            throw misuse("sync: negative WaitGroup counter");
        }
        if (sleepers != 0 && delta > 0 && count == (int) delta) {
            // The count went up from zero while goroutines were still waking from the last Wait.
            throw misuse("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        if (count > 0 || sleepers == 0) {
            return;
        }
        // The count reached zero with sleepers: nobody else may touch the word until they are released.
        if (state(f) != s) {
            throw misuse("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        Words.LONGS.setVolatile(f, STATE, 0L);
        for (int i = 0; i < sleepers; i++) {
            SemaTable.release(g, f, SEMA, false);
        }
    }

    /** wg.Wait(). */
    public static void await(Goroutine g, long[] f) {
        while (true) {
            long s = state(f);
            if ((int) (s >> 32) == 0) {
                return;
            }
            if (Words.LONGS.compareAndSet(f, STATE, s, s + 1)) {
                SemaTable.acquire(g, f, SEMA, false, WaitReason.SYNC_WAITGROUP_WAIT);
                if (state(f) != 0) {
                    throw misuse("sync: WaitGroup is reused before previous Wait has returned");
                }
                return;
            }
        }
    }

    private static GoPanic misuse(String message) {
        return new GoPanic(message, false);
    }
}
