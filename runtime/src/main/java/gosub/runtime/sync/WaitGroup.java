package gosub.runtime.sync;

import gosub.runtime.Goroutine;

/** sync.WaitGroup as a Java object: the {@link WordWaitGroup} algorithm on words of its own. */
public final class WaitGroup {
    private final long[] words = new long[2];

    public void add(Goroutine g, int delta) {
        WordWaitGroup.add(g, words, delta);
    }

    public void done(Goroutine g) {
        WordWaitGroup.add(g, words, -1);
    }

    /** wg.Wait(). */
    public void await(Goroutine g) {
        WordWaitGroup.await(g, words);
    }
}
