package gosub.language.stdlib.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Go calling out through the package polyglot, seen from the Java embedder's side. */
class PolyglotPackageTest {
    private static final String SOURCE = """
            package out

            import (
            	"fmt"
            	"polyglot"
            	"strings"
            )

            type Point struct {
            	X, Y int
            }

            func (p *Point) Sum() int { return p.X + p.Y }

            // Greet imports the embedder's greeter and calls its method.
            func Greet(who string) (string, error) {
            	g, err := polyglot.Import("greeter")
            	if err != nil {
            		return "", err
            	}
            	if g.IsNull() {
            		return "", fmt.Errorf("no greeter")
            	}
            	r, err := g.Invoke("greet", who)
            	if err != nil {
            		return "", err
            	}
            	return r.AsString()
            }

            // Publish exports a struct, a slice and a func for the embedder.
            func Publish() error {
            	if err := polyglot.Export("point", &Point{3, 4}); err != nil {
            		return err
            	}
            	if err := polyglot.Export("primes", []int{2, 3, 5, 7}); err != nil {
            		return err
            	}
            	return polyglot.Export("double", func(x int) int { return 2 * x })
            }

            // Lists uses java.util.ArrayList through host access.
            func Lists() (string, error) {
            	t, err := polyglot.JavaType("java.util.ArrayList")
            	if err != nil {
            		return "", err
            	}
            	l, err := t.New()
            	if err != nil {
            		return "", err
            	}
            	for _, w := range []string{"go", "on", "the", "jvm"} {
            		if _, err := l.Invoke("add", strings.ToUpper(w)); err != nil {
            			return "", err
            		}
            	}
            	n, _ := l.Len()
            	second, _ := l.Index(1)
            	s, _ := second.AsString()
            	if err := l.SetIndex(0, "GOSUB"); err != nil {
            		return "", err
            	}
            	return fmt.Sprintf("%d %s %v", n, s, l), nil
            }

            // Mismatches collects the errors of operations that do not fit the value.
            func Mismatches(v polyglot.Value) []string {
            	var out []string
            	add := func(err error) { out = append(out, fmt.Sprint(err)) }
            	_, err := v.AsInt()
            	add(err)
            	_, err = v.AsBool()
            	add(err)
            	_, err = v.Get("missing")
            	add(err)
            	_, err = v.Call()
            	add(err)
            	_, err = v.Index(0)
            	add(err)
            	_, err = v.Len()
            	add(err)
            	_, err = v.Invoke("charAt", "x")
            	add(err)
            	s, err := v.AsString()
            	add(err)
            	return append(out, s)
            }

            // Thrown calls f and reports the Java exception it throws, read through the error's Exception.
            func Thrown(f polyglot.Value) string {
            	_, err := f.Call("boom")
            	pe, ok := err.(*polyglot.Error)
            	if !ok {
            		return fmt.Sprint("not a *polyglot.Error: ", err)
            	}
            	msg, _ := pe.Exception.Invoke("getMessage")
            	return err.Error() + " | " + msg.String()
            }

            // Roundtrip hands back what it was given: a Value goes out as the object it holds.
            func Roundtrip(v polyglot.Value) polyglot.Value { return v }

            // ThroughJava passes a Go func that panics to a Java function; the panic comes back through Java.
            func ThroughJava(apply polyglot.Value) (result string) {
            	defer func() {
            		caught := recover()
            		if caught != nil {
            			result = fmt.Sprint("recovered: ", caught)
            		}
            	}()
            	r, err := apply.Call(func(s string) string {
            		if s == "bad" {
            			panic("bad input")
            		}
            		return s + "!"
            	}, "bad")
            	return fmt.Sprint(r, err)
            }

            // EvalGo evaluates a Go package from Go and calls it; the Go values go out and back.
            func EvalGo() (string, error) {
            	pkg, err := polyglot.Eval("go", "package adder\\n\\nfunc Add(xs []int) int { t := 0; for _, x := range xs { t += x }; return t }\\n")
            	if err != nil {
            		return "", err
            	}
            	add, err := pkg.Get("Add")
            	if err != nil {
            		return "", err
            	}
            	r, err := add.Call([]int{1, 2, 3, 4})
            	if err != nil {
            		return "", err
            	}
            	n, err := r.AsInt()
            	_, bad := polyglot.Eval("go", "package broken\\nfunc F() { undefined() }\\n")
            	_, none := polyglot.Eval("nolang", "1")
            	return fmt.Sprintf("%d %v | %v | %v", n, err, bad, none), nil
            }

            // Denied tries what needs access the context may not grant.
            func Denied() string {
            	_, e1 := polyglot.Import("greeter")
            	e2 := polyglot.Export("x", 1)
            	_, e3 := polyglot.JavaType("java.util.ArrayList")
            	return fmt.Sprintf("%v\\n%v\\n%v", e1, e2, e3)
            }
            """;

    /** What the embedder shares with Go: a plain Java object with a method. */
    public static final class Greeter {
        @HostAccess.Export
        public String greet(String who) {
            return "hello, " + who;
        }
    }

