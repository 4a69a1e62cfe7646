package gosub.language.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * os.Rename is rename(2): across file systems it fails with EXDEV, as in Go, instead of copying (which is what
 * Java's move would do without ATOMIC_MOVE). Needs /dev/shm on another file system than the temporary directory.
 */
class CrossDeviceRenameTest {
    @Test
    void renameAcrossFileSystemsIsExdev(@TempDir Path dir) throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeFalse(!Files.isDirectory(shm) || Files.getFileStore(shm).equals(Files.getFileStore(dir)),
                        "no /dev/shm on a file system of its own");
        Path from = Files.createTempFile(shm, "gosub-rename-", ".txt");
        Path to = dir.resolve("moved.txt");
        try {
            String program = """
                            package main

                            import (
                            	"errors"
                            	"fmt"
                            	"os"
                            	"syscall"
                            )

                            func main() {
                            	err := os.Rename("%s", "%s")
                            	var le *os.LinkError
                            	fmt.Println(errors.As(err, &le), le.Op, le.Err, errors.Is(err, syscall.EXDEV))
                            }
                            """.formatted(from, to);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Context ctx = Context.newBuilder("go").allowAllAccess(true).allowExperimentalOptions(true)
                            .option("engine.WarnInterpreterOnly", "false").out(out).build()) {
                assertEquals(0, ctx.eval(Source.newBuilder("go", program, "prog.go").buildLiteral()).asInt());
            }
            assertEquals("true rename invalid cross-device link true\n", out.toString(StandardCharsets.UTF_8));
            assertEquals(true, Files.exists(from), "nothing was copied or moved");
            assertEquals(false, Files.exists(to));
        } finally {
            Files.deleteIfExists(from);
        }
    }
}
