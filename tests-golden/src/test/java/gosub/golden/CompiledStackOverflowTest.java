package gosub.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Endless recursion that is compiled before it overflows the M's full default stack (millions of compiled frames)
 * still ends promptly in Go's {@code fatal error: stack overflow}: the program ends a few frames above the overflow
 * (gosub.language.runtime.StackOverflow). Unwinding to the goroutine's top instead deoptimized every compiled frame
 * on the way, one at a time, since Truffle's compiled code of a function that has seen no exception leave it gives
 * up when one does: that took minutes. Every call target is compiled on its first call, in the calling thread. It
 * needs the optimizing runtime: {@code ./gosub test -pl tests-golden -am -Popt -Dtest=CompiledStackOverflowTest}
 * (skipped without it).
 */
class CompiledStackOverflowTest {
    private static final String PROGRAM = """
            package main

            import "fmt"

            type list struct {
            	next *list
            	n    int
            }

            func grow(l *list) int {
            	return grow(&list{next: l, n: l.n + 1}) + 1
            }

            func main() {
            	defer fmt.Println("deferred: not printed")
            	fmt.Println("started")
            	fmt.Println(grow(&list{}))
            }
            """;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void compiledRecursionEndsPromptly() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            assumeFalse(engine.getImplementationName().contains("Interpreted"), "no optimizing Truffle runtime");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (Context ctx = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false")
                        .option("engine.CompileImmediately", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .out(out).err(err).build()) {
            try {
                status = ctx.eval(Source.newBuilder("go", PROGRAM, "deep.go").buildLiteral()).asInt();
            } catch (PolyglotException e) {
                status = e.isExit() ? e.getExitStatus() : -1;
            }
        }
        String errText = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, errText);
        assertEquals("started\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(errText.startsWith("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n"
                        + "goroutine 1 [running]:\nmain.grow(...)\n\tdeep.go:10\nmain.grow(...)\n\tdeep.go:11\n"), errText);
        assertTrue(errText.contains("\tdeep.go:11\n...additional frames elided...\n"), errText);
    }
}
