package gosub.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden transcripts of {@code gosub debug}: for each {@code NAME.go} in {@code src/test/resources/gosub/launcher/debug},
 * the debugger runs in a fresh working directory holding a copy of it, with {@code NAME.in} as its commands on stdin;
 * its stdout (the debugger's and the program's) must be {@code NAME.out}, and it must exit 0.
 */
class DebugTranscriptTest {
    private static final Path DIR = Path.of(System.getProperty("gosub.root", "..")).toAbsolutePath().normalize()
                    .resolve("launcher/src/test/resources/gosub/launcher/debug");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(DIR)) {
            programs = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private void check(Path program) throws Exception {
        String name = program.getFileName().toString();
        String base = name.substring(0, name.length() - 3);
        Path dir = Files.createDirectories(work.resolve(base));
        Files.copy(program, dir.resolve(name));
        ProcessBuilder pb = new ProcessBuilder(LauncherTest.command(false, "debug", name)).directory(dir.toFile())
                        .redirectInput(DIR.resolve(base + ".in").toFile());
        pb.environment().remove("GOMAXPROCS"); // the debugger's own default (1) keeps the transcripts stable
        Process p = pb.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gosub debug " + name + " did not finish in 120 s");
        }
        String stderr = new String(err.get(), StandardCharsets.UTF_8);
        assertEquals(Files.readString(DIR.resolve(base + ".out")), new String(out, StandardCharsets.UTF_8), "stderr: " + stderr);
        assertEquals(0, p.exitValue(), stderr);
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
