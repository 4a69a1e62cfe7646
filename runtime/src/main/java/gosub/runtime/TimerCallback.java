package gosub.runtime;

/**
 * What a {@link Timer} does when it fires. It runs on an M, outside any goroutine, and must not block: it may
 * only make non-blocking runtime calls such as {@link Channel#trySend} (time.After, Ticker) or
 * {@link Scheduler#go} (time.AfterFunc), passing {@code on} as the current goroutine.
 */
@FunctionalInterface
public interface TimerCallback {
    /**
     * @param on the firing M's system goroutine; pass it to the runtime calls made here
     * @param whenNanos the {@link Scheduler#nanotime()} instant the timer was due (Go's {@code when})
     */
    void fire(Goroutine on, long whenNanos);
}
