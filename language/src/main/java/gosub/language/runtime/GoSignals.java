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
    private Scheduler program; // guarded by this
    private boolean quitPending; // guarded by this

    /** Takes over the process's signals for the programs of one context. */
    public static GoSignals takeOverProcess() {
        GoSignals signals = new GoSignals();
        ProcessSignals.listen(java.util.EnumSet.of(Signal.HUP, Signal.INT, Signal.QUIT, Signal.TERM), signals);
        return signals;
    }

    private GoSignals() {
    }

    /** The program's goroutine 1 has started on SCHEDULER: a SIGQUIT that came during compilation is served now. */
    public void programStarted(Scheduler scheduler) {
        boolean quit;
        synchronized (this) {
            program = scheduler;
            quit = quitPending;
            quitPending = false;
        }
        if (quit) {
            quit(scheduler);
        }
    }

    public synchronized void programEnded() {
        program = null;
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
            if (sched == null) {
                quitPending = true;
                return;
            }
        }
        quit(sched);
    }

    private static void quit(Scheduler sched) {
        sched.exitWithTraceback(Signal.QUIT.goName() + "\n", 2);
    }

    /** A write to stdout or stderr found the pipe closed: Go's runtime raises SIGPIPE for descriptors 1 and 2. */
    public void brokenPipe() {
        ProcessSignals.dieOf(Signal.PIPE);
    }
}
