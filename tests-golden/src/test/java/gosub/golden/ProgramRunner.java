package gosub.golden;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs Go programs in process as {@code gosub run} would: one engine shared by all runs (so the language and the
 * standard packages warm up once), a fresh context per program, stdout and stderr captured, a time limit. A run
 * that outlives its limit is stopped by closing its context with cancellation, which must also stop its
 * goroutines; {@link Outcome#stopped()} says whether that worked.
 */
public final class ProgramRunner implements AutoCloseable {
    public static final String LANGUAGE = "go";
    /** The language's source type for go run's package arguments (GoLanguage.RUN_MIME). */
    public static final String RUN_MIME = "text/x-go-run";
    /** How long closing a context (cancelling what still runs) may take before the run counts as not stopped. */
    private static final long CLOSE_MILLIS = 10_000; // tens of milliseconds usually; seconds on a loaded 2-core machine

    private final Engine engine = Engine.newBuilder()
            .option("engine.WarnInterpreterOnly", "false")
            .build();
    private final ExecutorService mains = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "golden-main");
        t.setDaemon(true);
        return t;
    });
    private final int outputLimit;

    /** OUTPUT_LIMIT: the most bytes of stdout and of stderr kept per run (a looping program may print forever). */
    public ProgramRunner(int outputLimit) {
        this.outputLimit = outputLimit;
    }

    /**
     * What one run produced. {@code status} is the exit status {@code gosub run} would give (2 for a compile
     * error, 1 for a program go run refuses to compile; the message is then on stderr and {@code compileError}
     * tells these from os.Exit). {@code timedOut}: the program was still running at its limit.
     * {@code failure}: gosub itself failed (an internal error, a Java exception, a context that could not be
     * stopped); the status is then meaningless. {@code stopped}: the context and the thread running it ended.
     * {@code closeMillis}: how long closing the context took (for a run stopped at its limit: the cancellation).
     */
    public record Outcome(byte[] stdout, String stderr, int status, boolean compileError, boolean timedOut,
            Throwable failure, boolean stopped, long closeMillis) {
        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    /** Runs SOURCE with os.Args = [ARG0] and no input, in the process's working directory, for at most TIMEOUT_MILLIS. */
    public Outcome run(Source source, String arg0, long timeoutMillis) {
        return run(source, List.of(arg0), InputStream.nullInputStream(), null, timeoutMillis);
    }

    /**
     * Runs SOURCE with os.Args = ARGS (the program's name first), STDIN as its standard input and WORK_DIR (null: the
     * process's) as its working directory, for at most TIMEOUT_MILLIS.
     */
    public Outcome run(Source source, List<String> args, InputStream stdin, Path workDir, long timeoutMillis) {
        return run(source, args, stdin, workDir, timeoutMillis, false);
    }

    /**
     * As {@link #run(Source, List, InputStream, Path, long)}; with COMBINED, stderr goes into the same stream as
     * stdout, in the order written (as {@code 2>&1} would), and the outcome's stderr is empty.
     */
    public Outcome run(Source source, List<String> args, InputStream stdin, Path workDir, long timeoutMillis,
            boolean combined) {
        return run(source, args, stdin, workDir, timeoutMillis, combined, java.util.Map.of());
    }

    /** As {@link #run(Source, List, InputStream, Path, long, boolean)}, with ENVIRONMENT added to the process's. */
    public Outcome run(Source source, List<String> args, InputStream stdin, Path workDir, long timeoutMillis,
            boolean combined, java.util.Map<String, String> environment) {
        CappedOutput out = new CappedOutput(outputLimit);
        CappedOutput err = combined ? out : new CappedOutput(outputLimit);
        Context.Builder builder = Context.newBuilder(LANGUAGE)
                .engine(engine)
                .in(stdin)
                .out(out)
                .err(err)
                .arguments(LANGUAGE, args.toArray(new String[0]))
                .allowCreateThread(true)
                .allowExperimentalOptions(true)
                .allowEnvironmentAccess(EnvironmentAccess.INHERIT)
                .allowAllAccess(true)
                // a package other than main is refused, as the launcher (and go run) refuse it
                .option("go.RequireMain", "true")
                .environment(environment);
        if (workDir != null) {
            builder.currentWorkingDirectory(workDir);
        }
        Context context = builder.build();
        boolean[] compileError = {false};
        Future<Integer> result = mains.submit(() -> {
            try {
                return context.eval(source).asInt();
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                if (e.isInternalError() || e.isHostException() || e.isCancelled()) {
                    throw e;
                }
                if (e.isResourceExhausted()) {
                    // as the launcher reports it
                    err.write(("fatal error: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                    return 2;
                }
                // a compile error: its message is what `gosub run` prints on stderr, its status go run's (2 for the
                // compiler's errors, 1 for what the go command refuses before compiling)
                compileError[0] = true;
                err.write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                return e.isSyntaxError() ? 2 : 1;
            }
        });
        int status = -1;
        boolean timedOut = false;
        Throwable failure = null;
        try {
            status = result.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            timedOut = true;
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
        // like a Go process, the program is over when main returns: stop goroutines still running or blocked
        long closing = System.nanoTime();
        boolean stopped = bounded("close", () -> context.close(true), CLOSE_MILLIS);
        long closeMillis = (System.nanoTime() - closing) / 1_000_000;
        if (!stopped) {
            System.err.print(threadDump());
        }
        if (timedOut && stopped) {
            // the cancelled eval ends the thread that ran main; it must not linger
            try {
                result.get(CLOSE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
                stopped = result.isDone();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String stderr = combined ? "" : new String(err.bytes(), StandardCharsets.UTF_8);
        return new Outcome(out.bytes(), stderr, status, compileError[0],
                timedOut, failure, stopped, closeMillis);
    }

    @Override
    public void close() {
        mains.shutdownNow();
        if (!bounded("engine close", () -> engine.close(true), CLOSE_MILLIS)) {
            System.err.println("warning: the shared engine did not close within " + CLOSE_MILLIS / 1000 + " s");
        }
    }

    /** How many frames of each thread {@link #threadDump} shows: where a thread hangs is at its top. */
    private static final int DUMP_FRAMES = 60;

    /**
     * A close that did not finish leaves its threads where they hang: the top of their stacks goes to stderr, so that
     * a rare hang (seen under load in a channel ping-pong) shows in the test log where it happened. Only the top: a
     * whole-stack dump (Thread.getAllStackTraces, jstack) of a goroutine deep in recursion has the JVM decode
     * millions of frames at a safepoint, gigabytes of native memory, which the kernel's OOM killer ended.
     */
    static String threadDump() {
        StringBuilder sb = new StringBuilder("ProgramRunner: the context did not close; its threads:\n");
        for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false, DUMP_FRAMES)) {
            sb.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState()).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (StackTraceElement f : frames) {
                sb.append("\tat ").append(f).append('\n');
            }
            if (frames.length == DUMP_FRAMES) {
                sb.append("\t...\n");
            }
        }
        return sb.toString();
    }

    /** Runs ACTION in a daemon thread for at most MILLIS; false if it has not finished by then. */
    private static boolean bounded(String what, Runnable action, long millis) {
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (RuntimeException ignored) {
                // cancelling surfaces as an exception in some versions; closed either way
            }
        }, "golden-" + what);
        t.setDaemon(true);
        t.start();
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !t.isAlive();
    }

    /** Keeps the first LIMIT bytes written, drops the rest: a runaway program must not fill the heap. */
    private static final class CappedOutput extends OutputStream {
        private final int limit;
        private byte[] buf = new byte[256];
        private int size;
        private long dropped;

        CappedOutput(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int keep = Math.min(len, limit - size);
            if (keep > 0) {
                if (size + keep > buf.length) {
                    buf = Arrays.copyOf(buf, Math.min(limit, Math.max(buf.length * 2, size + keep)));
                }
                System.arraycopy(b, off, buf, size, keep);
                size += keep;
            }
            dropped += len - Math.max(keep, 0);
        }

        synchronized byte[] bytes() {
            byte[] b = Arrays.copyOf(buf, size);
            if (dropped == 0) {
                return b;
            }
            byte[] note = ("\n... (" + dropped + " more bytes dropped)\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(b, b.length + note.length);
            System.arraycopy(note, 0, all, b.length, note.length);
            return all;
        }
    }
}
