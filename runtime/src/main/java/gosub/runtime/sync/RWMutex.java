package gosub.runtime.sync;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import gosub.runtime.FatalError;
import gosub.runtime.Goroutine;
import gosub.runtime.Semaphore;
import gosub.runtime.WaitReason;

/**
 * sync.RWMutex, ported from Go's sync/rwmutex.go, with writer preference: once a writer is waiting, new
 * readers wait behind it.
 *
 * <p>Invariants: {@code readerCount} is the number of readers holding or waiting for the lock, minus
 * {@link #MAX_READERS} while a writer holds or waits for it. {@code readerWait} is the number of readers that
 * were active when the pending writer arrived and have not left yet; the last of them wakes the writer.
 * Writers exclude each other with the inner {@link Mutex}.
 */
public final class RWMutex implements Locker {
    static final int MAX_READERS = 1 << 30;

    private static final VarHandle READER_COUNT;
    private static final VarHandle READER_WAIT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            READER_COUNT = l.findVarHandle(RWMutex.class, "readerCount", int.class);
            READER_WAIT = l.findVarHandle(RWMutex.class, "readerWait", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Mutex w = new Mutex();
    private final Semaphore writerSem = new Semaphore(0);
    private final Semaphore readerSem = new Semaphore(0);
    private volatile int readerCount;
    private volatile int readerWait;

    public void rLock(Goroutine g) {
        if ((int) READER_COUNT.getAndAdd(this, 1) + 1 < 0) {
            readerSem.acquire(g, false, WaitReason.SYNC_RWMUTEX_RLOCK); // a writer is pending
        }
    }

    public boolean tryRLock() {
        while (true) {
            int c = readerCount;
            if (c < 0) {
                return false;
            }
            if (READER_COUNT.compareAndSet(this, c, c + 1)) {
                return true;
            }
        }
    }

    public void rUnlock(Goroutine g) {
        int r = (int) READER_COUNT.getAndAdd(this, -1) - 1;
        if (r < 0) {
            rUnlockSlow(g, r);
        }
    }

    private void rUnlockSlow(Goroutine g, int r) {
        if (r + 1 == 0 || r + 1 == -MAX_READERS) {
            throw new FatalError("sync: RUnlock of unlocked RWMutex");
        }
        if ((int) READER_WAIT.getAndAdd(this, -1) - 1 == 0) {
            writerSem.release(g, false); // the last reader the writer waited for
        }
    }

    @Override
    public void lock(Goroutine g) {
        w.lock(g);
        // Announce the writer; r is the number of active readers.
        int r = (int) READER_COUNT.getAndAdd(this, -MAX_READERS);
        if (r != 0 && (int) READER_WAIT.getAndAdd(this, r) + r != 0) {
            writerSem.acquire(g, false, WaitReason.SYNC_RWMUTEX_LOCK);
        }
    }

    public boolean tryLock() {
        if (!w.tryLock()) {
            return false;
        }
        if (!READER_COUNT.compareAndSet(this, 0, -MAX_READERS)) {
            w.unlock(null);
            return false;
        }
        return true;
    }

    @Override
    public void unlock(Goroutine g) {
        int r = (int) READER_COUNT.getAndAdd(this, MAX_READERS) + MAX_READERS;
        if (r >= MAX_READERS) {
            throw new FatalError("sync: Unlock of unlocked RWMutex");
        }
        for (int i = 0; i < r; i++) {
            readerSem.release(g, false); // the readers that queued behind this writer
        }
        w.unlock(g);
    }

    /** rw.RLocker(): a Locker whose lock/unlock are RLock/RUnlock. */
    public Locker rLocker() {
        return new Locker() {
            @Override
            public void lock(Goroutine g) {
                rLock(g);
            }

            @Override
            public void unlock(Goroutine g) {
                rUnlock(g);
            }
        };
    }
}
