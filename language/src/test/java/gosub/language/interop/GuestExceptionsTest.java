package gosub.language.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;

/** A Go call that panics, dies of a fatal error or exits reaches Java as a guest exception in Go's words. */
class GuestExceptionsTest {
    private static final String SOURCE = """
            package risky

            import (
            	"errors"
            	"os"
            )

            type BadInput struct{ Field string }

            func (b BadInput) Error() string { return "bad input in " + b.Field }

            func Index(xs []int, i int) int { return xs[i] }

            func inner(v interface{}) { panic(v) }

            func outer(v interface{}) { inner(v) }

            func Panic(msg string) { outer(msg) }

            func PanicError() { outer(BadInput{"name"}) }

            func PanicWrapped() { panic(errors.New("wrapped")) }

            func Exit(code int) { os.Exit(code) }

            func Deadlock() { <-make(chan int) }

            func Call(f func() int) int { return f() }

            func Recovered(f func() int) (r string) {
            	defer func() { r = recover().(error).Error() }()
            	f()
            	return "no panic"
            }
            """;

    private static Context newContext() {
        return Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").build();
    }

    private static Value load(Context ctx) {
        return ctx.eval(Source.newBuilder("go", SOURCE, "risky.go").buildLiteral());
    }

    private static List<String> goFrames(PolyglotException e) {
        List<String> names = new ArrayList<>();
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            if (f.isGuestFrame()) {
                names.add(f.getRootName());
            }
        }
        return names;
    }

    @Test
    void aPanicIsAGuestExceptionWithGoFrames() {
        try (Context ctx = newContext()) {
            Value risky = load(ctx);
            PolyglotException e = assertThrows(PolyglotException.class, () -> risky.getMember("Panic").execute("boom"));
            assertTrue(e.isGuestException());
            assertFalse(e.isInternalError());
            assertFalse(e.isExit());
            assertEquals("panic: boom", e.getMessage());
            List<String> frames = goFrames(e);
            assertTrue(frames.containsAll(List.of("risky.inner", "risky.outer", "risky.Panic")), frames.toString());
            assertEquals("boom", e.getGuestObject().asString(), "the guest object is the panic value");
        }
    }

    @Test
    void aPanicCallIsWhereThePanicIs() {
        try (Context ctx = newContext()) {
            Value risky = load(ctx);
            PolyglotException e = assertThrows(PolyglotException.class, () -> risky.getMember("Panic").execute("boom"));
            // the panic call in inner: the exception's location, and the innermost frame's
            assertEquals(14, e.getSourceLocation().getStartLine());
            // (a statement's section runs to the end of its line)
            assertTrue(e.getSourceLocation().getCharacters().toString().startsWith("panic(v)"), e.getSourceLocation().toString());
            PolyglotException.StackFrame top = e.getPolyglotStackTrace().iterator().next();
            assertEquals("risky.inner", top.getRootName());
            assertEquals(14, top.getSourceLocation().getStartLine());
        }
    }

    @Test
    void runtimeErrorsAndErrorValues() {
        try (Context ctx = newContext()) {
            Value risky = load(ctx);
            PolyglotException e = assertThrows(PolyglotException.class, () -> risky.getMember("Index").execute(ProxyArray.fromArray(1, 2, 3), 5));
            assertEquals("panic: runtime error: index out of range [5] with length 3", e.getMessage());
            assertTrue(e.isGuestException());
            // a run-time error is where its statement is (Index's return, line 12)
            assertEquals(12, e.getSourceLocation().getStartLine(), e.getSourceLocation().toString());
            assertTrue(e.getSourceLocation().getCharacters().toString().startsWith("return xs[i]"), e.getSourceLocation().toString());

            e = assertThrows(PolyglotException.class, () -> risky.getMember("PanicError").execute());
            assertEquals("panic: bad input in name", e.getMessage());
            Value v = e.getGuestObject();
            assertEquals("name", v.getMember("Field").asString());
            assertEquals("bad input in name", v.invokeMember("Error").asString());
            assertEquals("risky.BadInput", v.getMetaObject().getMetaQualifiedName());

            e = assertThrows(PolyglotException.class, () -> risky.getMember("PanicWrapped").execute());
            assertEquals("panic: wrapped", e.getMessage());
            assertEquals("wrapped", e.getGuestObject().toString());

            // the context stays usable after a panic
            assertEquals(2, risky.getMember("Index").execute(ProxyArray.fromArray(1, 2, 3), 1).asInt());
        }
    }

    @Test
    void fatalErrors() {
        try (Context ctx = newContext()) {
            Value risky = load(ctx);
            PolyglotException e = assertThrows(PolyglotException.class, () -> risky.getMember("Deadlock").execute());
            assertTrue(e.isGuestException());
            assertEquals("fatal error: all goroutines are asleep - deadlock!", e.getMessage());
        }
    }

    @Test
    void osExitIsAnExit() {
        try (Context ctx = newContext()) {
            Value risky = load(ctx);
            PolyglotException e = assertThrows(PolyglotException.class, () -> risky.getMember("Exit").execute(3));
            assertTrue(e.isExit());
            assertEquals(3, e.getExitStatus());
        }
    }

    @Test
    void compileErrorsPointAtTheirSource() {
        try (Context ctx = newContext()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> ctx.eval(Source.newBuilder("go",
                            "package calc\n\nfunc F() int {\n\tx := 1\n\treturn 2\n}\n", "calc.go").buildLiteral()));
            assertTrue(e.isSyntaxError(), e.toString());
            assertTrue(e.getMessage().contains("calc.go:4:2: x declared but not used"), e.getMessage());
            assertEquals(4, e.getSourceLocation().getStartLine());
            assertEquals(2, e.getSourceLocation().getStartColumn());
            assertEquals("calc.go", e.getSourceLocation().getSource().getName());
            PolyglotException syntax = assertThrows(PolyglotException.class, () -> ctx.eval(Source.newBuilder("go",
                            "package calc\n\nfunc F() int {\n\treturn 2 +\n}\n", "calc.go").buildLiteral()));
            assertTrue(syntax.isSyntaxError(), syntax.toString());
            assertEquals(5, syntax.getSourceLocation().getStartLine(), syntax.getMessage());
        }
    }

    @Test
    void panicsCrossJavaCallbacks() {
        try (Context ctx = newContext()) {
            Value risky = load(ctx);
            ProxyExecutable failing = args -> {
                throw new IllegalStateException("no more");
            };
            assertEquals("java.lang.IllegalStateException: no more", risky.getMember("Recovered").execute(failing).asString(),
                            "a Java exception in a callback is a Go panic that Go can recover, naming the exception");
            ProxyExecutable reentrant = args -> risky.getMember("Panic").execute("inside").asInt();
            PolyglotException e = assertThrows(PolyglotException.class, () -> risky.getMember("Call").execute(reentrant));
            assertEquals("panic: inside", e.getMessage(), "a Go panic passes through Java frames as itself");
        }
    }
}
