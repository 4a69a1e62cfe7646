package gosub.language.stdlib.strconv;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
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

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.parseUint")
    abstract static class ParseUint extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s, long base, long bits) {
            return pair(NumberText.parseUint(s, base, bits));
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.parseInt")
    abstract static class ParseInt extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s, long base, long bits) {
            return pair(NumberText.parseInt(s, base, bits));
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

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.FormatInt")
    abstract static class FormatInt extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(long v, long base) {
            return formatInt(v, base, false);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.FormatUint")
    abstract static class FormatUint extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(long v, long base) {
            return formatInt(v, base, true);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.AppendInt")
    abstract static class AppendInt extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object dst, long v, long base) {
            return ByteBuf.appendString((Slice) dst, formatInt(v, base, false));
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.AppendUint")
    abstract static class AppendUint extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object dst, long v, long base) {
            return ByteBuf.appendString((Slice) dst, formatInt(v, base, true));
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

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.Quote")
    abstract static class Quote extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s) {
            return Quoting.quote(s, Quoting.Keep.PRINTABLE);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.QuoteToASCII")
    abstract static class QuoteToASCII extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s) {
            return Quoting.quote(s, Quoting.Keep.ASCII_PRINTABLE);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.QuoteToGraphic")
    abstract static class QuoteToGraphic extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s) {
            return Quoting.quote(s, Quoting.Keep.GRAPHIC);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.QuoteRune")
    abstract static class QuoteRune extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(long r) {
            return Quoting.quoteRune(r, Quoting.Keep.PRINTABLE);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.QuoteRuneToASCII")
    abstract static class QuoteRuneToASCII extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(long r) {
            return Quoting.quoteRune(r, Quoting.Keep.ASCII_PRINTABLE);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strconv.QuoteRuneToGraphic")
    abstract static class QuoteRuneToGraphic extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(long r) {
            return Quoting.quoteRune(r, Quoting.Keep.GRAPHIC);
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
    }

    private static Object[] pair(long[] valueAndCode) {
        return new Object[] {valueAndCode[0], valueAndCode[1]};
    }

    static String formatInt(long v, long base, boolean unsigned) {
        if (base < 2 || base > 36) {
            throw StringsNatives.panic("strconv: illegal AppendInt/FormatInt base");
        }
        return unsigned ? Long.toUnsignedString(v, (int) base) : Long.toString(v, (int) base);
    }
}
