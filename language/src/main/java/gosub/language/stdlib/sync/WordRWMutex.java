package gosub.language.stdlib.sync;

import gosub.runtime.FatalError;
import gosub.runtime.Goroutine;
import gosub.runtime.SemaTable;
import gosub.runtime.WaitReason;

/**
 * sync.RWMutex on Go 1.19's layout {@code struct { w Mutex; writerSem, readerSem uint32; readerCount,
 * readerWait int32 }}: {@code w} is the nested Mutex's prims, {@code f} the RWMutex's own prims. Go's
 * sync/rwmutex.go, with writer preference: once a writer is waiting, new readers wait behind it.
 *
 * <p>Invariants: {@code readerCount} is the number of readers holding or waiting for the lock, minus
 * {@link #MAX_READERS} while a writer holds or waits for it; {@code readerWait} is the number of readers that
 * were active when the pending writer arrived and have not left yet; the last of them wakes the writer.
 */
public final class WordRWMutex {
    private WordRWMutex() {
    }

    static final int WRITER_SEM = 0;
    static final int READER_SEM = 1;
    static final int READER_COUNT = 2;
    static final int READER_WAIT = 3;
    static final int MAX_READERS = 1 << 30;

    public static void rLock(Goroutine g, long[] f) {
        if (Words.add(f, READER_COUNT, 1) < 0) {
            // A writer is pending, wait for it.
            SemaTable.acquire(g, f, READER_SEM, false, WaitReason.SYNC_RWMUTEX_RLOCK);
        }
    }

    public static boolean tryRLock(long[] f) {
        while (true) {
            int c = Words.get(f, READER_COUNT);
            if (c < 0) {
                return false;
            }
            if (Words.cas(f, READER_COUNT, c, c + 1)) {
                return true;
            }
        }
    }

    public static void rUnlock(Goroutine g, long[] f) {
        int r = Words.add(f, READER_COUNT, -1);
        if (r < 0) {
            if (r + 1 == 0 || r + 1 == -MAX_READERS) {
                throw new FatalError("sync: RUnlock of unlocked RWMutex");
            }
            // A writer is pending: the last reader unblocks it.
            if (Words.add(f, READER_WAIT, -1) == 0) {
                SemaTable.release(g, f, WRITER_SEM, false);
            }
        }
    }

    public static void lock(Goroutine g, long[] w, long[] f) {
        // First, resolve competition with other writers.
        WordMutex.lock(g, w);
        // Announce to readers there is a pending writer.
        int r = Words.add(f, READER_COUNT, -MAX_READERS) + MAX_READERS;
        // Wait for active readers.
        if (r != 0 && Words.add(f, READER_WAIT, r) != 0) {
            SemaTable.acquire(g, f, WRITER_SEM, false, WaitReason.SYNC_RWMUTEX_LOCK);
        }
    }

    public static boolean tryLock(Goroutine g, long[] w, long[] f) {
        if (!WordMutex.tryLock(w)) {
            return false;
        }
        if (!Words.cas(f, READER_COUNT, 0, -MAX_READERS)) {
            WordMutex.unlock(g, w);
            return false;
        }
        return true;
    }

    public static void unlock(Goroutine g, long[] w, long[] f) {
        // Announce to readers there is no active writer.
        int r = Words.add(f, READER_COUNT, MAX_READERS);
        if (r >= MAX_READERS) {
            throw new FatalError("sync: Unlock of unlocked RWMutex");
        }
        // Unblock blocked readers, if any.
        for (int i = 0; i < r; i++) {
            SemaTable.release(g, f, READER_SEM, false);
        }
        // Allow other writers to proceed.
        WordMutex.unlock(g, w);
    }
}
