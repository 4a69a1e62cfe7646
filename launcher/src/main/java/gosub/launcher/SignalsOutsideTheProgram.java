package gosub.launcher;

import java.util.EnumSet;

import gosub.runtime.signal.ProcessSignals;
import gosub.runtime.signal.Signal;

/**
 * The process's signals while the Go program is not running: while it is compiled, and while a tool holds the
 * process up (the inspector waiting for a debugger before the program starts, {@code --inspect.WaitAttached}, or
 * for it to disconnect after the program ended). The program takes its signals only while it runs
 * ({@code GoSignals}); ./gosub starts the JVM with them blocked, so without this a Ctrl-C in the first second or
 * two would wait, pending, until main started (and go to a channel the program had meanwhile given to Notify).
 * Here HUP, INT, QUIT and TERM simply kill the process by the signal, as they would a Go binary that is not
 * running Go code. Watched without sigwait ({@link ProcessSignals#watch}): a run without signals pays nothing.
 */
final class SignalsOutsideTheProgram implements AutoCloseable {
    private final ProcessSignals.Listener listener;

    private SignalsOutsideTheProgram(ProcessSignals.Listener listener) {
        this.listener = listener;
    }

    /** Takes the signals until {@link #close}. */
    static SignalsOutsideTheProgram take() {
        return new SignalsOutsideTheProgram(ProcessSignals.watch(
                EnumSet.of(Signal.HUP, Signal.INT, Signal.QUIT, Signal.TERM), ProcessSignals::dieOf));
    }

    /** Gives the signals back (a signal that arrived meanwhile still kills the process now). */
    @Override
    public void close() {
        listener.stop();
    }
}
