package gosub.language.stdlib.unicode;

import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.stdlib.strings.ByteBuf;
import gosub.language.values.ByteStrings;
import gosub.language.values.Slice;

import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;

/** The unicode and unicode/utf8 packages' natives. */
public final class UnicodeNatives {
    private UnicodeNatives() {
    }

    private static void is(Natives n, String name, LongPredicate p) {
        n.register("unicode." + name, (gs, args) -> p.test((Long) args[0]));
    }

    private static void to(Natives n, String name, LongUnaryOperator f) {
        n.register("unicode." + name, (gs, args) -> f.applyAsLong((Long) args[0]));
    }

    /** A []byte argument as a byte string. */
    public static String str(Object slice) {
        return ByteBuf.toGoString((Slice) slice);
    }

    public static void register(Natives n, GoContext ctx) {
        is(n, "IsUpper", Runes::isUpper);
        is(n, "IsLower", Runes::isLower);
        is(n, "IsTitle", Runes::isTitle);
        is(n, "IsLetter", Runes::isLetter);
        is(n, "IsDigit", Runes::isDigit);
        is(n, "IsNumber", Runes::isNumber);
        is(n, "IsSpace", Runes::isSpace);
        is(n, "IsPunct", Runes::isPunct);
        is(n, "IsSymbol", Runes::isSymbol);
        is(n, "IsMark", Runes::isMark);
        is(n, "IsControl", Runes::isControl);
        is(n, "IsPrint", Runes::isPrint);
        is(n, "IsGraphic", Runes::isGraphic);
        to(n, "ToUpper", Runes::toUpper);
        to(n, "ToLower", Runes::toLower);
        to(n, "ToTitle", Runes::toTitle);
        to(n, "SimpleFold", Runes::simpleFold);
        RangeTableValues tables = new RangeTableValues(ctx);
        n.register("unicode.table", (gs, args) -> tables.table((String) args[0]));
        n.register("unicode.tableMap", (gs, args) -> tables.group((String) args[0]));
        n.register("unicode.caseTable", (gs, args) -> tables.caseTable((String) args[0]));

        String u = "unicode/utf8.";
        n.register(u + "RuneLen", (gs, args) -> (long) Runes.runeLen((Long) args[0]));
        n.register(u + "RuneCountInString", (gs, args) -> (long) ByteStrings.runeCount((String) args[0]));
        n.register(u + "RuneCount", (gs, args) -> (long) ByteStrings.runeCount(str(args[0])));
        n.register(u + "DecodeRuneInString", (gs, args) -> decoded(Runes.decode((String) args[0], 0)));
        n.register(u + "DecodeRune", (gs, args) -> {
            Slice p = (Slice) args[0];
            String s = p == null ? "" : ByteStrings.fromBytes((byte[]) p.array, p.offset, Math.min(p.len, 4));
            return decoded(Runes.decode(s, 0));
        });
        n.register(u + "DecodeLastRuneInString", (gs, args) -> {
            String s = (String) args[0];
            return decoded(Runes.decodeLast(s, s.length()));
        });
        n.register(u + "DecodeLastRune", (gs, args) -> {
            String s = str(args[0]);
            return decoded(Runes.decodeLast(s, s.length()));
        });
        n.register(u + "EncodeRune", (gs, args) -> {
            Slice p = (Slice) args[0];
            String enc = Runes.encode((Long) args[1]);
            int len = p == null ? 0 : p.len;
            if (len < enc.length()) {
                throw RuntimeErrors.indexOutOfRange(enc.length() == 1 ? 0 : enc.length() - 1, len);
            }
            byte[] arr = (byte[]) p.array;
            for (int i = 0; i < enc.length(); i++) {
                arr[p.offset + i] = (byte) enc.charAt(i);
            }
            return (long) enc.length();
        });
        n.register(u + "AppendRune", (gs, args) -> ByteBuf.appendString((Slice) args[0], Runes.encode((Long) args[1])));
        n.register(u + "ValidString", (gs, args) -> Runes.validString((String) args[0]));
        n.register(u + "Valid", (gs, args) -> Runes.validString(str(args[0])));
        n.register(u + "ValidRune", (gs, args) -> Runes.validRune((Long) args[0]));
        n.register(u + "FullRune", (gs, args) -> {
            // a look at three bytes at most: no string copy of the slice, which may be a whole buffer
            Slice p = (Slice) args[0];
            return p != null && Runes.fullRune((byte[]) p.array, p.offset, p.len);
        });
        n.register(u + "FullRuneInString", (gs, args) -> Runes.fullRune((String) args[0]));
    }

    private static Object[] decoded(long d) {
        return new Object[] {(long) Runes.rune(d), (long) Runes.width(d)};
    }
}
