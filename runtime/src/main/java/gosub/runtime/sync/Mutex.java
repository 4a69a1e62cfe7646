package gosub.runtime.sync;

import gosub.runtime.Goroutine;

/** sync.Mutex as a Java object: the {@link WordMutex} algorithm on words of its own. Any goroutine may unlock it. */
public final class Mutex implements Locker {
    private final long[] words = new long[2];

    @Override
    public void lock(Goroutine g) {
        WordMutex.lock(g, words);
    }

    public boolean tryLock() {
        return WordMutex.tryLock(words);
    }

    @Override
    public void unlock(Goroutine g) {
        WordMutex.unlock(g, words);
    }
}
