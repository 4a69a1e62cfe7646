package gosub.language.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.TypeLiteral;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Go values seen from Java: each kind of value offers the interop messages that fit it. */
class GoValuesOutTest {
    private static final String SOURCE = """
            package shapes

            import (
            	"errors"
            	"fmt"
            )

            type Point struct {
            	X, Y   int
            	Label  string
            	hidden bool
            }

            func (p Point) Sum() int { return p.X + p.Y }

            func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

            type Base struct{ ID int }

            func (b *Base) Describe() string { return fmt.Sprint("base ", b.ID) }

            type Named struct{ Name string }

            // Derived promotes ID and Describe from Base, and Name through an embedded pointer.
            type Derived struct {
            	Base
            	*Named
            	Tag string
            }

            func NewDerived() *Derived { return &Derived{Base{7}, &Named{"n"}, "t"} }

            func DerivedID(d *Derived) int { return d.ID }

            func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

            type Celsius float64

            func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

            func Ints() []int { return []int{1, 2, 3} }

            func Array() [3]string { return [3]string{"a", "b", "c"} }

            func Bytes() []byte { return []byte("héllo") }

            func Ages() map[string]int { return map[string]int{"ann": 31, "bob": 42} }

            func NilMap() map[string]int { return nil }

            func Origin() Point { return Point{Label: "origin"} }

            func NewPoint(x, y int) *Point { return &Point{X: x, Y: y, Label: "p"} }

            type Held struct {
            	Pts   []Point
            	First *Point
            }

            func NewHeld() Held { s := []Point{{X: 1}}; return Held{s, &s[0]} }

            func Points() []Point { return []Point{{X: 1}, {X: 2}} }

            func Adder(n int) func(int) int { return func(x int) int { return x + n } }

            func Fail(msg string) error { return errors.New(msg) }

            func Wrapped() error { return fmt.Errorf("outer: %w", errors.New("inner")) }

            func DivMod(a, b int) (int, int) { return a / b, a % b }

            func MaxUint() uint64 { return 1<<64 - 1 }

            func Small() uint8 { return 200 }

            func Temp() Celsius { return 100 }

            func Nothing() {}

            func NilPoint() *Point { return nil }

            func Any() interface{} { return Point{X: 7} }

            func Numbers() chan int {
            	ch := make(chan int, 4)
            	for i := 1; i <= 3; i++ {
            		ch <- i * i
            	}
            	close(ch)
            	return ch
            }

            func Mailbox() chan string { return make(chan string, 2) }

            func Nested() map[string][]int { return map[string][]int{"a": {1}, "b": {2, 3}} }

            func Wave() complex128 { return complex(1.5, -2) }

            func Twice(c complex128) complex128 { return c * 2 }

            // Money prints through its Format method, ahead of its String method.
            type Money int

            func (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "$%d%c", int(m), verb) }

            func (m Money) String() string { return "money" }

            func Price() Money { return 5 }
            """;

    private static Context context;
    private static Value pkg;

    @BeforeAll
    static void load() {
        context = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").build();
        pkg = context.eval(Source.newBuilder("go", SOURCE, "shapes.go").buildLiteral());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static Value call(String f, Object... args) {
        return pkg.getMember(f).execute(args);
    }

    @Test
    void severalResultsAndThePackageShowAsGoWouldPrintThem() {
        assertEquals("package shapes", pkg.toString());
        Value both = call("DivMod", 17, 5);
        assertEquals("[3 2]", both.toString());
    }

    @Test
    void promotedFieldsAreMembersLikeTheFieldsTheyComeFrom() {
        Value d = call("NewDerived");
        assertEquals(7, d.getMember("ID").asInt(), "a field of an embedded struct");
        assertEquals("n", d.getMember("Name").asString(), "a field through an embedded pointer");
        assertTrue(d.hasMember("ID"));
        assertTrue(d.getMemberKeys().containsAll(List.of("Base", "Named", "Tag", "ID", "Name", "Describe")), d.getMemberKeys().toString());
        d.putMember("ID", 100);
        assertEquals(100, call("DerivedID", d).asInt(), "Go sees the write");
        assertEquals("base 100", d.invokeMember("Describe").asString());
    }

    @Test
    void complexNumbersShowAsGoPrintsThemAndGoBackAsThemselves() {
        Value w = call("Wave");
        assertEquals("(1.5-2i)", w.toString());
        assertFalse(w.isNumber(), "a complex is no host number");
        assertEquals("complex128", w.getMetaObject().getMetaQualifiedName());
        assertEquals("(3-4i)", call("Twice", w).toString());
        // a host number never silently becomes a complex
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> call("Twice", 1.5));
    }

