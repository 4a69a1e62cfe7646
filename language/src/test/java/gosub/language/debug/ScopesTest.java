package gosub.language.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;

/**
 * What Truffle's Debugger API shows of a suspended Go function: the locals visible at the statement (the innermost
 * of a shadowed name, none declared later), parameters, named results, the receiver, a closure's captured
 * variables, package-level variables through the top scope, and values as Go's %v prints them, expandable.
 */
class ScopesTest {
    private static final String PROGRAM = """
                    package main

                    import "fmt"

                    var counter = 7

                    type Point struct {
                    	X, y int
                    }

                    func (p *Point) Move(dx int) (moved bool) {
                    	p.X += dx
                    	return true
                    }

                    func main() {
                    	x := 1
                    	s := []int{10, 20}
                    	if x := "inner"; x != "" {
                    		fmt.Println(x)
                    	}
                    	add := func(d int) {
                    		x += d
                    	}
                    	add(2)
                    	p := &Point{X: 1, y: 2}
                    	p.Move(3)
                    	later := 5
                    	fmt.Println(x, later, s, p.X, counter)
                    }
                    """;

    /** What one suspension showed: each scope's declared values (innermost scope first) and the receiver. */
    private record Stop(int line, List<Map<String, String>> scopes, String receiver, Map<String, String> globals, String fields) {
    }

    private static List<Stop> runTo(int... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Stop> stops = new ArrayList<>();
        try (Context ctx = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").out(out).err(out).build()) {
            Source src = Source.newBuilder("go", PROGRAM, "prog.go").buildLiteral();
            Debugger debugger = Debugger.find(ctx.getEngine());
            try (DebuggerSession session = debugger.startSession(event -> {
                DebugStackFrame top = event.getTopStackFrame();
                List<Map<String, String>> scopes = new ArrayList<>();
                String receiver = null;
                String fields = null;
                for (DebugScope s = top.getScope(); s != null; s = s.getParent()) {
                    Map<String, String> vals = new LinkedHashMap<>();
                    for (DebugValue v : s.getDeclaredValues()) {
                        vals.put(v.getName(), v.toDisplayString());
                        if (v.getName().equals("p") && v.getProperties() != null) {
                            List<String> fs = new ArrayList<>();
                            v.getProperties().forEach(f -> fs.add(f.getName() + "=" + f.toDisplayString()));
                            fields = String.join(",", fs);
                        }
                    }
                    if (s.getReceiver() != null) {
                        receiver = s.getReceiver().getName() + "=" + s.getReceiver().toDisplayString();
                        List<String> fs = new ArrayList<>();
                        s.getReceiver().getProperties().forEach(f -> fs.add(f.getName() + "=" + f.toDisplayString()));
                        fields = String.join(",", fs);
                    }
                    scopes.add(vals);
                }
                Map<String, String> globals = new LinkedHashMap<>();
                for (DebugValue v : event.getSession().getTopScope("go").getDeclaredValues()) {
                    globals.put(v.getName(), v.toDisplayString());
                }
                stops.add(new Stop(event.getSourceSection().getStartLine(), scopes, receiver, globals, fields));
            })) {
                for (int line : lines) {
                    session.install(Breakpoint.newBuilder(src.getURI()).lineIs(line).build());
                }
                ctx.eval(src);
            }
        }
        assertEquals("inner\n3 5 [10 20] 4 7\n", out.toString(StandardCharsets.UTF_8));
        return stops;
    }

