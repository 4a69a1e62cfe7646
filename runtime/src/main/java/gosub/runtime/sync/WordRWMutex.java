package gosub.runtime.sync;

import gosub.runtime.FatalError;
import gosub.runtime.Goroutine;
import gosub.runtime.SemaTable;
import gosub.runtime.WaitReason;

/**
 * A reader/writer lock whose state is words of {@code long[]}s, as Go 1.19's {@code struct { w Mutex;
 * writerSem, readerSem uint32; readerCount, readerWait int32 }} lays it out: {@code w} holds the inner
 * {@link WordMutex}, {@code f} the other four fields.
 *
 * <p>The algorithm is Go's writer-preferring RWMutex: writers exclude each other with the inner mutex; a writer
 * then makes the reader count negative by {@link #WRITER_MARK}, so arriving readers see a writer and sleep on
 * the reader semaphore, and it waits for the readers already inside ({@code readerWait} counts them down; the
 * last one out wakes it). Unlock takes the mark away and wakes as many readers as arrived while it held the
 * lock.
 */
public final class WordRWMutex {
    private WordRWMutex() {
    }

    static final int WRITER_SEM = 0;
    static final int READER_SEM = 1;
    static final int READERS = 2;
    static final int DEPARTING = 3;
    static final int WRITER_MARK = 1 << 30;

    public static void rLock(Goroutine g, long[] f) {
        boolean writerAhead = Words.add(f, READERS, 1) < 0;
        if (writerAhead) {
            SemaTable.acquire(g, f, READER_SEM, false, WaitReason.SYNC_RWMUTEX_RLOCK);
        }
    }

    public static boolean tryRLock(long[] f) {
        for (int n = Words.get(f, READERS); n >= 0; n = Words.get(f, READERS)) {
            if (Words.cas(f, READERS, n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    public static void rUnlock(Goroutine g, long[] f) {
        int before = Words.add(f, READERS, -1) + 1;
        if (before > 0) {
            return; // no writer around
        }
        if (before == 0 || before == -WRITER_MARK) {
            throw new FatalError("sync: RUnlock of unlocked RWMutex");
        }
        // A writer waits: if this was the last reader it let finish, wake it.
        if (Words.add(f, DEPARTING, -1) == 0) {
            SemaTable.release(g, f, WRITER_SEM, false);
        }
    }

    public static void lock(Goroutine g, long[] w, long[] f) {
        WordMutex.lock(g, w);
        int inside = Words.add(f, READERS, -WRITER_MARK) + WRITER_MARK;
        // Readers that leave before DEPARTING is raised drive it negative; the sum says who is still inside.
        if (inside != 0 && Words.add(f, DEPARTING, inside) != 0) {
            SemaTable.acquire(g, f, WRITER_SEM, false, WaitReason.SYNC_RWMUTEX_LOCK);
        }
    }

    public static boolean tryLock(Goroutine g, long[] w, long[] f) {
        if (!WordMutex.tryLock(w)) {
            return false;
        }
        if (Words.cas(f, READERS, 0, -WRITER_MARK)) {
            return true;
        }
        WordMutex.unlock(g, w); // readers are inside
        return false;
    }

    public static void unlock(Goroutine g, long[] w, long[] f) {
        int queuedReaders = Words.add(f, READERS, WRITER_MARK);
        if (queuedReaders >= WRITER_MARK) {
            throw new FatalError("sync: Unlock of unlocked RWMutex");
        }
        for (int i = 0; i < queuedReaders; i++) {
            SemaTable.release(g, f, READER_SEM, false);
        }
        WordMutex.unlock(g, w);
    }
}
