package gosub.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * Endless recursion ends as in Go: {@code fatal error: stack overflow}, the innermost 100 frames and exit status 2,
 * with no deferred call run, in main or in a goroutine. The Ms get a small stack (go.StackMiB) so that the overflow
 * comes within a few thousand calls; at the default it takes hundreds of thousands.
 */
class StackOverflowTest {
    private static final String HEADER = "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n";

    private record Run(int status, String out, String err) {
    }

    private static Run run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (Context ctx = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").option("go.StackMiB", "8").out(out).err(err).build()) {
            try {
                status = ctx.eval(Source.newBuilder("go", program, "deep.go").buildLiteral()).asInt();
            } catch (PolyglotException e) {
                status = e.isExit() ? e.getExitStatus() : -1;
            }
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String GROW = """
            type list struct {
            	next *list
            	n    int
            }

            func grow(l *list) int {
            	return grow(&list{next: l, n: l.n + 1}) + 1
            }
            """;

    /** The report's frames: the innermost is grow at its entry (line 10), the 99 below it at the call (line 11). */
    private static void assertGrowFrames(String err) {
        assertTrue(err.contains("main.grow(...)\n\tdeep.go:10\nmain.grow(...)\n\tdeep.go:11\n"), err);
        assertEquals(100, err.lines().filter(l -> l.equals("main.grow(...)")).count(), err);
        assertTrue(err.contains("\tdeep.go:11\n...additional frames elided...\n"), err);
    }

    @Test
    void inMain() {
        Run r = run("""
                package main

                import "fmt"

                """ + GROW + """

                func main() {
                	defer fmt.Println("deferred: not printed")
                	fmt.Println("started")
                	fmt.Println(grow(&list{}))
                }
                """);
        assertEquals(2, r.status(), r.err());
        assertEquals("started\n", r.out());
        assertTrue(r.err().startsWith(HEADER + "goroutine 1 [running]:\nmain.grow(...)\n"), r.err());
        assertGrowFrames(r.err());
        assertFalse(r.err().contains("created by"), r.err());
    }

    @Test
    void inAGoroutine() {
        Run r = run("""
                package main

                import "fmt"

                """ + GROW + """

                func main() {
                	defer fmt.Println("deferred in main: not printed")
                	done := make(chan int)
                	go func() {
                		defer fmt.Println("deferred in the goroutine: not printed")
                		done <- grow(&list{})
                	}()
                	fmt.Println("started")
                	fmt.Println(<-done)
                }
                """);
        assertEquals(2, r.status(), r.err());
        assertEquals("started\n", r.out());
        assertTrue(r.err().startsWith(HEADER + "goroutine 2 [running]:\nmain.grow(...)\n"), r.err());
        assertGrowFrames(r.err());
        assertTrue(r.err().contains("...additional frames elided...\ncreated by main.main in goroutine 1\n\tdeep.go:17\n"), r.err());
    }

    /**
     * A goroutine that blocks now and then as it recurses: its older frames are saved in the heap each time and only
     * the newest come back onto the M's stack, so the M's stack alone would never fill. The count of calls under way
     * stops it all the same.
     */
    @Test
    void recursionThatBlocks() {
        Run r = run("""
                package main

                import (
                	"fmt"
                	"runtime"
                )

                func dig(n int) int {
                	if n%100 == 0 {
                		runtime.Gosched()
                	}
                	return dig(n+1) + 1
                }

                func main() {
                	fmt.Println("started")
                	fmt.Println(dig(1))
                }
                """);
        assertEquals(2, r.status(), r.err());
        assertEquals("started\n", r.out());
        assertTrue(r.err().startsWith(HEADER + "goroutine 1 [running]:\nmain.dig(...)\n"), r.err());
        assertTrue(r.err().contains("...additional frames elided...\n"), r.err());
    }

    /** A goroutine deep in calls that blocks again and again keeps its stack, and deep recursion that ends is fine. */
    @Test
    void deepButFinite() {
        Run r = run("""
                package main

                import "fmt"

                func down(n int, c chan int) int {
                	if n == 0 {
                		return <-c + <-c
                	}
                	return down(n-1, c) + 1
                }

                func count(n int) int {
                	if n == 0 {
                		return 0
                	}
                	return count(n-1) + 1
                }

                func main() {
                	c := make(chan int)
                	r := make(chan int)
                	go func() { r <- down(1000, c) }()
                	c <- 1
                	c <- 2
                	fmt.Println(<-r, count(2000))
                }
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("1003 2000\n", r.out());
    }
}
