package gosub.parser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Go source files of this repository that must parse: the golden programs, the standard packages, the examples
 * and the benchmark programs. Found from the grammar module's base directory, so the tests need nothing outside
 * the checkout.
 */
final class RepositoryPrograms {

    /** Folders below the repository root; each is searched recursively for {@code *.go}. */
    private static final List<String> FOLDERS = List.of(
            "tests-golden", "language/src/main/resources/gosub/stdlib", "examples", "bench/programs");

    private RepositoryPrograms() {
    }

    /** Every Go file of {@link #FOLDERS} except the golden programs that are meant to be syntax errors, sorted. */
    static List<Path> all() {
        List<Path> files = FOLDERS.stream()
                .flatMap(folder -> goFiles(folder(folder)))
                .filter(f -> !expectsSyntaxError(f))
                .sorted()
                .toList();
        if (files.size() < 100) {
            fail("only " + files.size() + " Go files under " + root() + " in " + FOLDERS);
        }
        return files;
    }

    /** The golden programs whose recorded stderr is a syntax error: they are written not to parse. */
    static List<Path> syntaxErrors() {
        return goFiles(folder("tests-golden")).filter(RepositoryPrograms::expectsSyntaxError).sorted().toList();
    }

    /** A path relative to the repository root, for messages. */
    static String name(Path file) {
        return root().relativize(file).toString();
    }

    /**
     * A golden test's NAME.err holds a line of the expected stderr; {@code syntax error} there marks a program
     * that is deliberately malformed (the golden test checks the message). A program of several files (a folder
     * NAME/) has its NAME.err beside the folder, where the line of the syntax error names the file.
     */
    private static boolean expectsSyntaxError(Path goFile) {
        String base = goFile.getFileName().toString().replaceFirst("\\.go$", "");
        Path err = goFile.resolveSibling(base + ".err");
        if (Files.isRegularFile(err)) {
            try {
                return Files.readString(err).contains("syntax error");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path folder = goFile.getParent();
        err = folder == null ? null : folder.resolveSibling(folder.getFileName() + ".err");
        if (err == null || !Files.isRegularFile(err)) {
            return false;
        }
        String file = goFile.getFileName() + ":";
        try {
            return Files.readString(err).lines().anyMatch(l -> l.contains("syntax error") && (l.startsWith(file) || l.contains("/" + file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The repository root is the parent of the grammar module. Surefire sets {@code basedir} to the module; an IDE
     * that does not usually runs tests in the module directory.
     */
    private static Path root() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        return module.getParent();
    }

    private static Path folder(String relative) {
        Path dir = root().resolve(relative);
        if (!Files.isDirectory(dir)) {
            fail("no directory " + dir + " (is " + root() + " the repository root?)");
        }
        return dir;
    }

    /** Maven's {@code target} folders may hold copies of the sources. */
    private static boolean underBuildOutput(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static Stream<Path> goFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".go") && !underBuildOutput(dir.relativize(p)))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
