package gosub.language.stdlib.fmt;

import static gosub.language.stdlib.fmt.GoValues.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.language.stdlib.fmt.MethodInvoker.Directive;
import gosub.language.stdlib.fmt.MethodInvoker.Formatted;
import gosub.language.types.GoType;
import gosub.language.types.NamedType;
import gosub.language.types.Types;
import gosub.language.values.Iface;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** How the formatter uses fmt.Formatter values through {@link MethodInvoker#format}. */
class FormatterTest {

    /**
     * Treats the types Both and Celsius (and pointers to them) as Formatters: each Format call is recorded and
     * answered by {@code answer}; String, Error and GoString come from the test methods and are recorded too.
     */
    private static class Formatting implements MethodInvoker {
        final List<Directive> directives = new ArrayList<>();
        final List<Boolean> recovering = new ArrayList<>();
        final List<String> otherCalls = new ArrayList<>();
        Function<Iface, Formatted> answer = r -> new Formatted("F", null);

        @Override
        public boolean isFormatter(GoType t) {
            GoType base = t instanceof gosub.language.types.PointerType p ? p.elem : t;
            return base == BOTH || base == CELSIUS;
        }

        @Override
        public Formatted format(Iface receiver, Directive d, boolean recover) {
            directives.add(d);
            recovering.add(recover);
            return answer.apply(receiver);
        }

        @Override
        public boolean hasMethod(GoType t, String name) {
            return METHODS.hasMethod(t, name);
        }

        @Override
        public Object invoke(Iface receiver, String name) {
            otherCalls.add(name);
            return METHODS.invoke(receiver, name);
        }

        @Override
        public boolean isPanic(RuntimeException e) {
            return METHODS.isPanic(e);
        }

        @Override
        public Iface panicValue(RuntimeException e) {
            return METHODS.panicValue(e);
        }
    }

    private static Iface both() {
        return of(BOTH, st(BOTH, 0L));
    }

    @Test
    void formatWinsOverErrorStringAndGoStringForEveryVerb() {
        Formatting f = new Formatting();
        assertEquals("F F F F F", Printer.sprintf("%v %s %d %#v %q", new Object[] {both(), both(), both(), both(), both()}, f));
        assertEquals(List.of(), f.otherCalls);
        assertEquals(List.of((int) 'v', (int) 's', (int) 'd', (int) 'v', (int) 'q'), f.directives.stream().map(Directive::verb).toList());
    }

    @Test
    void theDirectiveCarriesWidthPrecisionAndFlags() {
        Formatting f = new Formatting();
        Printer.sprintf("%-+#8.3x|%#v|%+v|% 05d|%-05d|%*.*s", new Object[] {both(), both(), both(), both(), both(), i(-4), i(2), both()}, f);
        assertEquals(List.of(new Directive('x', 8, true, 3, true, "-+#"), new Directive('v', 0, false, 0, false, "#"),
                        new Directive('v', 0, false, 0, false, "+"), new Directive('d', 5, true, 0, false, " 0"),
                        new Directive('d', 5, true, 0, false, "-"), new Directive('s', 4, true, 2, true, "-")), f.directives);
    }

    @Test
    void printWithoutFormatPassesNoSettings() {
        Formatting f = new Formatting();
        assertEquals("F F\n", Printer.sprintln(new Object[] {both(), celsius(1)}, f));
        assertEquals(List.of(new Directive('v', 0, false, 0, false, ""), new Directive('v', 0, false, 0, false, "")), f.directives);
    }

    @Test
    void typeAndPointerVerbsDoNotCallFormat() {
        Formatting f = new Formatting();
        String out = Printer.sprintf("%T %p", new Object[] {both(), of(ptr(BOTH), st(BOTH, 0L))}, f);
        assertEquals("main.Both 0x", out.substring(0, 12));
        assertEquals(List.of(), f.directives);
    }

    @Test
    void nestedValuesFormatThemselvesWhenReachedThroughExportedFields() {
        NamedType pair = named("main", "Pair", struct("Out", CELSIUS, "in", CELSIUS));
        Formatting f = new Formatting();
        assertEquals("{F 2} [F F] map[k:F]", Printer.sprint(new Object[] {of(pair, st(pair, 1.0, 2.0)),
                        of(sl(CELSIUS), rs(CELSIUS, 1.0, 2.0)), of(mp(Types.STRING, CELSIUS), rm(Types.STRING, "k", 3.0))}, f));
    }

    @Test
    void textWrittenBeforeAPanicStaysAndThePanicIsPrintedWithoutTheFlags() {
        Formatting f = new Formatting();
        f.answer = r -> new Formatted("part;", s("boom"));
        assertEquals("[part;%!x(PANIC=Format method: boom)]", Printer.sprintf("[%-8x]", new Object[] {both()}, f));
        assertEquals(List.of(true), f.recovering);
    }

    @Test
    void aPanicValueThatFormatsItselfIsFormattedWithoutRecovering() {
        Formatting f = new Formatting();
        f.answer = r -> r.type == BOTH ? new Formatted("", celsius(3)) : new Formatted("three", null);
        assertEquals("%!v(PANIC=Format method: three)", Printer.sprint(new Object[] {both()}, f));
        assertEquals(List.of(true, false), f.recovering);
    }

    @Test
    void aNilPointerReceiverThatPanicsPrintsNil() {
        Formatting f = new Formatting();
        f.answer = r -> new Formatted("", s("nil dereference"));
        assertEquals("<nil>|", Printer.sprintf("%8v|", new Object[] {of(ptr(BOTH), null)}, f));
    }
}
