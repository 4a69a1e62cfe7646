package gosub.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * Go's sysmon, reduced to preemption: a daemon thread that every {@link #TICK_NANOS} looks at each P and asks
 * the goroutine that has held it for a whole {@link #TIME_SLICE_NANOS} slice to yield (the interpreter polls
 * {@link Goroutine#preemptRequested()} at loop back-edges and function entries, DESIGN rule 7). A P's slice
 * starts when its M runs a goroutine that does not inherit the slice (see {@link RunQueue#get}), so a pair of
 * goroutines handing off through runnext share one slice, as in Go. It also wakes an idle M for a goroutine
 * readied behind a waker that has run on for a whole tick since (see {@link Scheduler#ready}).
 *
 * <p>When the program stops it goes on asking every running goroutine to yield until the Ms have left (see
 * {@link #askRunningToYield}). It runs no goroutine code, so it is a plain JDK thread, not an M.
 */
final class Sysmon implements Runnable {
    static final long TIME_SLICE_NANOS = 10_000_000;
    static final long TICK_NANOS = 5_000_000;

    private final Scheduler sched;
    Thread thread;

    Sysmon(Scheduler sched) {
        this.sched = sched;
    }

    @Override
    public void run() {
        while (!sched.stopping) {
            LockSupport.parkNanos(this, TICK_NANOS);
            long now = System.nanoTime();
            sched.coarseNow = now;
            for (Processor p : sched.allp) {
                retake(p, now);
            }
        }
        askRunningToYield();
    }

    /**
     * The program is stopping. {@link Scheduler#exit} asked the goroutines running at that moment to yield, but an
     * M that had just read {@code stopping} as false publishes the goroutine it is about to run only afterwards
     * ({@link Machine#execute}), so the stop may not see that one, and it would run on unasked (a loop for ever).
     * So ask again every tick while any M is alive, for as long as {@link Scheduler#runMain} waits for the Ms.
     */
    private void askRunningToYield() {
        long until = System.nanoTime() + Scheduler.STOP_JOIN_NANOS;
        while (System.nanoTime() - until < 0 && sched.anyMachineAlive()) {
            for (Processor p : sched.allp) {
                Goroutine g = p.currentGoroutine();
                if (g != null) {
                    g.requestPreempt();
                }
            }
            LockSupport.parkNanos(this, TICK_NANOS);
        }
    }

    private void retake(Processor p, long now) {
        Goroutine g = p.currentGoroutine();
        int tick = p.schedtick();
        if (g == null || tick != p.sysmonTick) {
            p.sysmonTick = tick;
            p.sysmonWhen = now;
            return;
        }
        // The same slice has run for a whole tick with a readied goroutine waiting behind it and no M woken for
        // it (Scheduler.ready): the waker did not block soon after all, so let an idle M steal the goroutine.
        if (p.wakeDeferred()) {
            sched.wakep();
        }
        if (now - p.sysmonWhen >= TIME_SLICE_NANOS) {
            g.requestPreempt();
        }
    }
}