    @Test
    void slicesAndArraysAreArrays() {
        Value ints = call("Ints");
        assertTrue(ints.hasArrayElements());
        assertEquals(3, ints.getArraySize());
        assertEquals(2, ints.getArrayElement(1).asInt());
        ints.setArrayElement(1, 20);
        assertEquals("[1 20 3]", ints.toString());
        assertEquals(List.of(1, 20, 3), ints.as(new TypeLiteral<List<Integer>>() { }));
        assertEquals("[]int", ints.getMetaObject().getMetaQualifiedName());

        Value arr = call("Array");
        assertEquals(3, arr.getArraySize());
        assertEquals("c", arr.getArrayElement(2).asString());
        assertEquals("[3]string", arr.getMetaObject().getMetaQualifiedName());
        assertEquals("[a b c]", arr.toString());
    }

    @Test
    void byteSlicesAreBuffersToo() {
        Value b = call("Bytes");
        assertTrue(b.hasBufferElements());
        assertTrue(b.hasArrayElements());
        assertEquals(6, b.getBufferSize());
        assertEquals('h', b.readBufferByte(0));
        assertEquals(0xC3, b.getArrayElement(1).asInt()); // bytes are uint8: 0..255
        b.writeBufferByte(0, (byte) 'H');
        assertEquals((short) 0x48C3, b.readBufferShort(ByteOrder.BIG_ENDIAN, 0));
        assertEquals("[]uint8", b.getMetaObject().getMetaQualifiedName());
    }

    @Test
    void mapsAreHashes() {
        Value ages = call("Ages");
        assertTrue(ages.hasHashEntries());
        assertEquals(2, ages.getHashSize());
        assertEquals(42, ages.getHashValue("bob").asInt());
        assertTrue(ages.hasHashEntry("ann"));
        assertFalse(ages.hasHashEntry("cid"));
        ages.putHashEntry("cid", 7);
        assertEquals(3, ages.getHashSize());
        ages.removeHashEntry("ann");
        Map<String, Integer> seen = new HashMap<>();
        Value it = ages.getHashEntriesIterator();
        while (it.hasIteratorNextElement()) {
            Value e = it.getIteratorNextElement();
            seen.put(e.getArrayElement(0).asString(), e.getArrayElement(1).asInt());
        }
        assertEquals(Map.of("bob", 42, "cid", 7), seen);
        assertEquals("map[bob:42 cid:7]", ages.toString());
        assertEquals("map[string]int", ages.getMetaObject().getMetaQualifiedName());

        Value nil = call("NilMap");
        assertTrue(nil.isNull());
        assertEquals(0, nil.getHashSize());

        Value nested = call("Nested");
        assertEquals(3, nested.getHashValue("b").getArrayElement(1).asInt());
    }

    @Test
    void structsHaveTheirExportedFieldsAndMethods() {
        Value o = call("Origin");
        assertTrue(o.hasMember("X"));
        assertTrue(o.hasMember("Label"));
        assertFalse(o.hasMember("hidden"));
        assertEquals("origin", o.getMember("Label").asString());
        assertTrue(o.canInvokeMember("Sum"));
        assertFalse(o.canInvokeMember("Move"), "Move has a pointer receiver: not in Point's method set");
        o.putMember("X", 3);
        o.putMember("Y", 4);
        assertEquals(7, o.invokeMember("Sum").asInt());
        assertEquals("(3,4)", o.toString(), "%v uses the String method");
        assertEquals("shapes.Point", o.getMetaObject().getMetaQualifiedName());
        assertEquals("Point", o.getMetaObject().getMetaSimpleName());
        assertTrue(o.getMetaObject().isMetaInstance(o));
        assertFalse(o.getMetaObject().isMetaInstance(call("Ints")));
        List<String> keys = new ArrayList<>(o.getMemberKeys());
        assertTrue(keys.containsAll(List.of("X", "Y", "Label", "Sum", "String")), keys.toString());
    }

