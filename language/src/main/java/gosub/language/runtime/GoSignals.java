package gosub.language.runtime;

import gosub.runtime.Scheduler;
import gosub.runtime.signal.ProcessSignals;
import gosub.runtime.signal.Signal;

import java.util.function.IntConsumer;

/**
 * What a Go program does with the process's signals when it owns them (option {@code go.Signals}), as Go's
 * runtime does: HUP, INT and TERM kill the process by the signal; QUIT prints {@code SIGQUIT: quit} and every
 * goroutine to stderr and exits 2; USR1 is ignored. Output needs no flushing first: every write of the program
 * has reached its file descriptor when the write returned.
 *
 * <p>os/signal changes that per signal ({@link #handle}): a signal the program asked for with Notify goes to
 * the program's delivery ({@link #deliverTo}), which sends it to the channels; one it ignores is dropped.
 */
public final class GoSignals implements ProcessSignals.Receiver {
    private static final java.util.Set<Signal> TAKEN = java.util.EnumSet.of(Signal.HUP, Signal.INT, Signal.QUIT,
                    Signal.TERM, Signal.USR1);

    /** What os/signal asked for a signal. */
    public enum Disposition {
        /** Go's default action for it (as above). */
        DEFAULT,
        /** Handed to the delivery (signal.Notify). */
        NOTIFY,
        /** Dropped (signal.Ignore). */
        IGNORE
    }

    /** Signal numbers go up to 64 on Linux. */
    private static final int SIGNALS = 65;

    private Scheduler program; // guarded by this
    private ProcessSignals.Listener listener; // guarded by this
    private final Disposition[] dispositions = new Disposition[SIGNALS]; // guarded by this; null is DEFAULT
    private IntConsumer delivery; // guarded by this

    /**
     * The program's goroutine 1 has started on SCHEDULER: the process's signals are the program's until
     * {@link #programEnded}. (Taken only now, so that a compile error never waits for a signal thread; a signal
     * sent before stays pending or gets the JVM's default treatment.)
     */
    public synchronized void programStarted(Scheduler scheduler) {
        program = scheduler;
        if (listener == null) {
            listener = ProcessSignals.listen(TAKEN, this);
        }
    }

    /** The program has ended: the signal thread ends too, before the process exits. */
    public void programEnded() {
        ProcessSignals.Listener l;
        synchronized (this) {
            program = null;
            l = listener;
            listener = null;
        }
        if (l != null) {
            l.stop();
        }
    }

    /**
     * os/signal: from now on, signal SIGNO (any number; those never taken are never received) gets WHAT. One that
     * arrived before and is still pending gets what was asked before (a SIGINT sent before Notify kills).
     */
    public void handle(int signo, Disposition what) {
        if (signo <= 0 || signo >= SIGNALS) {
            return;
        }
        Signal s = Signal.of(signo);
        ProcessSignals.Listener l;
        synchronized (this) {
            l = listener;
        }
        if (s != null && l != null && l.takePending(s)) {
            received(s);
        }
        synchronized (this) {
            dispositions[signo] = what;
        }
    }

    /** os/signal's first Notify: where notified signals go (called on the signal thread; must not block). */
    public synchronized void deliverTo(IntConsumer d) {
        delivery = d;
    }

    /**
     * What os/signal asked for s, done: true if the program takes s (it went to the delivery) or ignores it, false if
     * Go's default action is left to do.
     */
    private boolean handledByProgram(Signal s) {
        Disposition what;
        IntConsumer d;
        synchronized (this) {
            what = dispositions[s.number()];
            d = delivery;
        }
        if (what == Disposition.NOTIFY && d != null) {
            d.accept(s.number());
            return true;
        }
        return what == Disposition.IGNORE;
    }

    @Override
    public void received(Signal s) {
        if (handledByProgram(s) || s == Signal.USR1) {
            return;
        }
        if (s != Signal.QUIT) {
            ProcessSignals.dieOf(s);
            return;
        }
        Scheduler sched;
        synchronized (this) {
            sched = program;
        }
        if (sched != null) { // else the program has just ended
            sched.exitWithTraceback(Signal.QUIT.goName() + "\n", 2);
        }
    }

    /**
     * A write to stdout or stderr found the pipe closed: Go's runtime raises SIGPIPE for descriptors 1 and 2, which
     * kills the process unless os/signal ignores SIGPIPE or takes it (Notify; the signal goes to the channels).
     * Returns when the process lives on; the write then fails with EPIPE.
     */
    public void brokenPipe() {
        if (!handledByProgram(Signal.PIPE)) {
            ProcessSignals.dieOf(Signal.PIPE);
        }
    }
}
