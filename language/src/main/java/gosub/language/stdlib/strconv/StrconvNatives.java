package gosub.language.stdlib.strconv;

import gosub.language.GoContext;
import gosub.language.Natives;
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

    public static void register(Natives n, GoContext ctx) {
        n.register("strconv.parseUint", a -> pair(NumberText.parseUint((String) a[2], (Long) a[3], (Long) a[4])));
        n.register("strconv.parseInt", a -> pair(NumberText.parseInt((String) a[2], (Long) a[3], (Long) a[4])));
        n.register("strconv.parseFloat", a -> NumberText.parseFloat((String) a[2], (Long) a[3]));
        n.register("strconv.Itoa", a -> Long.toString((Long) a[2]));
        n.register("strconv.FormatInt", a -> formatInt((Long) a[2], (Long) a[3], false));
        n.register("strconv.FormatUint", a -> formatInt((Long) a[2], (Long) a[3], true));
        n.register("strconv.AppendInt", a -> ByteBuf.appendString((Slice) a[2], formatInt((Long) a[3], (Long) a[4], false)));
        n.register("strconv.AppendUint", a -> ByteBuf.appendString((Slice) a[2], formatInt((Long) a[3], (Long) a[4], true)));
        // Precisions beyond 2^20 digits are clamped: the output would not fit in memory anyway.
        n.register("strconv.formatFloat", a -> FloatFormat.format((Double) a[2], (char) ((Long) a[3] & 0xFF),
                        (int) Math.max(Math.min((Long) a[4], 1 << 20), -1), (int) (long) (Long) a[5]));
        n.register("strconv.Quote", a -> Quoting.quote((String) a[2], Quoting.Keep.PRINTABLE));
        n.register("strconv.QuoteToASCII", a -> Quoting.quote((String) a[2], Quoting.Keep.ASCII_PRINTABLE));
        n.register("strconv.QuoteToGraphic", a -> Quoting.quote((String) a[2], Quoting.Keep.GRAPHIC));
        n.register("strconv.QuoteRune", a -> Quoting.quoteRune((Long) a[2], Quoting.Keep.PRINTABLE));
        n.register("strconv.QuoteRuneToASCII", a -> Quoting.quoteRune((Long) a[2], Quoting.Keep.ASCII_PRINTABLE));
        n.register("strconv.QuoteRuneToGraphic", a -> Quoting.quoteRune((Long) a[2], Quoting.Keep.GRAPHIC));
        n.register("strconv.CanBackquote", a -> Quoting.canBackquote((String) a[2]));
        n.register("strconv.IsPrint", a -> Runes.isPrint((Long) a[2]));
        n.register("strconv.IsGraphic", a -> Runes.isGraphic((Long) a[2]));
        n.register("strconv.unquote", a -> Unquoting.unquote((String) a[2], (Boolean) a[3]));
        n.register("strconv.unquoteChar", a -> {
            String s = (String) a[2];
            long[] ch = Unquoting.unquoteChar(s, 0, (int) ((Long) a[3] & 0xFF));
            if (ch == null) {
                return new Object[] {0L, false, "", false};
            }
            return new Object[] {ch[0], ch[1] != 0, s.substring((int) ch[2]), true};
        });
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