    @Test
    void pointersToStructsShareTheStruct() {
        Value p = call("NewPoint", 1, 2);
        assertEquals("*shapes.Point", p.getMetaObject().getMetaQualifiedName());
        assertTrue(p.canInvokeMember("Move"));
        p.invokeMember("Move", 10, 20);
        assertEquals(11, p.getMember("X").asInt());
        assertEquals(22, p.getMember("Y").asInt());
        Value sum = p.getMember("Sum");
        assertTrue(sum.canExecute());
        assertEquals(33, sum.execute().asInt());
        assertEquals("(11,22)", p.toString());

        Value nilPtr = call("NilPoint");
        assertTrue(nilPtr.isNull());

        Value pts = call("Points");
        pts.getArrayElement(1).putMember("X", 9); // like pts[1].X = 9: the element is addressable
        assertEquals("[(1,0) (9,0)]", pts.toString());
    }

    @Test
    void aStructStoredFromJavaGoesIntoTheElement() {
        Value held = call("NewHeld");
        Value o = call("Origin");
        o.putMember("X", 5);
        held.getMember("Pts").setArrayElement(0, o);
        assertEquals(5, held.getMember("First").getMember("X").asInt(), "as s[0] = v in Go: &s[0] sees v");
    }

    @Test
    void funcsAreExecutable() {
        Value add5 = call("Adder", 5);
        assertTrue(add5.canExecute());
        assertEquals(12, add5.execute(7).asInt());
        assertEquals("func(int) int", add5.getMetaObject().getMetaQualifiedName());
    }

    @Test
    void errorsHaveErrorAndPrintTheirMessage() {
        Value err = call("Fail", "disk full");
        assertEquals("disk full", err.toString());
        assertEquals("disk full", err.invokeMember("Error").asString());
        assertEquals("*errors.errorString", err.getMetaObject().getMetaQualifiedName());
        assertEquals("outer: inner", call("Wrapped").invokeMember("Error").asString());
    }

    @Test
    void formattersPrintThroughTheirFormatMethod() {
        assertEquals("$5v", call("Price").toString());
    }

    @Test
    void aFormatterIsOneForTheFmtOfAnotherParseToo() {
        // each parse loads fmt anew; Price's Format takes the fmt.State of the first
        Value show = context.eval(Source.newBuilder("go", """
                        package show

                        import "fmt"

                        func Show(v interface{}) string { return fmt.Sprintf("%d|%v", v, []interface{}{v}) }
                        """, "show.go").buildLiteral());
        assertEquals("$5d|[$5v]", show.getMember("Show").execute(call("Price")).asString());
    }

    @Test
    void severalResultsAreAnArray() {
        Value r = call("DivMod", 17, 5);
        assertTrue(r.hasArrayElements());
        assertEquals(2, r.getArraySize());
        assertEquals(3, r.getArrayElement(0).asInt());
        assertEquals(2, r.getArrayElement(1).asInt());
        assertTrue(call("Nothing").isNull());
    }

    @Test
    void numbers() {
        Value max = call("MaxUint");
        assertTrue(max.isNumber());
        assertFalse(max.fitsInLong());
        assertTrue(max.fitsInBigInteger());
        assertEquals(new BigInteger("18446744073709551615"), max.asBigInteger());
        assertEquals(200, call("Small").asInt());

        Value t = call("Temp");
        assertTrue(t.isNumber());
        assertEquals(100.0, t.asDouble());
        assertEquals(212.0, t.invokeMember("Fahrenheit").asDouble());
        assertEquals("shapes.Celsius", t.getMetaObject().getMetaQualifiedName());
    }

    @Test
    void channelsSendReceiveAndIterate() {
        Value box = call("Mailbox");
        assertEquals("chan string", box.getMetaObject().getMetaQualifiedName());
        assertEquals(2, box.invokeMember("cap").asInt());
        box.invokeMember("send", "hello");
        assertEquals(1, box.invokeMember("len").asInt());
        assertEquals("hello", box.invokeMember("receive").asString());
        box.invokeMember("close");
        assertEquals("", box.invokeMember("receive").asString(), "a closed channel gives the zero value");

        List<Integer> got = new ArrayList<>();
        Value it = call("Numbers").getIterator();
        while (it.hasIteratorNextElement()) {
            got.add(it.getIteratorNextElement().asInt());
        }
        assertEquals(List.of(1, 4, 9), got, "the iterator receives until the channel is closed");
    }

    @Test
    void interfacesAreTheirDynamicValue() {
        Value v = call("Any");
        assertEquals("shapes.Point", v.getMetaObject().getMetaQualifiedName());
        assertEquals(7, v.getMember("X").asInt());
    }
}
