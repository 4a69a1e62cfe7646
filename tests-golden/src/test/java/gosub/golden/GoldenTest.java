package gosub.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code NAME.go} below the golden folder (this module's directory, or {@code -Dgolden.dir=DIR}; programs
 * sit in sub-folders by area: {@code lang/}, {@code chan/}, {@code std/}, …) in process ({@link ProgramRunner}: a
 * fresh context of one shared engine, in a fresh empty working directory) and checks that:
 * <ul>
 *   <li>stdout equals {@code NAME.out} byte for byte;</li>
 *   <li>the exit status equals {@code NAME.code} (0 without the file; a compile error is status 1);</li>
 *   <li>stderr (for a compile error: the error message) contains each line of {@code NAME.err}, if any.</li>
 * </ul>
 * The program reads {@code NAME.in} as its standard input (none without the file) and gets the lines of
 * {@code NAME.args} as its arguments, {@code os.Args[1:]}, and the variables of {@code NAME.env} ({@code NAME=VALUE}
 * lines, e.g. {@code GOTRACEBACK=all}) in its environment besides the process's.
 * {@code GOLDEN_FILTER=substr} (environment variable or system property) runs only the programs whose path below
 * the golden folder contains it ({@code lang/}, {@code chan_}); {@code GOLDEN_TIMEOUT=seconds} (default 30) bounds
 * each program.
 * <p>A folder {@code AREA/NAME/} is one program of several files (a {@code go.mod} and packages, or just files of
 * package main): it is copied into the fresh working directory and run there as {@code gosub run .} runs it, or with
 * the package arguments in {@code AREA/NAME.run} (one per line, e.g. {@code a.go} and {@code b.go}); its
 * {@code NAME.out} and the other files sit beside the folder.
 */
public class GoldenTest {
    /** Enough for any golden program's output; more means a runaway program. */
    private static final int OUTPUT_LIMIT = 64 << 20;
    private static final ProgramRunner RUNNER = new ProgramRunner(OUTPUT_LIMIT);

