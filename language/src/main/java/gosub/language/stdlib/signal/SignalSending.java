package gosub.language.stdlib.signal;

import gosub.language.GoContext;
import gosub.runtime.signal.ProcessSignals;

/**
 * syscall.Kill: a signal sent by the program, to itself or to another process.
 *
 * <p>To its own process, a signal does what it does to a Go binary. Those Go's runtime drops unless os/signal
 * asked for them (CHLD, URG, WINCH, USR2, ALRM ...) and that gosub does not take from the process are dropped here
 * without a system call: really sent, the JVM would die of their default action (without go.Signals, where none
 * reaches the program, USR1 too). The rest go out with kill(2) when
 * the program owns the process's signals (option go.Signals), and reach it through {@link
 * gosub.language.runtime.GoSignals} as a signal from outside would (HUP, INT, TERM kill, QUIT prints the
 * goroutines, a notified one goes to its channels), or end the process (KILL). When the embedder keeps the
 * process's signals, such a signal would hit the embedder: the call fails with EPERM instead.
 *
 * <p>Another process gets kill(2) itself, with its errno (ESRCH, EPERM), where the embedder lets the program
 * start processes (the same power over other processes) and the system call can be made; else EPERM. A process
 * group (pid 0 or negative) may hold the program's own process, so it is signalled only as the process is.
 */
final class SignalSending {
    private static final int EPERM = 1;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;

    /** Linux numbers its signals 1 to 64; 0 only checks that the process is there. */
    private static final int LAST_SIGNAL = 64;

    /** The signals gosub takes from the process while the program runs (GoSignals). */
    private static final long TAKEN = bits(1, 2, 3, 10, 15);

    /** The signals a Go program's runtime drops when os/signal did not ask for them (all but those it takes). */
    private static final long DROPPED_UNLESS_NOTIFIED = bits(10, 12, 13, 14, 17, 23, 24, 25, 26, 27, 28, 29, 30);

    private SignalSending() {
    }

    /** Sends SIGNO to PID: 0, or the errno the program's syscall.Kill returns. */
    static int kill(GoContext ctx, long pid, long signo) {
        if (signo < 0 || signo > LAST_SIGNAL) {
            return EINVAL;
        }
        boolean self = pid == ProcessHandle.current().pid();
        if (self && (signo == 0 || has(DROPPED_UNLESS_NOTIFIED, signo) && (ctx.signals == null || !has(TAKEN, signo)))) {
            return 0; // without go.Signals no signal reaches the program: USR1 is dropped too
        }
        // 0 and negative pids name process groups (-1 every process): ours may be among them
        boolean reachesSelf = self || pid <= 0;
        boolean allowed = reachesSelf ? ctx.signals != null : ctx.signals != null || ctx.env.isCreateProcessAllowed();
        if (!allowed) {
            return EPERM;
        }
        int errno = ProcessSignals.send(pid, (int) signo);
        return errno < 0 ? ENOSYS : errno;
    }

    private static long bits(int... signals) {
        long mask = 0;
        for (int s : signals) {
            mask |= 1L << s;
        }
        return mask;
    }

    private static boolean has(long mask, long signo) {
        return signo < Long.SIZE && (mask >>> signo & 1) != 0;
    }
}
