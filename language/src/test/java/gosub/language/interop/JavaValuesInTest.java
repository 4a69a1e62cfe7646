package gosub.language.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyHashMap;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Java values passed to Go functions: converted by the Go parameter's type, or refused in Go's words. */
class JavaValuesInTest {
    private static final String SOURCE = """
            package nums

            import (
            	"fmt"
            	"sort"
            	"strings"
            )

            type Item struct {
            	Name  string
            	Count int
            	Tags  []string
            }

            func Sum(xs []int) int {
            	t := 0
            	for _, x := range xs {
            		t += x
            	}
            	return t
            }

            func Triple(a [3]float64) float64 { return a[0] + a[1] + a[2] }

            func Keys(m map[string]int) string {
            	var ks []string
            	for k, v := range m {
            		ks = append(ks, fmt.Sprintf("%s=%d", k, v))
            	}
            	sort.Strings(ks)
            	return strings.Join(ks, ",")
            }

            func Describe(it Item) string { return fmt.Sprintf("%+v", it) }

            func Rename(it *Item, name string) { it.Name = name }

            func Apply(f func(int) int, xs []int) []int {
            	out := make([]int, len(xs))
            	done := make(chan bool)
            	for i, x := range xs {
            		go func(i, x int) { out[i] = f(x); done <- true }(i, x)
            	}
            	for range xs {
            		<-done
            	}
            	return out
            }

            func Max(first int, rest ...int) int {
            	m := first
            	for _, x := range rest {
            		if x > m {
            			m = x
            		}
            	}
            	return m
            }

            func Kind(v interface{}) string { return fmt.Sprintf("%T %v", v, v) }

            func Byte(b uint8) uint8 { return b }

            func Hex(b []byte) string { return fmt.Sprintf("%x", b) }

            func Single(f float32) float32 { return f }

            func Mul32(f func(int32, int32) int32, a, b int32) int32 { return f(a, b) }

            func Half(f func(float32, int8, int16) float32) float32 { return f(3, -2, 300) }

            func Big(u uint64) uint64 { return u - 1 }

            func Same(a, b *Item) bool { return a == b }

            func Pair(f func(string) (int, error)) string {
            	n, err := f("x")
            	return fmt.Sprint(n, err)
            }
            """;

    private static Context context;
    private static Value pkg;

    public record Rec(String name, int count, List<String> tags) {
    }

    @BeforeAll
    static void load() {
        context = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true).allowHostAccess(HostAccess.ALL)
                        .option("engine.WarnInterpreterOnly", "false").build();
        pkg = context.eval(Source.newBuilder("go", SOURCE, "nums.go").buildLiteral());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static Value call(String f, Object... args) {
        return pkg.getMember(f).execute(args);
    }

