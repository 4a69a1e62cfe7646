package gosub.language.stdlib.fmt;

import static gosub.language.stdlib.fmt.GoValues.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gosub.language.types.GoType;
import gosub.language.values.Iface;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** The contract between the formatter and the interpreter's method calls. */
class MethodInvokerTest {

    /** Delegates to the test methods but records calls, and optionally treats no exception as a Go panic. */
    private static class Recording implements MethodInvoker {
        final List<String> calls = new ArrayList<>();
        final boolean recoverPanics;

        Recording(boolean recoverPanics) {
            this.recoverPanics = recoverPanics;
        }

        @Override
        public boolean hasMethod(GoType t, String name) {
            return METHODS.hasMethod(t, name);
        }

        @Override
        public Object invoke(Iface receiver, String name) {
            calls.add(receiver.type + "." + name);
            return METHODS.invoke(receiver, name);
        }

        @Override
        public boolean isPanic(RuntimeException e) {
            return recoverPanics && METHODS.isPanic(e);
        }

        @Override
        public Iface panicValue(RuntimeException e) {
            return METHODS.panicValue(e);
        }
    }

    @Test
    void errorIsPreferredToStringAndCalledOnce() {
        Recording r = new Recording(true);
        assertEquals("as error", Printer.sprint(new Object[] {of(BOTH, st(BOTH, 0L))}, r));
        assertEquals(List.of("main.Both.Error"), r.calls);
    }

    @Test
    void methodsAreNotCalledForVerbsThatDoNotPrintText() {
        Recording r = new Recording(true);
        assertEquals("1", Printer.sprintf("%d", new Object[] {of(COLOR, 1L)}, r));
        assertEquals(List.of(), r.calls);
    }

    @Test
    void methodsAreNotCalledInsideBadVerbMessages() {
        Recording r = new Recording(true);
        assertEquals("%!d(main.Celsius=2)", Printer.sprintf("%d", new Object[] {celsius(2)}, r));
        assertEquals(List.of(), r.calls);
    }

    @Test
    void pointerReceiverGetsTheStructItself() {
        Iface p = myErr(7);
        Recording r = new Recording(true);
        assertEquals("error 7", Printer.sprint(new Object[] {p}, r));
        assertEquals(List.of("*main.MyErr.Error"), r.calls);
    }

    @Test
    void panicsPropagateUnlessTheInvokerRecognisesThem() {
        Object[] args = {of(PANICKY, st(PANICKY, 1L))};
        assertThrows(TestPanic.class, () -> Printer.sprint(args, new Recording(false)));
        assertEquals("%!v(PANIC=String method: boom)", Printer.sprint(args, new Recording(true)));
    }

    @Test
    void defaultInvokerRecoversNothing() {
        MethodInvoker plain = new MethodInvoker() {
            @Override
            public boolean hasMethod(GoType t, String name) {
                return METHODS.hasMethod(t, name);
            }

            @Override
            public Object invoke(Iface receiver, String name) {
                return METHODS.invoke(receiver, name);
            }
        };
        assertThrows(TestPanic.class, () -> Printer.sprintf("%s", new Object[] {of(PANICKY, st(PANICKY, 1L))}, plain));
    }

    @Test
    void aPanicWhilePrintingAPanicPropagates() {
        // Go re-panics when the panic value's own String method panics too.
        Iface panicky = of(PANICKY, st(PANICKY, 1L));
        Recording r = new Recording(true) {
            @Override
            public Iface panicValue(RuntimeException e) {
                return panicky;
            }
        };
        assertThrows(TestPanic.class, () -> Printer.sprint(new Object[] {panicky}, r));
    }

    @Test
    void otherExceptionsAlwaysPropagate() {
        MethodInvoker failing = new Recording(true) {
            @Override
            public Object invoke(Iface receiver, String name) {
                throw new IllegalStateException("interpreter bug");
            }
        };
        assertThrows(IllegalStateException.class, () -> Printer.sprint(new Object[] {celsius(1)}, failing));
    }

    @Test
    void typesWithoutMethodsNeedNoInvoker() {
        assertEquals("{1 2} [a b] map[x:1]", Printer.sprint(new Object[] {point(1, 2), of(sl(gosub.language.types.Types.STRING),
                        rs(gosub.language.types.Types.STRING, "a", "b")), of(mp(gosub.language.types.Types.STRING,
                                        gosub.language.types.Types.INT), rm(gosub.language.types.Types.STRING, "x", 1L))},
                        MethodInvoker.NONE));
    }

    @Test
    void operandsMustBeInterfaceValues() {
        assertThrows(IllegalArgumentException.class, () -> Printer.sprint(new Object[] {42L}, MethodInvoker.NONE));
    }

    @Test
    void errorfReturnsTheWrappedOperand() {
        Iface err = errorNew("inner");
        Printer.Wrapped w = Printer.errorf("outer: %w", new Object[] {err}, METHODS);
        assertEquals("outer: inner", w.message());
        assertSame(err, w.wrapped());
    }
}
