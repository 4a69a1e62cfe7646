package gosub.language.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;

/** A constrained context: Go reaches files, the environment and output only as the embedder allows. */
class SandboxTest {
    private static final String SOURCE = """
            package box

            import (
            	"fmt"
            	"os"
            )

            func Open(path string) string {
            	f, err := os.Open(path)
            	if err != nil {
            		return err.Error()
            	}
            	defer f.Close()
            	b := make([]byte, 4)
            	n, _ := f.Read(b)
            	return "read " + string(b[:n])
            }

            func Create(path string) string {
            	err := os.WriteFile(path, []byte("x"), 0o644)
            	if err != nil {
            		return err.Error()
            	}
            	return "written"
            }

            func Env(name string) string {
            	value, found := os.LookupEnv(name)
            	return fmt.Sprintf("%q %v %d", value, found, len(os.Environ()))
            }

            func Hello() { fmt.Println("hello from Go") }

            var spins int

            // Spin starts a goroutine that runs for ever.
            func Spin() {
            	go func() {
            		for {
            			spins++
            		}
            	}()
            }

            // SpinEmpty's goroutine runs a loop without a statement in it.
            func SpinEmpty() {
            	go func() {
            		for {
            		}
            	}()
            }

            func Ping() string { return "pong" }
            """;

    private static Context.Builder constrained(ByteArrayOutputStream out) {
        return Context.newBuilder("go").sandbox(SandboxPolicy.CONSTRAINED).out(out).err(out)
                        .in(new ByteArrayInputStream(new byte[0])).allowCreateThread(true);
    }

    private static Value load(Context ctx) {
        return ctx.eval(Source.newBuilder("go", SOURCE, "box.go").buildLiteral());
    }

    /** Goroutines need threads: a context that may not create them refuses Go with a message saying so, as Go's error. */
    @Test
    void noThreadsIsAClearErrorAndLeavesNoThread() {
        int before = Thread.getAllStackTraces().size();
        for (int i = 0; i < 3; i++) {
            try (Context ctx = Context.create("go")) {
                PolyglotException e = assertThrows(PolyglotException.class, () -> load(ctx));
                assertTrue(e.isGuestException() && !e.isInternalError(), e.toString());
                assertTrue(e.getMessage().contains("allowCreateThread(true)"), e.getMessage());
                PolyglotException main = assertThrows(PolyglotException.class,
                                () -> ctx.eval("go", "package main\n\nfunc main() { println(1) }\n"));
                assertTrue(main.getMessage().contains("allowCreateThread(true)"), main.getMessage());
            }
        }
        assertEquals(before, Thread.getAllStackTraces().size(), "threads left behind");
    }

    @Test
    void noIOMeansNoHostFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = constrained(out).allowIO(IOAccess.NONE).build()) {
            Value box = load(ctx);
            assertEquals("open /etc/passwd: operation not permitted", box.getMember("Open").execute("/etc/passwd").asString());
            assertEquals("open /tmp/gosub-sandbox-test: operation not permitted",
                            box.getMember("Create").execute("/tmp/gosub-sandbox-test").asString());
            box.getMember("Hello").execute();
        }
        assertEquals("hello from Go\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theEmbeddersFileSystemIsTheOnlyOne() throws Exception {
        // a file system that is not the host's: a zip archive holding /data.txt, read-only
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("gosub-sandbox");
        java.nio.file.Path zip = dir.resolve("files.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("data.txt"));
            z.write("data".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.nio.file.FileSystem zipfs = java.nio.file.FileSystems.newFileSystem(zip)) {
            org.graalvm.polyglot.io.FileSystem fs = org.graalvm.polyglot.io.FileSystem.newReadOnlyFileSystem(
                            org.graalvm.polyglot.io.FileSystem.newFileSystem(zipfs));
            try (Context ctx = constrained(out).allowIO(IOAccess.newBuilder().fileSystem(fs).build()).build()) {
                Value box = load(ctx);
                assertEquals("read data", box.getMember("Open").execute("/data.txt").asString());
                // the host's files are not there, and nothing can be written
                assertEquals("open /etc/passwd: no such file or directory", box.getMember("Open").execute("/etc/passwd").asString());
                String denied = box.getMember("Create").execute("/new.txt").asString();
                assertTrue(denied.startsWith("open /new.txt: "), denied);
            }
        }
    }

    @Test
    void noEnvironmentAccessMeansAnEmptyEnvironment() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context ctx = constrained(out).build()) {
            Value box = load(ctx);
            assertEquals("\"\" false 0", box.getMember("Env").execute("PATH").asString());
        }
        // what the embedder hands over is what Go sees
        try (Context ctx = constrained(out).environment("GREETING", "hi").build()) {
            Value box = load(ctx);
            assertEquals("\"hi\" true 1", box.getMember("Env").execute("GREETING").asString());
        }
    }

    @Test
    void theSignalsOptionIsNotForAConstrainedContext() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class, () -> constrained(out).option("go.Signals", "true").build());
        try (Context ctx = constrained(out).option("go.RequireMain", "false").build()) {
            assertEquals("pong", load(ctx).getMember("Ping").execute().asString());
        }
    }

    @Test
    void aStatementLimitStopsARunawayGoroutine() throws Exception {
        statementLimitStops("Spin");
    }

    @Test
    void aStatementLimitStopsAnEmptyLoop() throws Exception {
        statementLimitStops("SpinEmpty");
    }

    private static void statementLimitStops(String spin) throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(200_000, null).build();
        Context ctx = constrained(out).resourceLimits(limits).build();
        PolyglotException stopped = null;
        try {
            Value box = load(ctx);
            // the goroutine that spins is not the calling one: the call returns (unless the limit comes first)
            box.getMember(spin).execute();
            for (int i = 0; i < 100_000; i++) {
                box.getMember("Ping").execute();
                Thread.sleep(1);
            }
        } catch (PolyglotException e) {
            stopped = e;
        }
        assertTrue(stopped != null, "the runaway goroutine was never stopped");
        assertTrue(stopped.isResourceExhausted() || stopped.isCancelled(), stopped.toString());
        try {
            ctx.close();
        } catch (PolyglotException cancelled) {
            // closing a context that a resource limit cancelled reports the cancellation once more
            assertTrue(cancelled.isResourceExhausted() || cancelled.isCancelled(), cancelled.toString());
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t) && !t.getName().startsWith("Truffle") && !t.getName().startsWith("Common-Cleaner")) {
                t.join(10_000);
                assertTrue(!t.isAlive(), "thread left after the limit: " + t.getName());
            }
        }
    }
}