    @Test
    void innermostShadowingVariableWinsAndLaterOnesAreNotShown() {
        Stop s = runTo(20).get(0);
        assertEquals(20, s.line());
        // block: the if's x (a string) hides main's x; add, p and later are declared further down
        assertEquals(Map.of("x", "inner"), s.scopes().get(0).entrySet().stream().filter(e -> e.getKey().equals("x"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals(List.of("s", "x"), new ArrayList<>(s.scopes().get(0).keySet())); // in source order, one x
        assertEquals("[10 20]", s.scopes().get(0).get("s"));
        assertEquals(Map.of(), s.scopes().get(1)); // main has no parameters
        assertEquals(Map.of("counter", "7"), s.globals());
    }

    @Test
    void closureSeesItsParameterAndCapturedVariable() {
        Stop s = runTo(23).get(0);
        assertEquals(Map.of(), s.scopes().get(0));
        assertEquals(Map.of("d", "2"), s.scopes().get(1));
        assertEquals(Map.of("x", "1"), s.scopes().get(2)); // main's x, captured
        assertEquals(3, s.scopes().size());
    }

    @Test
    void methodShowsReceiverParametersAndNamedResults() {
        Stop s = runTo(12).get(0);
        assertEquals(Map.of("dx", "3", "moved", "false"), s.scopes().get(1));
        assertEquals("p=&{1 2}", s.receiver());
        assertEquals("X=1,y=2", s.fields()); // unexported fields too, as a Go debugger shows them
    }

    @Test
    void localsOfMainAfterTheCalls() {
        Stop s = runTo(29).get(0);
        Map<String, String> block = s.scopes().get(0);
        assertEquals("3", block.get("x"));
        assertEquals("5", block.get("later"));
        assertEquals("&{4 2}", block.get("p"));
        assertNotNull(block.get("add"));
        assertNull(s.receiver());
    }

    private static final String RANGE_FUNC_PROGRAM = """
                    package main

                    import "fmt"

                    func pairs(n int) func(func(int, string) bool) {
                    	return func(yield func(int, string) bool) {
                    		for i := 0; i < n; i++ {
                    			if !yield(i, fmt.Sprint("#", i)) {
                    				return
                    			}
                    		}
                    	}
                    }

                    func show(s string) {
                    	fmt.Println(s)
                    }

                    func run(limit int) int {
                    	base := 100
                    	total := 0
                    	f := func() {
                    		for k, v := range pairs(limit) {
                    			inner := base + k
                    			total += inner
                    			show(v)
                    		}
                    		after := total
                    		fmt.Println(after)
                    	}
                    	f()
                    	return total
                    }

                    func main() {
                    	fmt.Println(run(2))
                    }
                    """;

    /** A frame of a suspension: its function's name and each scope's declared values, innermost scope first. */
    private record FrameView(String name, List<Map<String, String>> scopes) {
    }

    /** The stack (innermost frame first) at the first suspension on line of the range-over-function program. */
    private static List<FrameView> rangeFuncStackAt(int line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<FrameView> frames = new ArrayList<>();
        try (Context ctx = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").out(out).err(out).build()) {
            Source src = Source.newBuilder("go", RANGE_FUNC_PROGRAM, "rangefunc.go").buildLiteral();
            try (DebuggerSession session = Debugger.find(ctx.getEngine()).startSession(event -> {
                if (!frames.isEmpty()) {
                    return;
                }
                for (DebugStackFrame f : event.getStackFrames()) {
                    List<Map<String, String>> scopes = new ArrayList<>();
                    for (DebugScope s = f.getScope(); s != null; s = s.getParent()) {
                        Map<String, String> vals = new LinkedHashMap<>();
                        for (DebugValue v : s.getDeclaredValues()) {
                            vals.put(v.getName(), v.toDisplayString());
                        }
                        scopes.add(vals);
                    }
                    frames.add(new FrameView(f.getName(), scopes));
                }
            })) {
                session.install(Breakpoint.newBuilder(src.getURI()).lineIs(line).build());
                ctx.eval(src);
            }
        }
        assertEquals("#0\n#1\n201\n201\n", out.toString(StandardCharsets.UTF_8));
        return frames;
    }

    @Test
    void rangeOverFunctionBodySeesItsLoopVariablesAndTheFunctionsVariables() {
        FrameView body = rangeFuncStackAt(25).get(0);
        assertEquals("main.run.func1-range1", body.name());
        // the body's locals and the loop's variables, in source order; after is declared after the loop
        assertEquals(List.of("k", "v", "inner"), new ArrayList<>(body.scopes().get(0).keySet()));
        assertEquals(Map.of("k", "0", "v", "#0", "inner", "100"), body.scopes().get(0));
        assertEquals(Map.of(), body.scopes().get(1)); // the literal has no parameters
        assertEquals(Map.of("base", "100", "total", "0", "limit", "2"), body.scopes().get(2)); // captured by the literal
    }

    @Test
    void rangeOverFunctionBodyBelowACallShowsTheSameVariables() {
        List<FrameView> stack = rangeFuncStackAt(16);
        assertEquals("main.show", stack.get(0).name());
        assertEquals(Map.of("s", "#0"), stack.get(0).scopes().get(1));
        // the body's own frame is the yield call's; its variables are those of the frame it runs in
        FrameView body = stack.get(1);
        assertEquals("main.run.func1-range1", body.name());
        assertEquals(Map.of("k", "0", "v", "#0", "inner", "100"), body.scopes().get(0));
        assertEquals(Map.of("base", "100", "total", "100", "limit", "2"), body.scopes().get(2));
    }
}
