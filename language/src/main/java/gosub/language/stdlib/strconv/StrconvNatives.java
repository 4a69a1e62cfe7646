package gosub.language.stdlib.strconv;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
import gosub.language.stdlib.strconv.StrconvNativesFactory.AppendIntegerNodeGen;
import gosub.language.stdlib.strconv.StrconvNativesFactory.FormatIntegerNodeGen;
import gosub.language.stdlib.strconv.StrconvNativesFactory.ParseIntegerNodeGen;
import gosub.language.stdlib.strconv.StrconvNativesFactory.QuoteNodeGen;
import gosub.language.stdlib.strconv.StrconvNativesFactory.QuoteRuneNodeGen;
import gosub.language.stdlib.strings.ByteBuf;
import gosub.language.stdlib.strings.StringsNatives;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.Slice;

/**
 * The strconv package's natives. Parsers return a failure code ({@link NumberText}) that strconv.go turns into a
 * *NumError, so the errors are Go values.
 */
public final class StrconvNatives {
    private StrconvNatives() {
    }

    /** strconv.parseInt or, for unsigned, parseUint: the value and a {@link NumberText} failure code. */
    abstract static class ParseInteger extends NativeNode {
        private final boolean unsigned;

        ParseInteger(boolean unsigned) {
            this.unsigned = unsigned;
        }

        @Specialization
        @TruffleBoundary
        Object run(String s, long base, long bits) {
            long[] valueAndCode = unsigned ? NumberText.parseUint(s, base, bits) : NumberText.parseInt(s, base, bits);
            return new Object[] {valueAndCode[0], valueAndCode[1]};
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.parseFloat")
    abstract static class ParseFloat extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s, long bits) {
            return NumberText.parseFloat(s, bits);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.Itoa")
    abstract static class Itoa extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(long v) {
            return Long.toString(v);
        }
    }

    /** strconv.FormatInt or FormatUint: v in base 2 to 36, as signed or unsigned. */
    abstract static class FormatInteger extends NativeNode {
        private final boolean unsigned;

        FormatInteger(boolean unsigned) {
            this.unsigned = unsigned;
        }

        @Specialization
        @TruffleBoundary
        String run(long v, long base) {
            return formatInt(v, base, unsigned);
        }
    }

    /** strconv.AppendInt or AppendUint: dst with FormatInt's or FormatUint's text appended. */
    abstract static class AppendInteger extends NativeNode {
        private final boolean unsigned;

        AppendInteger(boolean unsigned) {
            this.unsigned = unsigned;
        }

        @Specialization
        @TruffleBoundary
        Object run(Object dst, long v, long base) {
            return ByteBuf.appendString((Slice) dst, formatInt(v, base, unsigned));
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.formatFloat")
    abstract static class FormatFloat extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(double f, long fmt, long prec, long bits) {
            // Precisions beyond 2^20 digits are clamped: the output would not fit in memory anyway.
            return FloatFormat.format(f, (char) (fmt & 0xFF), (int) Math.max(Math.min(prec, 1 << 20), -1), (int) bits);
        }
    }

    /** strconv.Quote and its ToASCII and ToGraphic variants, which differ in the runes they keep unescaped. */
    abstract static class Quote extends NativeNode {
        private final Quoting.Keep keep;

        Quote(Quoting.Keep keep) {
            this.keep = keep;
        }

        @Specialization
        @TruffleBoundary
        String run(String s) {
            return Quoting.quote(s, keep);
        }
    }

    /** strconv.QuoteRune and its ToASCII and ToGraphic variants. */
    abstract static class QuoteRune extends NativeNode {
        private final Quoting.Keep keep;

        QuoteRune(Quoting.Keep keep) {
            this.keep = keep;
        }

        @Specialization
        @TruffleBoundary
        String run(long r) {
            return Quoting.quoteRune(r, keep);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.CanBackquote")
    abstract static class CanBackquote extends NativeNode {
        @Specialization
        @TruffleBoundary
        static boolean run(String s) {
            return Quoting.canBackquote(s);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.IsPrint")
    abstract static class IsPrint extends NativeNode {
        @Specialization
        @TruffleBoundary
        static boolean run(long r) {
            return Runes.isPrint(r);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.IsGraphic")
    abstract static class IsGraphic extends NativeNode {
        @Specialization
        @TruffleBoundary
        static boolean run(long r) {
            return Runes.isGraphic(r);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.unquote")
    abstract static class Unquote extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s, boolean unescape) {
            return Unquoting.unquote(s, unescape);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.unquoteChar")
    abstract static class UnquoteChar extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s, long quote) {
            long[] ch = Unquoting.unquoteChar(s, 0, (int) (quote & 0xFF));
            if (ch == null) {
                return new Object[] {0L, false, "", false};
            }
            return new Object[] {ch[0], ch[1] != 0, s.substring((int) ch[2]), true};
        }
    }

    public static void register(Natives n) {
        n.register(StrconvNativesFactory.getFactories());
        for (boolean unsigned : new boolean[] {false, true}) {
            String integer = unsigned ? "Uint" : "Int";
            n.register("strconv.parse" + integer, args -> ParseIntegerNodeGen.create(unsigned, args));
            n.register("strconv.Format" + integer, args -> FormatIntegerNodeGen.create(unsigned, args));
            n.register("strconv.Append" + integer, args -> AppendIntegerNodeGen.create(unsigned, args));
        }
        registerQuoting(n, "", Quoting.Keep.PRINTABLE);
        registerQuoting(n, "ToASCII", Quoting.Keep.ASCII_PRINTABLE);
        registerQuoting(n, "ToGraphic", Quoting.Keep.GRAPHIC);
    }

    private static void registerQuoting(Natives n, String variant, Quoting.Keep keep) {
        n.register("strconv.Quote" + variant, args -> QuoteNodeGen.create(keep, args));
        n.register("strconv.QuoteRune" + variant, args -> QuoteRuneNodeGen.create(keep, args));
    }

    static String formatInt(long v, long base, boolean unsigned) {
        if (base < 2 || base > 36) {
            throw StringsNatives.panic("strconv: illegal AppendInt/FormatInt base");
        }
        return unsigned ? Long.toUnsignedString(v, (int) base) : Long.toString(v, (int) base);
    }
}
