package gosub.language.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * Function roots, statements and calls carry source sections and are instrumentable: a tool attached through
 * Truffle's instrumentation API sees each one the program runs, at its lines and columns, in execution order.
 */
class InstrumentationTest {
    private static final String PROGRAM = """
                    package main

                    import "fmt"

                    func square(x int) int {
                    	return x * x
                    }

                    func main() {
                    	s := square(3)
                    	for i := 0; i < 2; i++ {
                    		s += i
                    	}
                    	fmt.Println(s)
                    }
                    """;

    private record Run(int status, String out, String err, List<String> events) {
    }

    private static Run run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").out(out).err(err).build()) {
            EventRecorder recorder = ctx.getEngine().getInstruments().get(EventRecorder.ID).lookup(EventRecorder.class);
            int status;
            try {
                status = ctx.eval(Source.newBuilder("go", program, "prog.go").buildLiteral()).asInt();
            } catch (PolyglotException e) {
                if (!e.isExit()) {
                    throw e;
                }
                status = e.getExitStatus();
            }
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), recorder.events());
        }
    }

    @Test
    void toolSeesRootsStatementsAndCallsAtTheirPlaces() {
        Run r = run(PROGRAM);
        assertEquals(0, r.status(), r.err());
        assertEquals("10\n", r.out());
        List<String> expected = List.of(
                        "root 9:1-15:1", // main, from func to its closing brace
                        "statement 10:2-10:15", "call 10:7-10:15", // s := square(3)
                        "root 5:1-7:1", "statement 6:2-6:13", // square and its return
                        "statement 11:2-13:2", "statement 11:6-11:25", // the for statement (to its brace), i := 0
                        "statement 12:3-12:8", "statement 11:21-11:25", // its body, then i++ (each to the end of its line)
                        "statement 12:3-12:8", "statement 11:21-11:25",
                        "statement 14:2-14:15", "call 14:2-14:15"); // fmt.Println(s)
        assertEquals(expected, r.events());
    }

    @Test
    void panicsKeepTheirLinesWhenStatementsAreWrapped() {
        Run r = run("""
                        package main

                        func at(xs []int, i int) int {
                        	return xs[i]
                        }

                        func main() {
                        	println(at([]int{1}, 0))
                        	println(at([]int{1}, 5))
                        }
                        """);
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("index out of range [5] with length 1"), r.err());
        assertTrue(r.err().contains("prog.go:4"), r.err());
        assertTrue(r.err().contains("prog.go:9"), r.err());
        assertTrue(r.events().contains("statement 4:2-4:13"), r.events().toString());
    }
}
