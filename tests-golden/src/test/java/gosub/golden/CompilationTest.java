package gosub.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * Functions that build values from several child nodes (closures, slice, array and map literals, append of
 * several values, deferred calls, print) compile without a bailout. A node that loops over its children without
 * unrolling the loop calls them through a non-constant receiver, which hands the frame to an unknown method: the
 * compiler gives up on the whole function ("FrameWithoutBoxing should not be materialized"), and the function
 * then runs in the interpreter for good. Every call target is compiled on its first call here, in the calling
 * thread, and a failed compilation throws into the program, which then does not exit normally. It needs the
 * optimizing runtime: {@code ./gosub test -pl tests-golden -Popt -Dtest=CompilationTest} (skipped without it).
 */
class CompilationTest {
    private static final String PROGRAM = """
            package main

            import "fmt"

            func closure(a, b int) func() int {
            	return func() int { return a + b }
            }

            func literals(a, b int) int {
            	m := map[int]int{a: b, b: a}
            	s := []int{a, b}
            	s = append(s, a, b)
            	arr := [2]byte{byte(a), '\\r'}
            	return m[a] + s[1] + len(s) + int(arr[1])
            }

            func deferred(a int) (n int) {
            	defer func(x, y int) { n += x + y }(a, 1)
            	defer print("")
            	print("", a, "\\n")
            	return a
            }

            func main() {
            	n := 0
            	for i := 0; i < 3; i++ {
            		n += closure(i, 1)() + literals(i, 2) + deferred(i)
            	}
            	fmt.Println(n)
            }
            """;

    @Test
    void nodesWithSeveralChildrenCompile() {
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
                        .option("engine.CompilationFailureAction", "Throw")
                        .out(out).err(err).build()) {
            try {
                status = ctx.eval(Source.newBuilder("go", PROGRAM, "compiled.go").buildLiteral()).asInt();
            } catch (PolyglotException e) {
                status = e.isExit() ? e.getExitStatus() : -1;
            }
        }
        String errText = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, errText);
        // what go run prints
        assertEquals("78\n", out.toString(StandardCharsets.UTF_8), errText);
    }
}
