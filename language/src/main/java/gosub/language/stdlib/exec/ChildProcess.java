package gosub.language.stdlib.exec;

import gosub.runtime.Goroutine;
import gosub.runtime.HostCall;
import gosub.runtime.signal.ProcessSignals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A process the program started: the host process, the pipes to the standard streams os/exec reads and writes
 * itself, and what the program did to it. The host cannot say whether a process died of a signal: the JDK reports
 * a death by signal N as the exit value 128+N, as a shell does. So the signals the program sent are remembered, and
 * 128+N after the program sent N reads as that signal, which is what Go reports then (`signal: killed`); a process
 * killed from elsewhere reads as its exit value.
 */
final class ChildProcess {
    /** A signal to a process that has ended and whose Wait has begun: Go's os.ErrProcessDone. */
    static final int DONE = -1;

    private static final int EPERM = 1;
    private static final int ECHILD = 10;
    private static final int ENOSYS = 38;
    private static final int SIGKILL = 9;
    private static final int SIGTERM = 15;

    final Process process;
    /** The process id (see {@link ProcessStart#UNKNOWN_PID}). */
    final long pid;
    /** The write end of the stdin pipe, the read ends of the stdout and stderr pipes; null for a stream not piped. */
    private final OutputStream stdin;
    private final InputStream stdout;
    private final InputStream stderr;

    // guarded by this
    private int signalled;
    private boolean waited;

    ChildProcess(Process process, long pid, boolean pipeIn, boolean pipeOut, boolean pipeErr) {
        this.process = process;
        this.pid = pid;
        this.stdin = pipeIn ? process.getOutputStream() : null;
        this.stdout = pipeOut ? process.getInputStream() : null;
        this.stderr = pipeErr ? process.getErrorStream() : null;
    }

    /** The read end of pipe STREAM (1 or 2), or null. */
    private InputStream source(long stream) {
        return stream == 1 ? stdout : stream == 2 ? stderr : null;
    }

    /** Reads what pipe STREAM has, waiting (parked) for at least one byte; 0 at its end. */
    int read(Goroutine g, long stream, byte[] b, int off, int len) throws Exception {
        InputStream in = source(stream);
        if (in == null) {
            throw new IOException("Bad file descriptor");
        }
        int ready = in.available();
        if (ready > 0) {
            return Math.max(0, in.read(b, off, Math.min(len, ready)));
        }
        return HostCall.run(g, () -> Math.max(0, in.read(b, off, len)));
    }

    /** Writes all of {@code b[off, off+len)} to the stdin pipe; a full pipe parks the goroutine until the child reads. */
    void write(Goroutine g, byte[] b, int off, int len) throws Exception {
        if (stdin == null) {
            throw new IOException("Bad file descriptor");
        }
        HostCall.run(g, () -> {
            try {
                stdin.write(b, off, len);
                stdin.flush();
            } catch (IOException e) {
                // the JDK closes the pipe when the process ends; for the writer that is a pipe nobody reads
                throw process.isAlive() ? e : new IOException("Broken pipe", e);
            }
            return null;
        });
    }

    /** Closes pipe STREAM (0, 1 or 2); closing one twice is harmless. */
    void close(long stream) throws IOException {
        if (stream == 0) {
            if (stdin != null) {
                stdin.close();
            }
        } else {
            InputStream in = source(stream);
            if (in != null) {
                in.close();
            }
        }
    }

    /**
     * Waits (parked) until the process has ended and the output Truffle copies for it is all out: {exit code, or -1;
     * the signal that killed it, or 0; errno}. Only the first wait waits: later ones fail with ECHILD, as wait4(2)
     * does for a child reaped already.
     */
    Object[] await(Goroutine g) throws Exception {
        synchronized (this) {
            if (waited) {
                return new Object[] {-1L, 0L, (long) ECHILD};
            }
            waited = true;
        }
        int value = HostCall.run(g, process::waitFor);
        int sent;
        synchronized (this) {
            sent = signalled;
        }
        if (sent != 0 && value == 128 + sent) {
            return new Object[] {-1L, (long) sent, 0L};
        }
        return new Object[] {(long) value, 0L, 0L};
    }

    /** Sends signal SIGNO: 0, {@link #DONE}, or an errno. */
    synchronized int signal(int signo) {
        if (!process.isAlive()) {
            // Go counts a process done once it has ended and a Wait has begun; until a Wait, it is a zombie that
            // kill(2) succeeds on
            return waited ? DONE : 0;
        }
        if (signo == 0) {
            return 0;
        }
        switch (signo) {
            case SIGKILL -> process.destroyForcibly();
            case SIGTERM -> process.destroy();
            default -> {
                if (pid == ProcessStart.UNKNOWN_PID) {
                    return EPERM;
                }
                int errno = ProcessSignals.send(pid, signo);
                if (errno != 0) {
                    return errno < 0 ? ENOSYS : errno;
                }
            }
        }
        signalled = signo;
        return 0;
    }

    /** The program ends while the process runs: Truffle will not close a context with a live process. */
    void kill() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
