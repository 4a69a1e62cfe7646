package gosub.golden.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import gosub.golden.GoldenTest;
import gosub.golden.ProgramRunner;
import gosub.golden.WorkDir;
import gosub.golden.fuzz.Verdict.Ending;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing: every golden program, edited at random ({@link Mutator}), must still end as a Go program can
 * ({@link Verdict}); gosub must never fail, print Java internals or hang. Runs in process like {@link GoldenTest}.
 *
 * <p>Settings (system properties): {@code fuzz.seed} (default fixed, so a CI run is the same every time),
 * {@code fuzz.mutants} (how many), {@code fuzz.timeout} (seconds per mutant; a mutant that loops forever is fine
 * and stopped at this limit), {@code fuzz.budget} (seconds for the whole campaign: it stops early when over, and
 * says so), {@code fuzz.only} (run just mutant number N of the seed, to reproduce a failure),
 * {@code fuzz.dump=DIR} (write every mutant with gosub's outcome, to compare with Go offline), {@code fuzz.progress=N}
 * (every N mutants, print the mutant about to run, the tally so far and the heap that survives a full GC: a long
 * campaign that dies shows where, and a leak across runs shows as growth).
 * Mutant N of seed S is the same on every machine as long as the golden programs are the same; a failing mutant
 * is also written to {@code target/fuzz/} so that {@code ./gosub run} reproduces it.
 */
class FuzzTest {
    private static final long DEFAULT_SEED = 0x90_5B_F0_22L;
    private static final int DEFAULT_MUTANTS = 2000;
    private static final int MAX_REPORTED = 10;
    private static final ProgramRunner RUNNER = new ProgramRunner(1 << 20);

    @AfterAll
    static void closeEngine() {
        RUNNER.close();
    }

    @Test
    void mutantsEndAsGoProgramsCan() throws IOException {
        long seed = Long.decode(setting("fuzz.seed", Long.toString(DEFAULT_SEED)));
        int count = Integer.parseInt(setting("fuzz.mutants", Integer.toString(DEFAULT_MUTANTS)));
        long timeoutMillis = (long) (Double.parseDouble(setting("fuzz.timeout", "3")) * 1000);
        long budgetNanos = (long) (Double.parseDouble(setting("fuzz.budget", "300")) * 1e9);
        String only = setting("fuzz.only", null);
        String dump = setting("fuzz.dump", null);
        int progress = Integer.parseInt(setting("fuzz.progress", "0"));
        List<Path> programs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Path p : GoldenTest.programs()) {
            String source = Files.readString(p);
            if (!hasLineDirective(source)) {
                programs.add(p);
                sources.add(source);
            }
        }

        Map<Ending, Integer> tally = new EnumMap<>(Ending.class);
        List<String> problems = new ArrayList<>();
        long started = System.nanoTime();
        int first = only == null ? 0 : Integer.parseInt(only);
        int end = only == null ? count : first + 1;
        int ran = 0;
        for (int n = first; n < end; n++) {
            if (System.nanoTime() - started > budgetNanos) {
                System.err.println("fuzz: stopped after " + ran + " of " + count + " mutants: over the "
                        + budgetNanos / 1_000_000_000 + " s budget (fuzz.budget)");
                break;
            }
            int which = n % programs.size();
            String file = programs.get(which).getFileName().toString();
            if (progress > 0 && ran % progress == 0) {
                System.err.println("fuzz: mutant " + n + " (" + file + "), " + (System.nanoTime() - started) / 1_000_000_000
                        + " s, " + tally + ", heap " + heapAfterGc() + " MB after a full GC");
            }
            Mutator.Mutant m = Mutator.mutate(sources.get(which), random(seed, n));
            Source source = Source.newBuilder(ProgramRunner.LANGUAGE, m.source(), file).cached(false).buildLiteral();
            ProgramRunner.Outcome o;
            // mutants of the file programs make, change and remove files: each runs in a directory of its own
            try (WorkDir workDir = WorkDir.create("fuzz")) {
                o = RUNNER.run(source, List.of(file), InputStream.nullInputStream(), workDir.path, timeoutMillis);
            }
            Verdict v = Verdict.of(file, m.source(), o);
            tally.merge(v.ending(), 1, Integer::sum);
            ran++;
            if (dump != null) {
                dump(Path.of(dump), seed, n, file, m, o, v);
            }
            if (v.ending() == Ending.BAD && problems.size() < MAX_REPORTED) {
                Path saved = save(seed, n, file, m.source());
                problems.add("mutant " + n + " of seed " + seed + " (" + file + ": " + m.description() + "): "
                        + v.problem() + "\n  exit status " + o.status() + (o.timedOut() ? " (timed out)" : "")
                        + ", written to " + saved + "\n  reproduce: ./gosub run " + saved
                        + "  or  -Dfuzz.seed=" + seed + " -Dfuzz.only=" + n + "\n  stderr:\n"
                        + indent(limit(o.stderr(), 3000)));
            } else if (v.ending() == Ending.BAD) {
                problems.add("mutant " + n + ": " + v.problem());
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.err.println("fuzz: seed " + seed + ", " + ran + " mutants of " + programs.size() + " programs in "
                + seconds + " s: " + tally);
        if (!problems.isEmpty()) {
            fail(problems.size() + " mutant(s) did not end as a Go program can:\n\n"
                    + String.join("\n\n", problems.subList(0, Math.min(problems.size(), MAX_REPORTED + 1))));
        }
    }

    /**
     * A program with line directives is no seed: its positions are whatever the directives say (another file, a
     * line past its end, no column), which {@link Verdict} cannot tell from a wrong position.
     */
    static boolean hasLineDirective(String source) {
        return source.contains("//line ") || source.contains("/*line ");
    }

    /** The generator of mutant N: depends on the seed and N only, so that one mutant can be made alone. */
    static SplittableRandom random(long seed, int n) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    }

    private static Path save(long seed, int n, String file, String source) throws IOException {
        Path dir = Path.of("target", "fuzz").toAbsolutePath();
        Files.createDirectories(dir);
        Path p = dir.resolve(seed + "-" + n + "-" + file);
        Files.writeString(p, source);
        return p;
    }

    /**
     * DIR/N-FILE (the mutant) and DIR/N-FILE.outcome (the mutation, the ending, the status, the problem if any,
     * and stderr).
     */
    private static void dump(Path dir, long seed, int n, String file, Mutator.Mutant m, ProgramRunner.Outcome o,
            Verdict v) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(n + "-" + file);
        Files.writeString(p, m.source());
        Files.writeString(Path.of(p + ".outcome"), "seed " + seed + "\nmutation " + m.description() + "\nending "
                + v.ending() + "\nstatus " + (o.timedOut() ? "timeout" : Integer.toString(o.status()))
                + (v.problem() == null ? "" : "\nproblem " + limit(v.problem(), 4000)) + "\nstderr\n"
                + limit(o.stderr(), 20_000));
    }

    /** Heap in use after a full collection: what survives runs, so that growth across mutants shows as a leak. */
    private static long heapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static String setting(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "\n... (" + (s.length() - max) + " more chars)";
    }

    private static String indent(String s) {
        return s.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
