package gosub.language.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * A call from Java whose goroutine runs the JVM out of memory ends the runtime as Go's fatal error ends a process,
 * and the caller gets that exit (it used to wait for ever: the goroutine's call had been forgotten before the
 * runtime ended). The heap is filled in a child JVM with a small heap, so this test's own JVM is never short of it.
 */
class OutOfMemoryCallTest {

    @Test
    void callThatExhaustsTheHeapFailsWithTheRuntimesExit() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-Xmx96m", "-XX:+UseParallelGC",
                        "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                        "--sun-misc-unsafe-memory-access=allow", "-Dpolyglot.engine.WarnInterpreterOnly=false",
                        "-cp", System.getProperty("java.class.path"), Child.class.getName()));
        Path log = Files.createTempFile("gosub-oom", ".txt");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(ended, "the call never returned:\n" + out);
        assertTrue(out.contains("fatal error: runtime: out of memory"), out);
        assertTrue(out.contains("call ended: exit 2"), out);
        assertEquals(0, p.exitValue(), out);
    }

    /** The child JVM: one call that allocates until the heap is gone. */
    public static final class Child {
        public static void main(String[] args) {
            try (Context ctx = Context.newBuilder("go").allowCreateThread(true).build()) {
                Value pkg = ctx.eval(Source.newBuilder("go", """
                                package hog

                                func Fill() int {
                                	var all [][]byte
                                	for {
                                		all = append(all, make([]byte, 1<<20))
                                	}
                                }
                                """, "hog.go").buildLiteral());
                try {
                    pkg.getMember("Fill").execute();
                    System.out.println("call returned");
                } catch (PolyglotException e) {
                    System.out.println("call ended: " + (e.isExit() ? "exit " + e.getExitStatus() : e.getMessage()));
                }
            }
            System.out.flush();
        }
    }
}
