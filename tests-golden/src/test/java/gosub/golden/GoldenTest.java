package gosub.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code NAME.go} of the golden folder (this module's directory, or {@code -Dgolden.dir=DIR}) in
 * process, in a fresh context of one shared engine, and checks that:
 * <ul>
 *   <li>stdout equals {@code NAME.out} byte for byte;</li>
 *   <li>the exit status equals {@code NAME.code} (0 without the file; a compile error is status 1);</li>
 *   <li>stderr (for a compile error: the error message) contains the first line of {@code NAME.err}, if any.</li>
 * </ul>
 * {@code GOLDEN_FILTER=substr} (environment variable or system property) runs only the names containing it;
 * {@code GOLDEN_TIMEOUT=seconds} (default 30) bounds each program.
 */
class GoldenTest {
    private static final String LANGUAGE = "go";
    private static final Engine ENGINE = Engine.newBuilder()
            .option("engine.WarnInterpreterOnly", "false")
            .build();
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "golden-main");
        t.setDaemon(true);
        return t;
    });

    private static String setting(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isEmpty()) {
            v = System.getenv(name);
        }
        return v == null || v.isEmpty() ? null : v;
    }

    static Path goldenDir() {
        String dir = System.getProperty("golden.dir");
        return Path.of(dir == null ? "." : dir).toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        Path dir = goldenDir();
        String filter = setting("GOLDEN_FILTER");
        long timeout = Long.parseLong(setting("GOLDEN_TIMEOUT") == null ? "30" : setting("GOLDEN_TIMEOUT"));
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.getFileName().toString().endsWith(".go"))
                    .filter(p -> filter == null || name(p).contains(filter))
                    .sorted()
                    .toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(name(p), p.toUri(), () -> check(p, timeout)));
    }

    @AfterAll
    static void closeEngine() {
        RUNNER.shutdownNow();
        if (!bounded("engine close", () -> ENGINE.close(true), 10_000)) {
            System.err.println("warning: the shared engine did not close within 10 s");
        }
    }

    private static String name(Path goFile) {
        String f = goFile.getFileName().toString();
        return f.substring(0, f.length() - ".go".length());
    }

    /** What one run produced. */
    record Outcome(byte[] stdout, String stderr, int status) {
    }

    private static void check(Path goFile, long timeoutSeconds) throws Exception {
        Path base = goFile.resolveSibling(name(goFile));
        Path outFile = Path.of(base + ".out");
        Path codeFile = Path.of(base + ".code");
        Path errFile = Path.of(base + ".err");

        Outcome got = run(goFile, timeoutSeconds);

        List<String> problems = new ArrayList<>();
        if (!Files.exists(outFile)) {
            problems.add("missing " + outFile.getFileName());
        } else {
            byte[] want = Files.readAllBytes(outFile);
            if (!Arrays.equals(want, got.stdout())) {
                problems.add("stdout differs (--- want " + outFile.getFileName() + ", +++ got):\n"
                        + Diff.unified(text(want), text(got.stdout())));
            }
        }
        int wantStatus = Files.exists(codeFile) ? Integer.parseInt(Files.readString(codeFile).strip()) : 0;
        if (got.status() != wantStatus) {
            problems.add("exit status " + got.status() + ", want " + wantStatus);
        }
        if (Files.exists(errFile)) {
            String wantErr = Files.readString(errFile).lines().findFirst().orElse("");
            if (!got.stderr().contains(wantErr)) {
                problems.add("stderr lacks: " + wantErr);
            }
        }
        if (!problems.isEmpty()) {
            String err = got.stderr();
            if (err.length() > 4000) {
                err = err.substring(0, 4000) + "\n... (" + (err.length() - 4000) + " more chars)";
            }
            fail(String.join("\n", problems) + (err.isEmpty() ? "" : "\nstderr:\n" + err));
        }
    }

    private static Outcome run(Path goFile, long timeoutSeconds) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = Context.newBuilder(LANGUAGE)
                .engine(ENGINE)
                .out(out)
                .err(err)
                .arguments(LANGUAGE, new String[]{goFile.toString()})
                .allowCreateThread(true)
                .allowExperimentalOptions(true)
                .allowEnvironmentAccess(EnvironmentAccess.INHERIT)
                .allowAllAccess(true)
                .build();
        Source source = Source.newBuilder(LANGUAGE, goFile.toFile()).build();
        Future<Integer> result = RUNNER.submit(() -> {
            try {
                Value v = context.eval(source);
                return v.asInt();
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                if (e.isInternalError() || e.isHostException() || e.isCancelled()) {
                    throw e;
                }
                // a compile error: its message is what `gosub run` prints on stderr
                synchronized (err) {
                    err.write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                }
                return 1;
            }
        });
        int status;
        try {
            status = result.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            close(context, goFile);
            String partial = text(out.toByteArray());
            fail("timed out after " + timeoutSeconds + " s; stdout so far:\n"
                    + (partial.length() > 2000 ? partial.substring(0, 2000) + "..." : partial)
                    + "\nstderr so far:\n" + text(err.toByteArray()));
            throw e;
        } catch (ExecutionException e) {
            close(context, goFile);
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
        // like a Go process, the program is over when main returns: stop goroutines still blocked
        close(context, goFile);
        return new Outcome(out.toByteArray(), text(err.toByteArray()), status);
    }

    /** Closes (cancelling what still runs); warns instead of hanging the suite when that does not finish. */
    private static void close(Context context, Path goFile) {
        if (!bounded("close " + goFile.getFileName(), () -> context.close(true), 10_000)) {
            System.err.println("warning: " + goFile.getFileName() + ": context did not close within 10 s");
        }
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

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
