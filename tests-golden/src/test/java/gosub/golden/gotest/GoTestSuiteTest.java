package gosub.golden.gotest;

import static org.junit.jupiter.api.Assertions.fail;

import gosub.golden.Diff;
import gosub.golden.GoldenTest;
import gosub.golden.ProgramRunner;
import gosub.golden.WorkDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the {@code // run} tests of Go's own test suite ({@code /usr/lib/go/test}: the top folder, {@code ken/},
 * {@code chan/}, {@code interface/}, {@code fixedbugs/}, {@code abi/}, {@code typeparam/}) in process and judges them as Go's driver
 * ({@code test/run.go}) does: the program must exit with status 0 and print, on stdout and stderr together,
 * exactly its {@code NAME.out} file, or nothing when there is none.
 * <p>
 * A test is taken when its recipe is a bare {@code run} (no flags, no arguments) and its build constraints admit
 * linux/amd64. One that imports a package gosub does not have is not applicable: counted, never run. Tests listed
 * in {@code expected-failures.txt} (beside this class, in the test resources) may fail (they are reported as skipped with their reason); a listed test
 * that passes fails the run, so the list only shrinks; a test not listed that fails fails the run with a diff.
 * <p>
 * Settings (system properties or environment variables): {@code gotest.dir} (default {@code /usr/lib/go/test}),
 * {@code gotest.filter} (a substring of the test's path below it, e.g. {@code chan/}), {@code gotest.timeout}
 * (seconds per test, default 60), {@code gotest.budget} (seconds for the whole suite, default 240: what is left when
 * it is spent is reported as not run, so {@code ./gosub test} stays fast), {@code gotest.full=true} (no budget:
 * every test), {@code gotest.slow=true} (also the tests listed as {@code slow:}, with {@code gotest.slow.timeout}
 * seconds each, default 600; they must pass), {@code gotest.flaky=true} (also the tests listed as {@code flaky:}, whose
 * outcome depends on the machine's load or the JVM's collector: reported, never failing the run). The tests run in a fixed order that mixes the folders, so a budgeted run is a sample
 * of all of them and the same sample on the same machine. Every run writes {@code target/gotest/results.tsv} (test,
 * verdict, seconds, first problem) and {@code target/gotest/summary.txt}.
 */
public class GoTestSuiteTest {
    private static final String DEFAULT_DIR = "/usr/lib/go/test";
    private static final List<String> FOLDERS = List.of(".", "ken", "chan", "interface", "fixedbugs", "abi", "typeparam");
    private static final String INSTALL = "apt-get install golang-go (Debian's golang-1.19-src holds Go's test/ folder)";
    /** The list, read from the source tree so that a message about it names the file to edit. */
    private static final String LIST = "src/test/resources/gosub/golden/gotest/expected-failures.txt";
    /** Go's tests print little; more than this is a runaway program. */
    private static final int OUTPUT_LIMIT = 4 << 20;
    private static final ProgramRunner RUNNER = new ProgramRunner(OUTPUT_LIMIT);
    /**
     * What Go's driver adds to a test's environment: GOARCH when it is not set (gosub's runtime.GOARCH is amd64),
     * and GOENV=off, GOFLAGS= for the go command.
     */
    private static final Map<String, String> DRIVER_ENV = Map.of(
            "GOARCH", System.getenv().getOrDefault("GOARCH", "amd64"), "GOENV", "off", "GOFLAGS", "");

    private final Tally tally = new Tally();
    private final Map<String, Boolean> supportedPackages = new HashMap<>();

    @AfterAll
    static void closeEngine() {
        RUNNER.close();
    }

    private static String setting(String name, String otherwise) {
        String v = GoldenTest.setting(name);
        return v == null ? otherwise : v;
    }

    @TestFactory
    Stream<DynamicTest> goTestSuite() throws IOException {
        Path root = Path.of(setting("gotest.dir", DEFAULT_DIR));
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("fixedbugs")),
                "Go's test suite is not at " + root + ": " + INSTALL);
        String filter = setting("gotest.filter", "");
        long timeout = Long.parseLong(setting("gotest.timeout", "60"));
        boolean runSlow = Boolean.parseBoolean(setting("gotest.slow", "false"));
        boolean runFlaky = Boolean.parseBoolean(setting("gotest.flaky", "false"));
        long slowTimeout = Long.parseLong(setting("gotest.slow.timeout", "600"));
        boolean full = Boolean.parseBoolean(setting("gotest.full", "false"));
        long budgetNanos = full ? Long.MAX_VALUE : Long.parseLong(setting("gotest.budget", "240")) * 1_000_000_000L;
        ExpectedFailures expected = ExpectedFailures.read(Path.of(setting("gotest.list", LIST)));

        List<GoTestFile> tests = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder).normalize();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".go")
                        && !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                    GoTestFile t = GoTestFile.read(root, f);
                    if (t.isBareRun() && t.name().contains(filter)) {
                        tests.add(t);
                    }
                }
            }
        }
        // a fixed mix of the folders (by a hash of the name), so that a budgeted run samples all of them
        tests.sort(Comparator.comparingInt((GoTestFile t) -> mix(t.name())).thenComparing(GoTestFile::name));
        List<String> runnable = new ArrayList<>();
        List<String> notReached = new ArrayList<>();
        long start = System.nanoTime();
        Stream<DynamicTest> each = tests.stream().map(t -> DynamicTest.dynamicTest(t.name(), t.file().toUri(), () -> {
            if (System.nanoTime() - start > budgetNanos) {
                tally.overBudget++;
                notReached.add(t.name());
                Assumptions.abort("not run: the suite's time budget (gotest.budget) is spent; -Dgotest.full=true "
                        + "runs every test");
            }
            if (t.excludedBy() != null) {
                tally.excluded++;
                Assumptions.abort("excluded on linux/amd64 by " + t.excludedBy());
            }
            String missing = t.imports().stream().filter(p -> !supports(p)).findFirst().orElse(null);
            if (missing != null) {
                tally.notApplicable.merge(missing, 1, Integer::sum);
                Assumptions.abort("not applicable: imports \"" + missing + "\", which gosub does not have");
            }
            runnable.add(t.name());
            String reason = expected.reason(t.name());
            String category = reason == null ? "" : ExpectedFailures.category(reason);
            if (category.equals(ExpectedFailures.SLOW)) {
                if (!runSlow) {
                    tally.expectedFailures.merge(category, 1, Integer::sum);
                    tally.record(t.name(), "slow", 0, reason);
                    Assumptions.abort(reason + " (not run; -Dgotest.slow=true runs it)");
                }
                judge(t, null, slowTimeout); // slow, not wrong: given the time, it must pass
                return;
            }
            if (category.equals(ExpectedFailures.FLAKY)) {
                if (!runFlaky) {
                    tally.expectedFailures.merge(category, 1, Integer::sum);
                    tally.record(t.name(), "flaky", 0, reason);
                    Assumptions.abort(reason + " (not run; -Dgotest.flaky=true runs it)");
                }
                Verdict v = run(t, timeout);
                tally.record(t.name(), v.passed() ? "flaky-pass" : "flaky-fail", 0, v.summary());
                Assumptions.assumeTrue(v.passed(), "flaky, failed this time: " + v.summary());
                return;
            }
            judge(t, reason, timeout);
        }));
        // last: the list is checked against what ran, and the counts are written down
        DynamicTest listCheck = DynamicTest.dynamicTest("expected-failures.txt", () -> {
            tally.report(Path.of("target/gotest"));
            List<String> problems = new ArrayList<>(expected.problems());
            for (String listed : expected.all().keySet()) {
                if (listed.contains(filter) && !runnable.contains(listed) && !notReached.contains(listed)) {
                    problems.add(listed + " is listed but is no applicable `// run` test here: take it off the list");
                }
            }
            if (!problems.isEmpty()) {
                fail(String.join("\n", problems));
            }
        });
        return Stream.concat(each, Stream.of(listCheck));
    }

    private void judge(GoTestFile t, String expectedReason, long timeoutSeconds) throws IOException {
        long started = System.nanoTime();
        Verdict v = run(t, timeoutSeconds);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (v.passed()) {
            if (expectedReason != null) {
                tally.nowPasses++;
                tally.record(t.name(), "NOW-PASSES", seconds, expectedReason);
                fail("now passes: take it off the list (" + expectedReason + ")");
            }
            tally.passed++;
            tally.record(t.name(), "pass", seconds, "");
            return;
        }
        if (expectedReason != null) {
            tally.expectedFailures.merge(ExpectedFailures.category(expectedReason), 1, Integer::sum);
            tally.record(t.name(), "expected-failure", seconds, v.summary());
            Assumptions.abort("expected failure (" + expectedReason + "): " + v.summary());
        }
        tally.failed++;
        tally.record(t.name(), "FAIL", seconds, v.summary());
        fail(v.summary() + "\n" + v.details());
    }

    /** What a run of T gave, judged as Go's driver judges it. */
    private Verdict run(GoTestFile t, long timeoutSeconds) throws IOException {
        Source source = Source.newBuilder(ProgramRunner.LANGUAGE, t.file().toFile()).build();
        ProgramRunner.Outcome got;
        try (WorkDir workDir = WorkDir.create("gotest")) {
            got = RUNNER.run(source, List.of(t.file().toString()), InputStream.nullInputStream(), workDir.path,
                    timeoutSeconds * 1000, true, DRIVER_ENV);
        }
        String output = got.stdoutText().replace("\r\n", "\n");
        if (got.failure() != null) {
            Throwable e = got.failure();
            return Verdict.failed("internal error: " + e.toString().lines().findFirst().orElse(""),
                    "output:\n" + output);
        }
        if (got.timedOut()) {
            return Verdict.failed("timed out after " + timeoutSeconds + " s"
                    + (got.stopped() ? "" : " (and could not be stopped)"), "output so far:\n" + cap(output));
        }
        Path outFile = t.file().resolveSibling(t.file().getFileName().toString().replaceFirst("\\.go$", ".out"));
        String want = Files.exists(outFile) ? Files.readString(outFile, StandardCharsets.UTF_8) : "";
        if (got.status() != 0) {
            String what = got.compileError() ? "compile error" : "exit status " + got.status();
            return Verdict.failed(what + ": " + keyLine(output), "output:\n" + cap(output));
        }
        if (!output.equals(want)) {
            String label = Files.exists(outFile) ? outFile.getFileName().toString() : "no output";
            return Verdict.failed("output differs: " + firstDifference(want, output),
                    "--- want " + label + ", +++ got:\n" + Diff.unified(want, output));
        }
        return Verdict.PASSED;
    }

    /** A hash of NAME that spreads neighbouring names apart (String.hashCode does not). */
    private static int mix(String name) {
        int h = name.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The line that says most about a failed run: a panic, fatal error or compile error, else the first line. */
    private static String keyLine(String output) {
        List<String> lines = output.lines().toList();
        for (String l : lines) {
            if (l.startsWith("panic: ") || l.startsWith("fatal error: ")) {
                return l;
            }
        }
        return lines.isEmpty() ? "(no output)" : lines.get(0);
    }

    private static String firstDifference(String want, String got) {
        List<String> w = want.lines().toList();
        List<String> g = got.lines().toList();
        for (int i = 0; ; i++) {
            String a = i < w.size() ? w.get(i) : null;
            String b = i < g.size() ? g.get(i) : null;
            if (a == null && b == null) {
                return "line endings";
            }
            if (a == null || !a.equals(b)) {
                return "line " + (i + 1) + ": want " + (a == null ? "nothing" : quote(a)) + ", got "
                        + (b == null ? "nothing" : quote(b));
            }
        }
    }

    private static String quote(String s) {
        return "\"" + (s.length() > 120 ? s.substring(0, 120) + "..." : s) + "\"";
    }

    private static String cap(String s) {
        return s.length() > 4000 ? s.substring(0, 4000) + "\n... (" + (s.length() - 4000) + " more chars)" : s;
    }

    /** Whether gosub has package PATH: a program that only imports it compiles, or fails for another reason. */
    private boolean supports(String path) {
        return supportedPackages.computeIfAbsent(path, p -> {
            String probe = "package main\n\nimport _ \"" + p + "\"\n\nfunc main() {}\n";
            Source source = Source.newBuilder(ProgramRunner.LANGUAGE, probe, "probe.go").buildLiteral();
            ProgramRunner.Outcome o = RUNNER.run(source, "probe.go", 30_000);
            return !(o.compileError() && o.stderr().contains("unsupported: package"));
        });
    }

    private record Verdict(boolean passed, String summary, String details) {
        static final Verdict PASSED = new Verdict(true, "", "");

        static Verdict failed(String summary, String details) {
            return new Verdict(false, summary, details);
        }
    }
}
