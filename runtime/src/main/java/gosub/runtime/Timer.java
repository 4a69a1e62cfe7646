package gosub.runtime;

/**
 * A runtime timer (Go's {@code runtime.timer}): fires {@link TimerCallback} at {@code when} and, if
 * {@code period > 0}, every period after that. time.Timer, time.Ticker, time.After, time.AfterFunc and
 * time.Sleep are all built on it.
 *
 * <p>Invariants (guarded by the {@link TimerQueue} lock): {@code index >= 0} iff the timer is in the heap,
 * i.e. pending; a one-shot timer leaves the heap before its callback runs, a periodic one stays with
 * {@code when} advanced past now.
 */
public final class Timer {
    final TimerQueue queue;
    final TimerCallback callback;
    long when;
    long period;
    int index = -1;

    public Timer(Scheduler scheduler, TimerCallback callback) {
        this.queue = scheduler.timers;
        this.callback = callback;
    }

    /**
     * (Re)arms the timer for {@code whenNanos} (on the {@link Scheduler#nanotime()} clock) with the given period
     * (0 = one-shot). Returns true if it was pending, like Go's {@code Timer.Reset}.
     */
    public boolean reset(long whenNanos, long periodNanos) {
        if (periodNanos < 0) {
            throw new IllegalArgumentException("negative period");
        }
        return queue.schedule(this, whenNanos, periodNanos);
    }

    /** Disarms the timer. Returns true if that prevented it from firing, like Go's {@code Timer.Stop}. */
    public boolean stop() {
        return queue.remove(this);
    }

    /** Called by the M when a goroutine parked in {@link Scheduler#sleep}: {@code when} was set before. */
    void startForSleep() {
        queue.schedule(this, when, 0);
    }
}
