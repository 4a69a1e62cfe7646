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
 * Functions that build values from several child nodes (closures, slice, array and map literals, append of
 * several values, deferred calls, print), and those with deferred or go'd calls of declared functions, compile
 * without a bailout. A node that loops over its children without
 * unrolling the loop calls them through a non-constant receiver, which hands the frame to an unknown method: the
 * compiler gives up on the whole function ("FrameWithoutBoxing should not be materialized"), and the function
 * then runs in the interpreter for good. Every call target is compiled on its first call here, in the calling
 * thread, and a failed compilation throws into the program, which then does not exit normally. Compiled endless
 * recursion ends as Go's stack overflow, promptly. It needs the optimizing runtime: {@code ./gosub test -pl tests-golden -Popt -Dtest=CompilationTest} (skipped without it).
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

    /**
     * A deferred or go'd call of a declared function or method resolves its callee (building it on first use) once,
     * in the interpreter: compiled code that reached the builder gave up on the whole function ("too deep
     * inlining"), so every goroutine body with a {@code defer wg.Done()} stayed interpreted.
     */
    private static final String STATIC_DEFER_AND_GO = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func worker(wg *sync.WaitGroup, c chan int, v int) {
            	defer wg.Done()
            	c <- v * v
            }

            func cleanup(n *int) { *n += 100 }

            func spawn(n int) (sum int) {
            	defer cleanup(&sum)
            	var wg sync.WaitGroup
            	c := make(chan int, n)
            	for i := 0; i < n; i++ {
            		wg.Add(1)
            		go worker(&wg, c, i)
            	}
            	wg.Wait()
            	close(c)
            	for v := range c {
            		sum += v
            	}
            	return sum
            }

            func main() {
            	fmt.Println(spawn(3), spawn(4))
            }
            """;

    private static final String ENDLESS_RECURSION = """
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
    void nodesWithSeveralChildrenCompile() {
        // what go run prints
        assertEquals("78\n", runCompilingEverything(PROGRAM));
    }

    @Test
    void deferredAndGoStatementsOfDeclaredFunctionsCompile() {
        // what go run prints
        assertEquals("105 114\n", runCompilingEverything(STATIC_DEFER_AND_GO));
    }

    /**
     * Endless recursion that is compiled before it overflows the M's full default stack ends promptly in Go's
     * {@code fatal error: stack overflow}: the count of calls under way stops it with room to spare, and the program
     * ends a few frames above (gosub.language.runtime.StackOverflow). Unwinding to the goroutine's top instead
     * deoptimized every compiled frame on the way, one at a time (a compiled call target gives up when an exception
     * type it has not seen leaves it): that took minutes.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void compiledEndlessRecursionEndsPromptly() {
        Outcome r = run(ENDLESS_RECURSION);
        assertEquals(2, r.status(), r.err());
        assertEquals("started\n", r.out());
        assertTrue(r.err().startsWith("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n"
                        + "goroutine 1 [running]:\nmain.grow(...)\n\tcompiled.go:10\nmain.grow(...)\n\tcompiled.go:11\n"), r.err());
        assertTrue(r.err().contains("\tcompiled.go:11\n...additional frames elided...\n"), r.err());
    }

    private static String runCompilingEverything(String program) {
        Outcome r = run(program);
        assertEquals(0, r.status(), r.err());
        return r.out();
    }

    private record Outcome(int status, String out, String err) {
    }

    /** Runs PROGRAM with every call target compiled on its first call, in the calling thread. */
    private static Outcome run(String program) {
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
                status = ctx.eval(Source.newBuilder("go", program, "compiled.go").buildLiteral()).asInt();
            } catch (PolyglotException e) {
                status = e.isExit() ? e.getExitStatus() : -1;
            }
        }
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
