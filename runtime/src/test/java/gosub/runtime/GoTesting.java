package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs Java-written "Go programs" on a fresh Scheduler, with a generous timeout as a safety net only. */
public final class GoTesting {
    public static final Duration SAFETY_NET = Duration.ofSeconds(60);

    private GoTesting() {
    }

    /** How a program ended. */
    public record Outcome(int exitCode, String stderr, Throwable crash) {
    }

    public static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "gosub-M" + n.getAndIncrement());
            t.setDaemon(true); // a broken test must not keep the JVM alive
            return t;
        };
    }

    public static Outcome run(int procs, Goroutine.Body main) {
        return run(procs, main, (g, out) -> out.print("\tframes of " + g.id() + "\n"));
    }

    public static Outcome run(int procs, Goroutine.Body main, Scheduler.StackPrinter printer) {
        return assertTimeoutPreemptively(SAFETY_NET, () -> {
            Scheduler s = new Scheduler(procs, daemonThreads());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            s.setErrorOutput(err);
            s.setStackPrinter(printer);
            int code = s.runMain(main);
            err.flush();
            return new Outcome(code, bytes.toString(StandardCharsets.UTF_8), s.crashCause());
        });
    }

    /** Runs a program that must end normally; rethrows whatever escaped a goroutine (e.g. a failed assert). */
    public static void runOk(int procs, Goroutine.Body main) {
        Outcome o = run(procs, main);
        if (o.crash() instanceof Error e) {
            throw e;
        }
        if (o.crash() instanceof RuntimeException e) {
            throw e;
        }
        if (o.crash() != null) {
            throw new AssertionError(o.crash());
        }
        assertEquals(0, o.exitCode(), () -> "exit status; stderr:\n" + o.stderr());
    }
}
