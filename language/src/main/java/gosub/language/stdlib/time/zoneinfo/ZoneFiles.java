package gosub.language.stdlib.time.zoneinfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file system zone files are read from: the embedder's (Truffle's) for a program, so that a relative ZONEINFO
 * is taken from the program's working directory and an embedder's refusal of IO holds; the process's in tests.
 * Failures are the JDK's exceptions (NoSuchFileException, AccessDeniedException, SecurityException for a refusal).
 */
public interface ZoneFiles {
    byte[] read(String path) throws IOException;

    boolean isDirectory(String path);

    boolean exists(String path);

    long size(String path) throws IOException;

    /** The process's own file system. */
    ZoneFiles PROCESS = new ZoneFiles() {
        @Override
        public byte[] read(String path) throws IOException {
            return Files.readAllBytes(Path.of(path));
        }

        @Override
        public boolean isDirectory(String path) {
            return Files.isDirectory(Path.of(path));
        }

        @Override
        public boolean exists(String path) {
            return Files.exists(Path.of(path));
        }

        @Override
        public long size(String path) throws IOException {
            return Files.size(Path.of(path));
        }
    };
}
