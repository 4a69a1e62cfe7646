package gosub.language;

import com.oracle.truffle.api.TruffleLanguage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The state of one running Go program: its output streams, arguments and environment. */
public final class GoContext {
    public final GoLanguage language;
    public final TruffleLanguage.Env env;
    private final OutputStream out;
    private final OutputStream err;

    public GoContext(GoLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.out = new BufferedOutputStream(env.out(), 1 << 16);
        this.err = env.err();
    }

    /** Writes a Go byte string to stdout (fd 1) or stderr (fd 2). Short lock, never held across a yield. */
    public void write(int fd, String goBytes) {
        byte[] b = goBytes.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            if (fd == 2) {
                synchronized (this) {
                    out.flush();
                }
                err.write(b);
                err.flush();
            } else {
                synchronized (this) {
                    out.write(b);
                }
            }
        } catch (IOException e) {
            // Go ignores write errors on stdout for Print; so do we
        }
    }

    public synchronized void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    /** GOMAXPROCS: the environment variable, else the number of CPUs (Go's default). */
    public int gomaxprocs() {
        String v = env.getEnvironment().get("GOMAXPROCS");
        if (v != null) {
            try {
                int n = Integer.parseInt(v.trim());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // Go ignores a malformed GOMAXPROCS
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** A scheduler whose Ms are Truffle threads, each entered into this context once (DESIGN.md). */
    public gosub.runtime.Scheduler newScheduler() {
        scheduler = new gosub.runtime.Scheduler(gomaxprocs(), r -> {
            // Go lets a goroutine's stack grow to 1 GB; a goroutine runs on its M's stack, so give Ms that much room
            Thread t = env.newTruffleThreadBuilder(r).stackSize(256L << 20).build();
            t.setDaemon(true);
            return t;
        });
        return scheduler;
    }

    /**
     * How a thread that started a program waits for its end: blocked in a way Truffle can interrupt, so that
     * closing the context with cancellation stops a program that would run (or sleep) forever.
     */
    static gosub.runtime.Scheduler.EndWait cancellableEndWait(com.oracle.truffle.api.nodes.Node location) {
        return end -> com.oracle.truffle.api.TruffleSafepoint.setBlockedThreadInterruptible(location,
                java.util.concurrent.CountDownLatch::await, end);
    }

    public gosub.runtime.Scheduler scheduler;
    /** Call targets of the program's functions, shared by the node builders of all its packages. */
    final java.util.Map<gosub.language.check.FuncEntity, com.oracle.truffle.api.CallTarget> functionTargets = new java.util.IdentityHashMap<>();
    /** Cells of the program's package-level variables. */
    final java.util.Map<gosub.language.check.VarEntity, gosub.language.values.Cell> globalCells = new java.util.IdentityHashMap<>();
    /** Method sets of the running program (set when it is built). */
    MethodTable methods;

    public static GoContext get(com.oracle.truffle.api.nodes.Node node) {
        return GoLanguage.CONTEXT_REF.get(node);
    }
}
