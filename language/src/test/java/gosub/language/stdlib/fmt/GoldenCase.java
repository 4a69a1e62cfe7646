package gosub.language.stdlib.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import gosub.language.stdlib.strconv.Quoting;
import gosub.language.values.ByteStrings;
import gosub.language.values.Iface;
import org.junit.jupiter.api.DynamicTest;

/** The test shapes of the generated {@link FmtGoldenTest}: one call of Sprintf, Sprint, Sprintln or Errorf. */
final class GoldenCase {
    private GoldenCase() {
    }

    /** Sprintf(format, args) must print expected. */
    static DynamicTest f(String format, String expected, Iface... args) {
        return DynamicTest.dynamicTest("Sprintf(" + Quoting.quote(format) + ")" + describe(args),
                        () -> assertEquals(expected, Printer.sprintf(format, args, GoValues.METHODS)));
    }

    /** Sprint(args) must print expected. */
    static DynamicTest p(String expected, Iface... args) {
        return DynamicTest.dynamicTest("Sprint" + describe(args),
                        () -> assertEquals(expected, Printer.sprint(args, GoValues.METHODS)));
    }

    /** Sprintln(args) must print expected. */
    static DynamicTest l(String expected, Iface... args) {
        return DynamicTest.dynamicTest("Sprintln" + describe(args),
                        () -> assertEquals(expected, Printer.sprintln(args, GoValues.METHODS)));
    }

    /** Errorf(format, args) must print expected and wrap args[wrapped] (or nothing, for -1). */
    static DynamicTest e(String format, String expected, int wrapped, Iface... args) {
        return DynamicTest.dynamicTest("Errorf(" + Quoting.quote(format) + ")" + describe(args), () -> {
            Printer.Wrapped w = Printer.errorf(format, args, GoValues.METHODS);
            assertEquals(expected, w.message());
            assertSame(wrapped < 0 ? null : args[wrapped], w.wrapped());
        });
    }

    private static String describe(Iface[] args) {
        StringBuilder sb = new StringBuilder();
        for (Iface a : args) {
            sb.append(sb.isEmpty() ? " " : ", ").append(a == null ? "nil" : a.type.toString());
        }
        return ByteStrings.toJava(sb.toString()); // display names are Java strings
    }
}
