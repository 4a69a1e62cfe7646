package gosub.language.stdlib.sync;

import gosub.runtime.Goroutine;
import gosub.runtime.SemaTable;
import gosub.runtime.WaitReason;

/**
 * sync.WaitGroup on Go 1.19's layout {@code struct { noCopy noCopy; state1 uint64; state2 uint32 }}: state1
 * ({@code f[STATE]}) holds the counter in its high 32 bits and the number of waiters in the low 32; state2
 * ({@code f[SEMA]}) is the semaphore. Go's sync/waitgroup.go. Misuse panics are reported as the message of a
 * {@link Misuse}, which the caller turns into Go's string panic.
 *
 * <p>Invariants: waiters are only added while the counter is positive; when it drops to 0 with waiters, the
 * state is reset to 0 and each waiter gets one semaphore unit.
 */
public final class WordWaitGroup {
    private WordWaitGroup() {
    }

    static final int STATE = 0;
    static final int SEMA = 1;

    /** A Go panic("sync: ...") of WaitGroup misuse. */
    public static final class Misuse extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Misuse(String message) {
            super(message, null, false, false);
        }
    }

    public static void add(Goroutine g, long[] f, long delta) {
        long d = delta << 32;
        long s = (long) Words.LONGS.getAndAdd(f, STATE, d) + d;
        int v = (int) (s >> 32);
        int w = (int) s;
        if (v < 0) {
            throw new Misuse("sync: negative WaitGroup counter");
        }
        if (w != 0 && delta > 0 && v == (int) delta) {
            throw new Misuse("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        if (v > 0 || w == 0) {
            return;
        }
        // Counter is 0 and there are waiters: nobody may change the state now but us.
        if ((long) Words.LONGS.getVolatile(f, STATE) != s) {
            throw new Misuse("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        Words.LONGS.setVolatile(f, STATE, 0L);
        for (; w != 0; w--) {
            SemaTable.release(g, f, SEMA, false);
        }
    }

    public static void await(Goroutine g, long[] f) {
        while (true) {
            long s = (long) Words.LONGS.getVolatile(f, STATE);
            int v = (int) (s >> 32);
            if (v == 0) {
                return;
            }
            // Increment waiters count.
            if (Words.LONGS.compareAndSet(f, STATE, s, s + 1)) {
                SemaTable.acquire(g, f, SEMA, false, WaitReason.SYNC_WAITGROUP_WAIT);
                if ((long) Words.LONGS.getVolatile(f, STATE) != 0) {
                    throw new Misuse("sync: WaitGroup is reused before previous Wait has returned");
                }
                return;
            }
        }
    }
}
