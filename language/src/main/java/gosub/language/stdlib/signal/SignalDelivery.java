package gosub.language.stdlib.signal;

import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Goroutines;
import gosub.language.values.FuncValue;
import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;
import gosub.runtime.Timer;
import gosub.runtime.TimerCallback;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;

/**
 * Takes the signals the program asked for (os/signal.Notify) from the signal thread into the program: the signal
 * thread queues the number and fires a runtime timer; its callback, on an M, starts a goroutine running os/signal's
 * {@code process}, which sends the signal to the channels without blocking, as Go's signal loop does.
 *
 * <p>Between signals the timer stays armed for the end of time. A pending timer keeps the scheduler from calling
 * the program deadlocked: like a Go program after Notify (whose runtime keeps an M waiting for signals), a
 * program waiting for nothing but a signal waits for it.
 */
final class SignalDelivery implements IntConsumer, TimerCallback {
    private static final long NEVER = Long.MAX_VALUE;

    private final Scheduler scheduler;
    private final FuncValue process;
    private final ConcurrentLinkedQueue<Integer> pending = new ConcurrentLinkedQueue<>();
    private final Timer wake;

    SignalDelivery(Scheduler scheduler, FuncValue process) {
        this.scheduler = scheduler;
        this.process = process;
        this.wake = scheduler.newTimer(NEVER, 0, this);
    }

    /** On the signal thread: queue it, fire now. */
    @Override
    public void accept(int signo) {
        pending.add(signo);
        wake.reset(scheduler.nanotime(), 0);
    }

    /** On an M: re-arm first, so that a signal queued after the queue is drained fires again. */
    @Override
    public void fire(Goroutine on, long whenNanos) {
        wake.reset(NEVER, 0);
        for (Integer signo; (signo = pending.poll()) != null; ) {
            GoroutineState creator = new GoroutineState(on.id());
            creator.goroutine = on;
            Goroutines.spawn(creator, process.target, GoArguments.of(null, process.env, (long) signo), "os/signal.process");
        }
    }
}
