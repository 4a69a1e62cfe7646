package gosub.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** os.Args[0] of a program, the name go run gives its binary (Runner.programName). */
class ProgramNameTest {
    @Test
    void fileIsNamedWithoutGo() {
        assertEquals("wc", Runner.programName(Path.of("examples/wc.go")));
        assertEquals("main", Runner.programName(Path.of("main.go")));
    }

    @Test
    void folderIsNamedAfterItself(@TempDir Path dir) throws IOException {
        Path tool = Files.createDirectories(dir.resolve("tool"));
        assertEquals("tool", Runner.programName(tool));
    }

    @Test
    void moduleRootIsNamedAfterTheModulePath(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("checkout"));
        Files.writeString(root.resolve("go.mod"), "// the app\nmodule example.com/app\n\ngo 1.19\n");
        assertEquals("app", Runner.programName(root));
        Files.writeString(root.resolve("go.mod"), "module \"example.com/app/v2\"\n");
        assertEquals("v2", Runner.programName(root));
        Path sub = Files.createDirectories(root.resolve("cmd/tool"));
        assertEquals("tool", Runner.programName(sub));
    }
}
