package gosub.language.stdlib.fmt;

import static gosub.language.stdlib.fmt.GoValues.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.language.types.GoType;
import gosub.language.types.Types;
import gosub.language.values.Cell;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output that contains addresses, which differ from run to run in Go as in gosub, so it is matched by shape. The
 * shapes are the ones Go 1.19 prints (see the comment on each test).
 */
class AddressesTest {
    private static final String HEAP = "0xc000[0-9a-f]{6}";
    private static final String CODE = "0x4[0-9a-f]{5}";

    private static String sprintf(String format, Iface... args) {
        return Printer.sprintf(format, args, METHODS);
    }

    private static void assertMatches(String regex, String actual) {
        assertTrue(Pattern.matches(regex, actual), () -> "\"" + actual + "\" does not match " + regex);
    }

    private static final GoType PRIV = named("main", "priv", struct("e", ERROR));
    private static final GoType FUNC = fn(List.of(), List.of());

    @Test
    void pointerToInt() {
        // Go: 0xc0000a2000|c0000a2000|0xc0000a2000|(*int)(0xc0000a2000)|c0000a2000|C0000A2000|824634384384
        Iface p = of(ptr(Types.INT), cell(Types.INT, 5L));
        String out = sprintf("%p|%#p|%v|%#v|%x|%X|%d", p, p, p, p, p, p, p);
        Matcher m = Pattern.compile("(" + HEAP + ")\\|([0-9a-f]+)\\|\\1\\|\\(\\*int\\)\\(\\1\\)\\|\\2\\|([0-9A-F]+)\\|(\\d+)").matcher(out);
        assertTrue(m.matches(), out);
        assertEquals(m.group(1), "0x" + m.group(2));
        assertEquals(m.group(2).toUpperCase(), m.group(3));
        assertEquals(Long.parseLong(m.group(2), 16), Long.parseLong(m.group(4)));
    }

    @Test
    void samePointerSameAddressOtherPointerOther() {
        StructValue target = st(POINT, 1L, 2L);
        Iface p = of(ptr(POINT), target);
        assertEquals(sprintf("%p", p), sprintf("%p", of(ptr(POINT), target)));
        assertNotEquals(sprintf("%p", p), sprintf("%p", of(ptr(POINT), st(POINT, 1L, 2L))));
        // Go: [0xc0000a2008 <nil>]|0xc0000a2008 -- only the operand itself is shown as &{...}
        String out = sprintf("%v|%p", of(sl(ptr(POINT)), rs(ptr(POINT), target, null)), p);
        Matcher m = Pattern.compile("\\[(" + HEAP + ") <nil>\\]\\|\\1").matcher(out);
        assertTrue(m.matches(), out);
    }

    @Test
    void unexportedErrorFieldIsNotAskedForItsMessage() {
        // Go: {0xc00008a220}|{e:0xc00008a230}|main.priv{e:(*errors.errorString)(0xc00008a240)}
        Iface v = of(PRIV, st(PRIV, errorNew("e")));
        assertMatches("\\{" + HEAP + "\\}\\|\\{e:" + HEAP + "\\}\\|main\\.priv\\{e:\\(\\*errors\\.errorString\\)\\(" + HEAP + "\\)\\}",
                        sprintf("%v|%+v|%#v", v, v, v));
    }

    @Test
    void goSyntaxOfErrorField() {
        // Go: main.Holder{V:interface {}(nil), E:(*errors.errorString)(0xc00008a280)}
        assertMatches("main\\.Holder\\{V:interface \\{\\}\\(nil\\), E:\\(\\*errors\\.errorString\\)\\(" + HEAP + "\\)\\}",
                        sprintf("%#v", of(HOLDER, st(HOLDER, NIL, errorNew("x")))));
    }

    @Test
    void funcValues() {
        // Go: 0x482500 for %v, (func())(0x482500) for %#v, {0x482500} inside a struct
        FuncValue f = new FuncValue(null, null, "main.f");
        Iface fv = of(FUNC, f);
        GoType holder = struct("F", FUNC);
        String out = sprintf("%v|%#v|%v", fv, fv, of(holder, st(holder, f)));
        Matcher m = Pattern.compile("(" + CODE + ")\\|\\(func\\(\\)\\)\\(\\1\\)\\|\\{\\1\\}").matcher(out);
        assertTrue(m.matches(), out);
    }

    @Test
    void channels() {
        // Go: 0xc000080060|(chan int)(0xc000080060)|0xc000080060|chan int
        Iface ch = of(Types.chan(gosub.ast.Expr.ChanDir.BOTH, Types.INT), new Object());
        String out = sprintf("%v|%#v|%p|%T", ch, ch, ch, ch);
        assertMatches("(" + HEAP + ")\\|\\(chan int\\)\\(\\1\\)\\|\\1\\|chan int", out);
    }

    @Test
    void mapsAndSlicesUnderP() {
        // Go: 0xc00008c150|0xc0000b6000|0x0 -- a slice's address is its first element's
        Slice s = rs(Types.INT, 1L, 2L, 3L);
        String out = sprintf("%p|%p|%p|%p", of(mp(Types.STRING, Types.INT), rm(Types.STRING)), of(sl(Types.INT), s),
                        of(sl(Types.INT), new Slice(s.array, 1, 2, 2)), of(sl(Types.INT), null));
        Matcher m = Pattern.compile("(" + HEAP + ")\\|(" + HEAP + ")\\|(" + HEAP + ")\\|0x0").matcher(out);
        assertTrue(m.matches(), out);
        assertEquals(Long.decode(m.group(2)) + 8, Long.decode(m.group(3)));
    }

    @Test
    void badVerbOnPointer() {
        // Go: %!s(*int=0xc0000a2000)
        assertMatches("%!s\\(\\*int=" + HEAP + "\\)", sprintf("%s", of(ptr(Types.INT), cell(Types.INT, 1L))));
    }

    @Test
    void pointerToPointerIsAnAddress() {
        // Go: 0xc00009a018 -- &{...} is only for pointers to structs, arrays, slices and maps
        Cell pp = cell(ptr(POINT), st(POINT, 1L, 2L));
        assertMatches(HEAP, sprintf("%v", of(ptr(ptr(POINT)), pp)));
    }

    @Test
    void widthOnPointers() {
        // Go: 0xc0000a2008|0xc0000a2008        |0x0000000000c0000a2008|
        Iface p = pointPtr(1, 2);
        assertMatches(HEAP + "\\|" + HEAP + " {8}\\|0x0000000000c000[0-9a-f]{6}\\|", sprintf("%8p|%-20p|%020p|", p, p, p));
    }
}