    public static String setting(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isEmpty()) {
            v = System.getenv(name);
        }
        return v == null || v.isEmpty() ? null : v;
    }

    public static Path goldenDir() {
        String dir = System.getProperty("golden.dir");
        return Path.of(dir == null ? "." : dir).toAbsolutePath().normalize();
    }

    /**
     * The golden programs of one file (AREA/NAME.go) below the golden folder, sorted by path; the module's src and
     * target are not, nor the files of folder programs.
     */
    public static List<Path> programs() throws IOException {
        Path root = goldenDir();
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".go") && Files.isRegularFile(p))
                    .filter(p -> !root.relativize(p).startsWith("src") && !root.relativize(p).startsWith("target"))
                    .sorted()
                    .toList();
        }
    }

    /** The golden programs of several files: the folders AREA/NAME/ below the golden folder, sorted by path. */
    public static List<Path> folderPrograms() throws IOException {
        Path root = goldenDir();
        try (Stream<Path> dirs = Files.walk(root, 2)) {
            return dirs.filter(p -> root.relativize(p).getNameCount() == 2 && Files.isDirectory(p))
                    .filter(p -> !root.relativize(p).startsWith("src") && !root.relativize(p).startsWith("target"))
                    .sorted()
                    .toList();
        }
    }

    /** A program's path below the golden folder without {@code .go}, e.g. {@code lang/lang_arrays}: its test name. */
    public static String label(Path goFile) {
        String rel = goldenDir().relativize(goFile).toString();
        return rel.endsWith(".go") ? rel.substring(0, rel.length() - ".go".length()) : rel + "/";
    }

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        String filter = setting("GOLDEN_FILTER");
        long timeout = Long.parseLong(setting("GOLDEN_TIMEOUT") == null ? "30" : setting("GOLDEN_TIMEOUT"));
        return Stream.concat(programs().stream(), folderPrograms().stream())
                .filter(p -> filter == null || label(p).contains(filter))
                .map(p -> DynamicTest.dynamicTest(label(p), p.toUri(), () -> check(p, timeout)));
    }

    @AfterAll
    static void closeEngine() {
        RUNNER.close();
    }

    public static String name(Path goFile) {
        String f = goFile.getFileName().toString();
        return f.endsWith(".go") ? f.substring(0, f.length() - ".go".length()) : f;
    }

    private static void check(Path goFile, long timeoutSeconds) throws Exception {
        boolean folder = Files.isDirectory(goFile);
        Path base = goFile.resolveSibling(name(goFile));
        Path outFile = Path.of(base + ".out");
        Path codeFile = Path.of(base + ".code");
        Path errFile = Path.of(base + ".err");
        Path inFile = Path.of(base + ".in");
        Path argsFile = Path.of(base + ".args");
        Path envFile = Path.of(base + ".env");

        List<String> args = new ArrayList<>(List.of(folder ? name(goFile) : goFile.toString()));
        if (Files.exists(argsFile)) {
            args.addAll(Files.readAllLines(argsFile));
        }
        Path runFile = Path.of(base + ".run");
        Source source = folder
                // what `gosub run .` (or `gosub run a.go b.go`) gives the language
                ? Source.newBuilder(ProgramRunner.LANGUAGE, Files.exists(runFile) ? Files.readString(runFile) : ".", name(goFile))
                        .mimeType(ProgramRunner.RUN_MIME).build()
                : Source.newBuilder(ProgramRunner.LANGUAGE, goFile.toFile()).build();
        ProgramRunner.Outcome got;
        try (WorkDir workDir = WorkDir.create(name(goFile));
                InputStream stdin = Files.exists(inFile) ? Files.newInputStream(inFile) : InputStream.nullInputStream()) {
            if (folder) {
                copyTree(goFile, workDir.path);
            }
            got = RUNNER.run(source, args, stdin, workDir.path, timeoutSeconds * 1000, false, environment(envFile));
        }
        if (got.failure() instanceof Exception e) {
            throw e;
        } else if (got.failure() != null) {
            throw new AssertionError(got.failure());
        }
        if (got.timedOut()) {
            String partial = got.stdoutText();
            fail("timed out after " + timeoutSeconds + " s" + (got.stopped() ? "" : " (and could not be stopped)")
                    + "; stdout so far:\n" + (partial.length() > 2000 ? partial.substring(0, 2000) + "..." : partial)
                    + "\nstderr so far:\n" + got.stderr());
        }
        if (!got.stopped()) {
            System.err.println("warning: " + goFile.getFileName() + ": context did not close within 10 s");
        }

        List<String> problems = new ArrayList<>();
        if (!Files.exists(outFile)) {
            problems.add("missing " + outFile.getFileName());
        } else {
            byte[] want = Files.readAllBytes(outFile);
            if (!Arrays.equals(want, got.stdout())) {
                problems.add("stdout differs (--- want " + outFile.getFileName() + ", +++ got):\n"
                        + Diff.unified(text(want), got.stdoutText()));
            }
        }
        int wantStatus = Files.exists(codeFile) ? Integer.parseInt(Files.readString(codeFile).strip()) : 0;
        if (got.status() != wantStatus) {
            problems.add("exit status " + got.status() + ", want " + wantStatus);
        }
        if (Files.exists(errFile)) {
            for (String wantErr : Files.readString(errFile).lines().toList()) {
                if (!got.stderr().contains(wantErr)) {
                    problems.add("stderr lacks: " + wantErr);
                }
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

    /** The variables NAME.env sets for the program, one {@code NAME=VALUE} a line (none without the file). */
    private static java.util.Map<String, String> environment(Path envFile) throws IOException {
        java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
        if (Files.exists(envFile)) {
            for (String line : Files.readAllLines(envFile)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq), line.substring(eq + 1));
                } else if (!line.isBlank()) {
                    throw new IllegalArgumentException(envFile + ": not NAME=VALUE: " + line);
                }
            }
        }
        return env;
    }

    /** Copies the files and folders below FROM into TO (a folder program's files into its working directory). */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Removes what a program left in its working directory (it may have made read-only files and folders). */
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
