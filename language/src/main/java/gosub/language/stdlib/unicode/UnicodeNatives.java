package gosub.language.stdlib.unicode;

import gosub.language.GoContext;
import gosub.language.Natives;
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
        n.register("unicode." + name, a -> p.test((Long) a[2]));
    }

    private static void to(Natives n, String name, LongUnaryOperator f) {
        n.register("unicode." + name, a -> f.applyAsLong((Long) a[2]));
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

        String u = "unicode/utf8.";
        n.register(u + "RuneLen", a -> (long) Runes.runeLen((Long) a[2]));
        n.register(u + "RuneCountInString", a -> (long) ByteStrings.runeCount((String) a[2]));
        n.register(u + "RuneCount", a -> (long) ByteStrings.runeCount(str(a[2])));
        n.register(u + "DecodeRuneInString", a -> decoded(Runes.decode((String) a[2], 0)));
        n.register(u + "DecodeRune", a -> {
            Slice p = (Slice) a[2];
            String s = p == null ? "" : ByteStrings.fromBytes((byte[]) p.array, p.offset, Math.min(p.len, 4));
            return decoded(Runes.decode(s, 0));
        });
        n.register(u + "DecodeLastRuneInString", a -> {
            String s = (String) a[2];
            return decoded(Runes.decodeLast(s, s.length()));
        });
        n.register(u + "DecodeLastRune", a -> {
            String s = str(a[2]);
            return decoded(Runes.decodeLast(s, s.length()));
        });
        n.register(u + "EncodeRune", a -> {
            Slice p = (Slice) a[2];
            String enc = Runes.encode((Long) a[3]);
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
        n.register(u + "AppendRune", a -> ByteBuf.appendString((Slice) a[2], Runes.encode((Long) a[3])));
        n.register(u + "ValidString", a -> Runes.validString((String) a[2]));
        n.register(u + "Valid", a -> Runes.validString(str(a[2])));
        n.register(u + "ValidRune", a -> Runes.validRune((Long) a[2]));
        n.register(u + "FullRune", a -> Runes.fullRune(str(a[2])));
        n.register(u + "FullRuneInString", a -> Runes.fullRune((String) a[2]));
    }

    private static Object[] decoded(long d) {
        return new Object[] {(long) Runes.rune(d), (long) Runes.width(d)};
    }
}
