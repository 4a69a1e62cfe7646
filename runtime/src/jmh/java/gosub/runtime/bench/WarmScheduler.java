package gosub.runtime.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;

/**
 * A scheduler that stays up for a whole JMH trial, so that a benchmark invocation measures goroutines, channels
 * and wake-ups on warm Ms rather than thread start-up. Its {@code main} sleeps (a pending timer keeps the
 * deadlock check quiet while every M is idle); each {@link #run} starts the workload as a goroutine from the
 * benchmark thread, which lands on the global queue and wakes an idle M, as a program's first goroutine does.
 */
final class WarmScheduler implements AutoCloseable {
    private static final long MAIN_NAP_NANOS = TimeUnit.HOURS.toNanos(1);

    final Scheduler sched;
    private final Thread runner;

    WarmScheduler(int procs) {
        sched = new Scheduler(procs, r -> {
            Thread t = new Thread(r, "bench-M");
            t.setDaemon(true);
            return t;
        });
        runner = Thread.ofPlatform().daemon().name("bench-runMain").start(() -> sched.runMain(main -> {
            while (true) {
                sched.sleep(main, MAIN_NAP_NANOS);
            }
        }));
    }

    /** Runs {@code workload} as a goroutine and waits for it; rethrows what escaped it. */
    void run(Goroutine.Body workload) {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        sched.go(null, g -> {
            try {
                workload.run(g);
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }

    @Override
    public void close() throws InterruptedException {
        sched.exit(null, 0, null);
        runner.join(5_000);
    }
}
