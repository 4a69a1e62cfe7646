package gosub.runtime.sync;

import gosub.runtime.Goroutine;

/**
 * sync.Once: the first {@link #run} runs {@code f}; later callers return at once if it has finished, or wait
 * for it on the mutex if it is still running. {@code f} counts as done even if it panics (Go defers the store).
 */
public final class Once {
    private volatile boolean done;
    private final Mutex m = new Mutex();

    /** once.Do(f). */
    public void run(Goroutine g, Runnable f) {
        if (!done) {
            runSlow(g, f);
        }
    }

    private void runSlow(Goroutine g, Runnable f) {
        m.lock(g);
        try {
            if (!done) {
                try {
                    f.run();
                } finally {
                    done = true;
                }
            }
        } finally {
            m.unlock(g);
        }
    }
}