    private static Context.Builder builder() {
        return Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true).option("engine.WarnInterpreterOnly", "false");
    }

    private static Context open() {
        return builder().allowHostAccess(HostAccess.ALL).allowPolyglotAccess(PolyglotAccess.ALL).allowHostClassLookup(name -> name.startsWith("java.util.")).build();
    }

    private static Value load(Context ctx) {
        return ctx.eval(Source.newBuilder("go", SOURCE, "out.go").buildLiteral());
    }

    private static String ok(Value results) {
        assertTrue(results.getArrayElement(1).isNull(), () -> "error: " + results.getArrayElement(1));
        return results.getArrayElement(0).asString();
    }

    @Test
    void goImportsAJavaObjectAndCallsItsMethod() {
        try (Context ctx = open()) {
            Value pkg = load(ctx);
            assertEquals("no greeter", pkg.getMember("Greet").execute("gopher").getArrayElement(1).toString());
            ctx.getPolyglotBindings().putMember("greeter", new Greeter());
            assertEquals("hello, gopher", ok(pkg.getMember("Greet").execute("gopher")));
        }
    }

    @Test
    void goExportsValuesJavaReads() {
        try (Context ctx = open()) {
            Value pkg = load(ctx);
            assertTrue(pkg.getMember("Publish").execute().isNull());
            Value bindings = ctx.getPolyglotBindings();
            Value point = bindings.getMember("point");
            assertEquals(3, point.getMember("X").asInt());
            assertEquals(4, point.getMember("Y").asInt());
            assertEquals(7, point.invokeMember("Sum").asInt());
            assertEquals("*out.Point", point.getMetaObject().getMetaQualifiedName());
            assertEquals(List.of(2, 3, 5, 7), bindings.getMember("primes").as(new org.graalvm.polyglot.TypeLiteral<List<Integer>>() {
            }));
            assertEquals(42, bindings.getMember("double").execute(21).asInt());
        }
    }

    @Test
    void hostAccessReachesJavaClasses() {
        try (Context ctx = open()) {
            assertEquals("4 ON [GOSUB, ON, THE, JVM]", ok(load(ctx).getMember("Lists").execute()));
        }
    }

    @Test
    void mismatchesAreGoErrors() {
        try (Context ctx = open()) {
            List<String> errs = load(ctx).getMember("Mismatches").execute("abc").as(new org.graalvm.polyglot.TypeLiteral<List<String>>() {
            });
            assertEquals(List.of(
                            "polyglot: cannot use \"abc\" (string) as int64 value in Value.AsInt",
                            "polyglot: cannot use \"abc\" (string) as bool value in Value.AsBool",
                            "polyglot: Value.Get: \"abc\" (string) has no readable member missing",
                            "polyglot: Value.Call: \"abc\" (string) is not executable",
                            "polyglot: Value.Index: \"abc\" (string) has no array elements",
                            "polyglot: Value.Len: \"abc\" (string) has neither array elements nor hash entries",
                            "polyglot: Value.Invoke: \"abc\" (string) has no method charAt",
                            "<nil>",
                            "abc"), errs);
        }
    }

    @Test
    void javaExceptionsAreErrorsWithTheException() {
        try (Context ctx = open()) {
            Function<String, String> thrower = s -> {
                throw new IllegalStateException("it went " + s);
            };
            assertEquals("polyglot: Value.Call: java.lang.IllegalStateException: it went boom | it went boom",
                            load(ctx).getMember("Thrown").execute(thrower).asString());
        }
    }

    @Test
    void valuesGoBackAsTheObjectsTheyHold() {
        try (Context ctx = open()) {
            Value pkg = load(ctx);
            Object mine = new ArrayList<String>();
            assertSame(mine, pkg.getMember("Roundtrip").execute(mine).asHostObject());
            assertTrue(pkg.getMember("Roundtrip").execute((Object) null).isNull());
            assertEquals(5, pkg.getMember("Roundtrip").execute(5).asInt());
        }
    }

    @Test
    void aGoPanicThroughJavaComesBackAsItself() {
        try (Context ctx = open()) {
            Value pkg = load(ctx);
            org.graalvm.polyglot.proxy.ProxyExecutable apply = args -> args[0].execute(args[1]);
            assertEquals("recovered: bad input", pkg.getMember("ThroughJava").execute(apply).asString());
        }
    }

    @Test
    void goEvaluatesGo() {
        try (Context ctx = open()) {
            assertEquals("10 <nil> | polyglot: Eval: polyglot.Eval:2:12: undefined: undefined | polyglot: Eval: no language nolang in this context (it has go)",
                            ok(load(ctx).getMember("EvalGo").execute()));
        }
    }

    /** The README's example of the package is Greet as it is tested here. */
    @Test
    void theReadmeShowsGreet() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("user.dir"), "..", "README.md"));
        String greet = SOURCE.substring(SOURCE.indexOf("func Greet"), SOURCE.indexOf("\n}\n", SOURCE.indexOf("func Greet")) + 3);
        assertTrue(readme.contains("```go\n" + greet + "```\n"), "README.md shows:\n" + greet);
    }

    @Test
    void withoutAccessTheOperationsAreRefused() {
        try (Context ctx = builder().build()) {
            assertEquals("""
                            polyglot: Import greeter: the context does not allow access to the polyglot bindings
                            polyglot: Export x: the context does not allow access to the polyglot bindings
                            polyglot: JavaType java.util.ArrayList: the context does not allow host class lookup""",
                            load(ctx).getMember("Denied").execute().asString());
        }
    }
}
