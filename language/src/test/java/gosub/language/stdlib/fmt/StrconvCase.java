package gosub.language.stdlib.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DynamicTest;

/** The test shapes of the generated {@link StrconvGoldenTest}. Strings are byte strings (one byte per char). */
final class StrconvCase {
    private StrconvCase() {
    }

    /** strconv.FormatFloat(Float64frombits(bits), fmt, prec, bitSize) must give expected. */
    static DynamicTest ff(long bits, char fmt, int prec, int bitSize, String expected) {
        double v = Double.longBitsToDouble(bits);
        return DynamicTest.dynamicTest("FormatFloat(" + Double.toString(v) + ", '" + fmt + "', " + prec + ", " + bitSize + ")",
                        () -> assertEquals(expected, FloatFormat.format(v, fmt, prec, bitSize)));
    }

    /** strconv.Quote, QuoteToASCII and CanBackquote of s. */
    static DynamicTest q(String s, String quoted, String ascii, boolean canBackquote) {
        return DynamicTest.dynamicTest("Quote(" + quoted + ")", () -> {
            assertEquals(quoted, Quoting.quote(s), "Quote");
            assertEquals(ascii, Quoting.quoteASCII(s), "QuoteToASCII");
            assertEquals(canBackquote, Quoting.canBackquote(s), "CanBackquote");
        });
    }

    /** strconv.QuoteRune and QuoteRuneToASCII of r. */
    static DynamicTest qr(long r, String quoted, String ascii) {
        return DynamicTest.dynamicTest("QuoteRune(" + r + ")", () -> {
            assertEquals(quoted, Quoting.quoteRune(r), "QuoteRune");
            assertEquals(ascii, Quoting.quoteRuneASCII(r), "QuoteRuneToASCII");
        });
    }

    /** strconv.IsPrint(r). */
    static DynamicTest pr(int r, boolean printable) {
        return DynamicTest.dynamicTest("IsPrint(U+" + Integer.toHexString(r).toUpperCase() + ")",
                        () -> assertEquals(printable, Quoting.isPrint(r)));
    }
}
