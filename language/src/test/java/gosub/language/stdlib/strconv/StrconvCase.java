package gosub.language.stdlib.strconv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.language.stdlib.unicode.Runes;
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

    /** strconv.Quote, QuoteToASCII, QuoteToGraphic and CanBackquote of s. */
    static DynamicTest q(String s, String quoted, String ascii, String graphic, boolean canBackquote) {
        return DynamicTest.dynamicTest("Quote(" + quoted + ")", () -> {
            assertEquals(quoted, Quoting.quote(s), "Quote");
            assertEquals(ascii, Quoting.quoteASCII(s), "QuoteToASCII");
            assertEquals(graphic, Quoting.quote(s, Quoting.Keep.GRAPHIC), "QuoteToGraphic");
            assertEquals(canBackquote, Quoting.canBackquote(s), "CanBackquote");
        });
    }

    /** strconv.QuoteRune, QuoteRuneToASCII and QuoteRuneToGraphic of r. */
    static DynamicTest qr(long r, String quoted, String ascii, String graphic) {
        return DynamicTest.dynamicTest("QuoteRune(" + r + ")", () -> {
            assertEquals(quoted, Quoting.quoteRune(r), "QuoteRune");
            assertEquals(ascii, Quoting.quoteRuneASCII(r), "QuoteRuneToASCII");
            assertEquals(graphic, Quoting.quoteRune(r, Quoting.Keep.GRAPHIC), "QuoteRuneToGraphic");
        });
    }

    /** strconv.IsPrint and IsGraphic of r. */
    static DynamicTest pr(int r, boolean printable, boolean graphic) {
        return DynamicTest.dynamicTest("IsPrint(U+" + Integer.toHexString(r).toUpperCase() + ")", () -> {
            assertEquals(printable, Quoting.isPrint(r), "IsPrint");
            assertEquals(graphic, Runes.isGraphic(r), "IsGraphic");
        });
    }

    /** strconv.ParseUint(s, base, bitSize): the value, and the failure code of NumberText (0 for none). */
    static DynamicTest pu(String s, int base, int bitSize, long value, int code) {
        return DynamicTest.dynamicTest("ParseUint(" + Quoting.quote(s) + ", " + base + ", " + bitSize + ")",
                        () -> assertArrayEquals(new long[] {value, code}, NumberText.parseUint(s, base, bitSize)));
    }

    /** strconv.ParseInt(s, base, bitSize): the value and the failure code. */
    static DynamicTest pi(String s, int base, int bitSize, long value, int code) {
        return DynamicTest.dynamicTest("ParseInt(" + Quoting.quote(s) + ", " + base + ", " + bitSize + ")",
                        () -> assertArrayEquals(new long[] {value, code}, NumberText.parseInt(s, base, bitSize)));
    }

    /** strconv.ParseFloat(s, bitSize): the bits of the value (any NaN for a NaN) and the failure code. */
    static DynamicTest pf(String s, int bitSize, long bits, int code) {
        return DynamicTest.dynamicTest("ParseFloat(" + Quoting.quote(s) + ", " + bitSize + ")", () -> {
            Object[] r = NumberText.parseFloat(s, bitSize);
            double v = (Double) r[0];
            long got = Double.isNaN(v) ? 0x7FF8000000000001L : Double.doubleToRawLongBits(v);
            assertEquals(Long.toHexString(bits), Long.toHexString(got), "value");
            assertEquals((long) code, r[1], "code");
        });
    }

    /**
     * strconv.Unquote(s) (value, ok) and QuotedPrefix(s) (prefix, ok), composed from the native as strconv.go
     * composes them.
     */
    static DynamicTest uq(String s, String value, boolean ok, String prefix, boolean prefixOk) {
        return DynamicTest.dynamicTest("Unquote(" + Quoting.quote(s) + ")", () -> {
            Object[] u = Unquoting.unquote(s, true);
            boolean unquoted = (Boolean) u[2] && ((String) u[1]).isEmpty();
            assertEquals(ok, unquoted, "Unquote ok");
            assertEquals(value, unquoted ? u[0] : "", "Unquote");
            Object[] p = Unquoting.unquote(s, false);
            assertEquals(prefixOk, p[2], "QuotedPrefix ok");
            assertEquals(prefix, (Boolean) p[2] ? p[0] : "", "QuotedPrefix");
        });
    }

    /** strconv.UnquoteChar(s, quote): value, multibyte and tail, or not ok. */
    static DynamicTest uc(String s, char quote, long value, boolean multibyte, String tail, boolean ok) {
        return DynamicTest.dynamicTest("UnquoteChar(" + Quoting.quote(s) + ", " + (int) quote + ")", () -> {
            long[] ch = Unquoting.unquoteChar(s, 0, quote);
            assertEquals(ok, ch != null, "ok");
            if (ch != null) {
                assertEquals(value, ch[0], "value");
                assertEquals(multibyte, ch[1] != 0, "multibyte");
                assertEquals(tail, s.substring((int) ch[2]), "tail");
            }
        });
    }
}
