package gosub.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh, empty working directory for one run of a program, removed with whatever the program left in it. Golden
 * programs make and remove files, and mutants of them (FuzzTest) may remove what they did not make: each runs in
 * a directory of its own, never in the repository.
 */
public final class WorkDir implements AutoCloseable {
    public final Path path;

    private WorkDir(Path path) {
        this.path = path;
    }

    public static WorkDir create(String name) throws IOException {
        return new WorkDir(Files.createTempDirectory("golden-" + name + "-"));
    }

    /** Removes the directory and everything below it; symbolic links are removed, not followed. */
    @Override
    public void close() {
        if (!Files.exists(path)) {
            return; // the program removed its working directory itself
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the working directory " + path, e);
        }
    }
}
