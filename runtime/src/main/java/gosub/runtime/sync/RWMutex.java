package gosub.runtime.sync;

import gosub.runtime.Goroutine;

/** sync.RWMutex as a Java object: the {@link WordRWMutex} algorithm on words of its own. */
public final class RWMutex implements Locker {
    private final long[] writerMutex = new long[2];
    private final long[] words = new long[4];

    public void rLock(Goroutine g) {
        WordRWMutex.rLock(g, words);
    }

    public boolean tryRLock() {
        return WordRWMutex.tryRLock(words);
    }

    public void rUnlock(Goroutine g) {
        WordRWMutex.rUnlock(g, words);
    }

    @Override
    public void lock(Goroutine g) {
        WordRWMutex.lock(g, writerMutex, words);
    }

    /** Needs the goroutine: giving up after readers were found may have to wake a writer queued meanwhile. */
    public boolean tryLock(Goroutine g) {
        return WordRWMutex.tryLock(g, writerMutex, words);
    }

    @Override
    public void unlock(Goroutine g) {
        WordRWMutex.unlock(g, writerMutex, words);
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