    @Test
    void arraysAndListsBecomeSlicesAndArrays() {
        assertEquals(6, call("Sum", new int[] {1, 2, 3}).asInt());
        assertEquals(10, call("Sum", List.of(1, 2, 3, 4)).asInt());
        assertEquals(5, call("Sum", ProxyArray.fromArray(2, 3)).asInt());
        assertEquals(0, call("Sum", (Object) null).asInt(), "null is the nil slice");
        assertEquals(6.5, call("Triple", List.of(1, 2.5, 3)).asDouble());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call("Triple", List.of(1, 2)));
        assertTrue(e.getMessage().contains("cannot use [1, 2] (java.util.ImmutableCollections$List12) as [3]float64 value in argument a to nums.Triple (length 2, want 3)"), e.getMessage());
    }

    @Test
    void mapsAndObjectsBecomeMaps() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("b", 2);
        m.put("a", 1);
        assertEquals("a=1,b=2", call("Keys", m).asString());
        assertEquals("x=9", call("Keys", ProxyHashMap.from(Map.of("x", 9))).asString());
        assertEquals("k=3", call("Keys", ProxyObject.fromMap(Map.of("k", 3))).asString());
    }

    @Test
    void objectsWithMembersBecomeStructs() {
        assertEquals("{Name:apple Count:3 Tags:[red round]}", call("Describe", new Rec("apple", 3, List.of("red", "round"))).asString());
        assertEquals("{Name:pear Count:0 Tags:[]}", call("Describe", ProxyObject.fromMap(Map.of("Name", "pear"))).asString(),
                        "a missing field keeps its zero value");
        Value item = call("Describe", Map.of("Name", "plum", "Count", 2));
        assertEquals("{Name:plum Count:2 Tags:[]}", item.asString());
    }

    @Test
    void executablesBecomeFuncs() {
        ProxyExecutable square = args -> args[0].asInt() * args[0].asInt();
        assertEquals(List.of(1, 4, 9), toInts(call("Apply", square, List.of(1, 2, 3))));
        Function<Object, Object> neg = x -> -((Number) x).intValue();
        assertEquals(List.of(-5), toInts(call("Apply", neg, List.of(5))));
        ProxyExecutable two = args -> ProxyArray.fromArray(args[0].asString().length(), null);
        assertEquals("1 <nil>", call("Pair", two).asString());
    }

    private static List<Integer> toInts(Value v) {
        List<Integer> out = new ArrayList<>();
        for (long i = 0; i < v.getArraySize(); i++) {
            out.add(v.getArrayElement(i).asInt());
        }
        return out;
    }

    @Test
    void goValuesComeBackAsThemselves() {
        Value p = context.eval(Source.newBuilder("go", """
                        package mk

                        type Item struct{ Name string }
                        """, "mk.go").buildLiteral());
        assertTrue(p.getMemberKeys().isEmpty());
        Value ptr = context.eval(Source.newBuilder("go", """
                        package keep

                        type Box struct{ N int }

                        func New(n int) *Box { return &Box{n} }

                        func Same(a, b *Box) bool { return a == b }

                        func Get(b *Box) int { return b.N }
                        """, "keep.go").buildLiteral());
        Value box = ptr.getMember("New").execute(4);
        assertTrue(ptr.getMember("Same").execute(box, box).asBoolean(), "a pointer passed back is the same pointer");
        assertEquals(4, ptr.getMember("Get").execute(box).asInt());
    }

    @Test
    void variadicAndInterfaceParameters() {
        assertEquals(7, call("Max", 3, 7, 5).asInt());
        assertEquals(3, call("Max", 3).asInt());
        assertEquals("int 3", call("Kind", 3).asString());
        assertEquals("float64 2.5", call("Kind", 2.5).asString());
        assertEquals("string hi", call("Kind", "hi").asString());
        assertEquals("<nil> <nil>", call("Kind", (Object) null).asString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call("Kind", List.of(1, 2)));
        assertTrue(e.getMessage().contains("as interface {} value in argument v to nums.Kind (an interface takes numbers, strings and booleans;"
                        + " declare a polyglot.Value to take any Java value)"), e.getMessage());
    }

    @Test
    void numbersAreCheckedAgainstTheirGoType() {
        assertEquals(255, call("Byte", 255).asInt());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call("Byte", 256));
        assertTrue(e.getMessage().contains("cannot use 256 (number) as uint8 value in argument b to nums.Byte (overflows)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> call("Byte", -1));
        assertTrue(e.getMessage().contains("(overflows)"), e.getMessage());
        // a Java byte is an octet: its bits are the uint8, so binary data in a byte[] arrives as it is
        assertEquals(255, call("Byte", (byte) -1).asInt());
        assertEquals("ff0180", call("Hex", (Object) new byte[] {(byte) 0xff, 1, (byte) 0x80}).asString());
        assertEquals(1.5, call("Single", 1.5).asDouble());
        e = assertThrows(IllegalArgumentException.class, () -> call("Single", 1e40));
        assertTrue(e.getMessage().contains("as float32 value in argument f to nums.Single (overflows)"), e.getMessage());
        assertEquals(Double.POSITIVE_INFINITY, call("Single", Double.POSITIVE_INFINITY).asDouble());
        BigInteger max = new BigInteger("18446744073709551615");
        assertEquals(max.subtract(BigInteger.ONE), call("Big", max).asBigInteger());
    }

    /** A Java function of the boxes Go's float32, int8 and int16 arrive as. */
    @FunctionalInterface
    public interface Narrow {
        float apply(Float a, Byte b, Short c);
    }

    @Test
    void narrowGoNumbersReachJavaLambdasInTheirOwnWidth() {
        java.util.function.BiFunction<Integer, Integer, Integer> mul = (x, y) -> x * y;
        assertEquals(42, call("Mul32", mul, 6, 7).asInt(), "an int32 arrives as an Integer");
        assertEquals(1.5f, call("Half", (Narrow) (a, b, c) -> a / -b + (c - 300)).asFloat());
    }

    @Test
    void aMismatchNamesTheParameterAndBothTypes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call("Sum", "abc"));
        assertTrue(e.getMessage().contains("cannot use \"abc\" (string) as []int value in argument xs to nums.Sum"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> call("Sum", List.of(1, "two")));
        assertTrue(e.getMessage().contains("as int value in element 1 of argument xs to nums.Sum"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> call("Sum", Collections.emptyList(), 1));
    }
}
