package gosub.runtime;

/**
 * How a thread of the scheduler blocks: an idle M waiting for work or for the next timer, and the thread in
 * {@link Scheduler#runMain} waiting for the program to end or for its Ms to stop. Goroutines never block a thread
 * (they park their continuation), so these are the only places where a thread of a Go program sleeps.
 *
 * <p>An embedder whose host must reach its threads while they sleep (Truffle's safepoints: a sampler taking a
 * stack, a debugger pausing, a context being cancelled) wraps the wait so that the host may interrupt it, run its
 * work on the thread and call the wait again (Truffle's {@code TruffleSafepoint.setBlockedThreadInterruptible}).
 * The scheduler only calls this on paths that are about to sleep anyway, so a wrapper costs nothing on the paths
 * that keep goroutines running.
 */
public interface ThreadBlocker {

    /**
     * A blocking wait on {@code T}; throws InterruptedException when the thread is interrupted. A blocker may call
     * it again after an interrupt it took for itself, so a wait re-checks what it waits for on every call (a
     * latch, a join, a flag) and never counts on a wake-up that reached an earlier call (a park's permit).
     */
    @FunctionalInterface
    interface Wait<T> {
        void await(T on) throws InterruptedException;
    }

    /**
     * Runs {@code wait} on {@code on} until it returns. An interrupt the blocker does not take for itself ends it
     * with InterruptedException; anything else the blocker throws (the host stopping the program) means the
     * thread must leave the program.
     */
    <T> void block(Wait<T> wait, T on) throws InterruptedException;

    /** No host: the wait itself. */
    ThreadBlocker PLAIN = new ThreadBlocker() {
        @Override
        public <T> void block(Wait<T> wait, T on) throws InterruptedException {
            wait.await(on);
        }
    };
}
