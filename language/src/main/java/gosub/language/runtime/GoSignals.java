package gosub.language.runtime;

import gosub.runtime.Scheduler;
import gosub.runtime.signal.ProcessSignals;
import gosub.runtime.signal.Signal;

/**
 * What a Go program does with the process's signals when it owns them (option {@code go.Signals}), as Go's
 * runtime does without os/signal: HUP, INT and TERM kill the process by the signal; QUIT prints
 * {@code SIGQUIT: quit} and every goroutine to stderr and exits 2. Output needs no flushing first: every write of
 * the program has reached its file descriptor when the write returned.
 *
 * <p>os/signal.Notify will register channels here; a signal with a registered channel is then sent to it instead.
 */
public final class GoSignals implements ProcessSignals.Receiver {
    private static final java.util.Set<Signal> TAKEN = java.util.EnumSet.of(Signal.HUP, Signal.INT, Signal.QUIT, Signal.TERM);

    private Scheduler program; // guarded by this
    private ProcessSignals.Listener listener; // guarded by this

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

    @Override
    public void received(Signal s) {
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

    /** A write to stdout or stderr found the pipe closed: Go's runtime raises SIGPIPE for descriptors 1 and 2. */
    public void brokenPipe() {
        ProcessSignals.dieOf(Signal.PIPE);
    }
}
