package gosub.language.stdlib.strings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
import gosub.language.runtime.GoPanicException;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.types.Types;
import gosub.language.values.ByteStrings;
import gosub.language.values.Iface;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

import java.util.function.LongUnaryOperator;

/** The strings package's natives. Strings are gosub byte strings (one byte per char). */
public final class StringsNatives {
    private StringsNatives() {
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Contains")
    abstract static class Contains extends NativeNode {
        @Specialization
        @TruffleBoundary
        static boolean run(String s, String t) {
            return s.contains(t);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.ContainsRune")
    abstract static class ContainsRune extends NativeNode {
        @Specialization
        @TruffleBoundary
        static boolean run(String s, long r) {
            return indexRune(s, r) >= 0;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.ContainsAny")
    abstract static class ContainsAny extends NativeNode {
        @Specialization
        @TruffleBoundary
        static boolean run(String s, String t) {
            return indexAny(s, t) >= 0;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.HasPrefix")
    abstract static class HasPrefix extends NativeNode {
        @Specialization
        static boolean run(String s, String t) {
            return s.startsWith(t);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.HasSuffix")
    abstract static class HasSuffix extends NativeNode {
        @Specialization
        static boolean run(String s, String t) {
            return s.endsWith(t);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Index")
    abstract static class Index extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, String t) {
            return s.indexOf(t);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.IndexByte")
    abstract static class IndexByte extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, long c) {
            return s.indexOf((char) (c & 0xFF));
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.IndexRune")
    abstract static class IndexRune extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, long r) {
            return indexRune(s, r);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.IndexAny")
    abstract static class IndexAny extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, String t) {
            return indexAny(s, t);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.LastIndex")
    abstract static class LastIndex extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, String t) {
            return s.lastIndexOf(t);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.LastIndexByte")
    abstract static class LastIndexByte extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, long c) {
            return s.lastIndexOf((char) (c & 0xFF));
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.LastIndexAny")
    abstract static class LastIndexAny extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, String t) {
            return lastIndexAny(s, t);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Count")
    abstract static class Count extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, String t) {
            return count(s, t);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Split")
    abstract static class Split extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s, String sep) {
            return split(s, sep, false, -1);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.SplitN")
    abstract static class SplitN extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s, String sep, long n) {
            return split(s, sep, false, n);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.SplitAfter")
    abstract static class SplitAfter extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s, String sep) {
            return split(s, sep, true, -1);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.SplitAfterN")
    abstract static class SplitAfterN extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s, String sep, long n) {
            return split(s, sep, true, n);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Fields")
    abstract static class Fields extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(String s) {
            return fields(s);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Join")
    abstract static class Join extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(Object elems, String sep) {
            return join((Slice) elems, sep);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Repeat")
    abstract static class Repeat extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, long count) {
            return repeat(s, count, "strings");
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Replace")
    abstract static class Replace extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, String old, String with, long n) {
            return StringsNatives.replace(s, old, with, n);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.ReplaceAll")
    abstract static class ReplaceAll extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, String old, String with) {
            return StringsNatives.replace(s, old, with, -1);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.ToUpper")
    abstract static class ToUpper extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s) {
            return toUpper(s);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.ToLower")
    abstract static class ToLower extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s) {
            return toLower(s);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.ToTitle")
    abstract static class ToTitle extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s) {
            return mapRunes(s, Runes::toTitle);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Title")
    abstract static class Title extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s) {
            return title(s);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.TrimSpace")
    abstract static class TrimSpace extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s) {
            return trimSpace(s);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Trim")
    abstract static class Trim extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, String cutset) {
            return trimRight(trimLeft(s, cutset), cutset);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.TrimLeft")
    abstract static class TrimLeft extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, String cutset) {
            return trimLeft(s, cutset);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.TrimRight")
    abstract static class TrimRight extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, String cutset) {
            return trimRight(s, cutset);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.TrimPrefix")
    abstract static class TrimPrefix extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, String prefix) {
            return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.TrimSuffix")
    abstract static class TrimSuffix extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, String suffix) {
            return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.EqualFold")
    abstract static class EqualFold extends NativeNode {
        @Specialization
        @TruffleBoundary
        static boolean run(String s, String t) {
            return equalFold(s, t);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Compare")
    abstract static class Compare extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, String t) {
            return Integer.signum(s.compareTo(t));
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.replace")
    abstract static class ReplaceByPairs extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, Object oldNew) {
            return replacer(s, (Slice) oldNew);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.String")
    abstract static class BuilderString extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(Object b) {
            Slice buf = buf(b);
            return buf == null ? "" : ByteStrings.fromBytes((byte[]) buf.array, buf.offset, buf.len);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Len")
    abstract static class BuilderLen extends NativeNode {
        @Specialization
        static long run(Object b) {
            Slice buf = buf(b);
            return buf == null ? 0 : buf.len;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Cap")
    abstract static class BuilderCap extends NativeNode {
        @Specialization
        static long run(Object b) {
            Slice buf = buf(b);
            return buf == null ? 0 : buf.cap;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Reset")
    abstract static class BuilderReset extends NativeNode {
        @Specialization
        static Object run(Object b) {
            setBuf(b, null);
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Grow")
    abstract static class BuilderGrow extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, long k) {
            if (k < 0) {
                throw panic("strings.Builder.Grow: negative count");
            }
            Slice buf = buf(b);
            int len = buf == null ? 0 : buf.len;
            int cap = buf == null ? 0 : buf.cap;
            if (cap - len < k) {
                setBuf(b, ByteBuf.grow(buf, (int) Math.min(Integer.MAX_VALUE - 16, 2L * cap + k)));
            }
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.WriteString")
    abstract static class BuilderWriteString extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, String s) {
            setBuf(b, ByteBuf.appendString(buf(b), s));
            return new Object[] {(long) s.length(), null};
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.WriteByte")
    abstract static class BuilderWriteByte extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, long c) {
            setBuf(b, ByteBuf.appendByte(buf(b), (byte) c));
            return null;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.WriteRune")
    abstract static class BuilderWriteRune extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, long r) {
            String s = Runes.encode(r);
            setBuf(b, ByteBuf.appendString(buf(b), s));
            return new Object[] {(long) s.length(), null};
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Builder.Write")
    abstract static class BuilderWrite extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(Object b, Object bytes) {
            Slice p = (Slice) bytes;
            setBuf(b, ByteBuf.appendBytes(buf(b), p));
            return new Object[] {p == null ? 0L : (long) p.len, null};
        }
    }

    public static void register(Natives n) {
        n.register(StringsNativesFactory.getFactories());
    }

    // ------------------------------------------------------------------ helpers shared with other packages

    public static GoPanicException panic(String msg) {
        return new GoPanicException(new Iface(Types.STRING, msg));
    }

    private static Slice buf(Object builder) {
        if (builder == null) {
            throw gosub.language.runtime.RuntimeErrors.nilDeref();
        }
        return (Slice) ((StructValue) builder).refs[0];
    }

    private static void setBuf(Object builder, Slice b) {
        ((StructValue) builder).refs[0] = b;
    }

    public static Slice stringSlice(String[] items, int len, int cap) {
        Object[] arr = new Object[cap];
        System.arraycopy(items, 0, arr, 0, len);
        for (int i = len; i < cap; i++) {
            arr[i] = "";
        }
        return new Slice(arr, 0, len, cap);
    }

    public static int indexRune(String s, long r) {
        if (r >= 0 && r < 0x80) {
            return s.indexOf((char) r);
        }
        if (r == Runes.RUNE_ERROR) {
            for (int i = 0; i < s.length();) {
                long d = ByteStrings.decodeRune(s, i);
                if (Runes.rune(d) == Runes.RUNE_ERROR) {
                    return i;
                }
                i += Runes.width(d);
            }
            return -1;
        }
        if (!Runes.validRune(r)) {
            return -1;
        }
        return s.indexOf(Runes.encode(r));
    }

    public static int indexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        if (chars.length() == 1) {
            int c = chars.charAt(0);
            return indexRune(s, c >= 0x80 ? Runes.RUNE_ERROR : c);
        }
        for (int i = 0; i < s.length();) {
            int c = s.charAt(i);
            int w = 1;
            if (c >= 0x80) {
                long d = ByteStrings.decodeRune(s, i);
                c = Runes.rune(d);
                w = Runes.width(d);
            }
            if (indexRune(chars, c) >= 0) {
                return i;
            }
            i += w;
        }
        return -1;
    }

    public static int lastIndexAny(String s, String chars) {
        if (chars.isEmpty()) {
            return -1;
        }
        if (chars.length() == 1) {
            int rc = chars.charAt(0);
            if (rc >= 0x80) {
                rc = Runes.RUNE_ERROR;
            }
            for (int i = s.length(); i > 0;) {
                long d = Runes.decodeLast(s, i);
                i -= Runes.width(d);
                if (Runes.rune(d) == rc) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = s.length(); i > 0;) {
            long d = Runes.decodeLast(s, i);
            i -= Runes.width(d);
            if (indexRune(chars, Runes.rune(d)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    public static int count(String s, String sub) {
        if (sub.isEmpty()) {
            return ByteStrings.runeCount(s) + 1;
        }
        int n = 0;
        int i = 0;
        while (true) {
            int j = s.indexOf(sub, i);
            if (j < 0) {
                return n;
            }
            n++;
            i = j + sub.length();
        }
    }

    /**
     * strings.Split and its variants: s cut at each sep (kept at the end of its piece if {@code keepSep}), into at
     * most {@code limit} pieces when that is positive, none when it is 0. An empty sep cuts between runes. The
     * result's capacity is Go's: the number of pieces asked for, at most one more than the length of s.
     */
    public static Slice split(String s, String sep, boolean keepSep, long limit) {
        if (limit == 0) {
            return null;
        }
        if (sep.isEmpty()) {
            return splitRunes(s, limit);
        }
        long room = limit < 0 ? count(s, sep) + 1 : Math.min(limit, s.length() + 1L);
        Object[] pieces = new Object[(int) room];
        java.util.Arrays.fill(pieces, "");
        int made = 0;
        int from = 0;
        for (int at; made < room - 1 && (at = s.indexOf(sep, from)) >= 0; made++) {
            pieces[made] = s.substring(from, keepSep ? at + sep.length() : at);
            from = at + sep.length();
        }
        pieces[made++] = s.substring(from);
        return new Slice(pieces, 0, made, pieces.length);
    }

    /**
     * s cut into its runes, the last of at most {@code limit} pieces taking the rest. As in Go, a piece that does
     * not decode (an invalid byte) becomes U+FFFD, except in the rest.
     */
    private static Slice splitRunes(String s, long limit) {
        int runes = ByteStrings.runeCount(s);
        int n = limit < 0 || limit > runes ? runes : (int) limit;
        Object[] pieces = new Object[n];
        int from = 0;
        for (int k = 0; k < n - 1; k++) {
            long decoded = ByteStrings.decodeRune(s, from);
            int to = from + Runes.width(decoded);
            pieces[k] = Runes.rune(decoded) == Runes.RUNE_ERROR ? Runes.encode(Runes.RUNE_ERROR) : s.substring(from, to);
            from = to;
        }
        if (n > 0) {
            pieces[n - 1] = s.substring(from);
        }
        return new Slice(pieces, 0, n, n);
    }

    public static Slice fields(String s) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length();) {
            int c = s.charAt(i);
            int w = 1;
            if (c >= 0x80) {
                long d = ByteStrings.decodeRune(s, i);
                c = Runes.rune(d);
                w = Runes.width(d);
            }
            if (Runes.isSpace(c)) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += w;
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        Object[] arr = out.toArray();
        return new Slice(arr, 0, arr.length, arr.length);
    }

    public static String join(Slice elems, String sep) {
        if (elems == null || elems.len == 0) {
            return "";
        }
        Object[] arr = (Object[]) elems.array;
        if (elems.len == 1) {
            return (String) arr[elems.offset];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elems.len; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append((String) arr[elems.offset + i]);
        }
        return sb.toString();
    }

    public static String repeat(String s, long count, String pkg) {
        if (count == 0) {
            return "";
        }
        if (count < 0) {
            throw panic(pkg + ": negative Repeat count");
        }
        long total = s.length() * count;
        if (s.length() != 0 && total / count != s.length()) {
            throw panic(pkg + ": Repeat count causes overflow");
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw gosub.language.runtime.RuntimeErrors.runtimeError("makeslice: len out of range");
        }
        return s.repeat((int) count);
    }

    /**
     * strings.Replace: the first {@code limit} (all if negative) non-overlapping matches of old replaced by nw,
     * left to right. An empty old matches at the start and after each rune.
     */
    public static String replace(String s, String old, String nw, long limit) {
        if (limit == 0 || old.equals(nw)) {
            return s;
        }
        StringBuilder out = null;
        int copied = 0; // s[:copied] is in out
        int from = 0;   // where to look for the next match
        for (long done = 0; limit < 0 || done < limit; done++) {
            int at;
            if (!old.isEmpty()) {
                at = s.indexOf(old, from);
            } else if (done == 0) {
                at = 0;
            } else {
                at = from < s.length() ? from + Runes.width(ByteStrings.decodeRune(s, from)) : -1;
            }
            if (at < 0) {
                break;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + nw.length());
            }
            out.append(s, copied, at).append(nw);
            copied = from = at + old.length();
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** Go's strings.Map with a Java mapping: every rune (invalid bytes as U+FFFD) mapped and re-encoded. */
    public static String mapRunes(String s, LongUnaryOperator f) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            long d = ByteStrings.decodeRune(s, i);
            long r = f.applyAsLong(Runes.rune(d));
            if (r >= 0) {
                ByteStrings.appendRune(sb, (int) Math.min(r, Integer.MAX_VALUE));
            }
            i += Runes.width(d);
        }
        return sb.toString();
    }

    public static String toUpper(String s) {
        String ascii = asciiCase(s, 'a', 'z', 'A' - 'a');
        return ascii != null ? ascii : mapRunes(s, Runes::toUpper);
    }

    public static String toLower(String s) {
        String ascii = asciiCase(s, 'A', 'Z', 'a' - 'A');
        return ascii != null ? ascii : mapRunes(s, Runes::toLower);
    }

    /**
     * The fast path of ToUpper and ToLower: for an all-ASCII s, s with the letters from {@code first} to
     * {@code last} moved by {@code shift} (s itself if there are none); null if s has other bytes.
     */
    private static String asciiCase(String s, char first, char last, int shift) {
        char[] changed = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= first && c <= last) {
                if (changed == null) {
                    changed = s.toCharArray();
                }
                changed[i] = (char) (c + shift);
            }
        }
        return changed == null ? s : new String(changed);
    }

    /**
     * Whether Title starts a word after the rune r: an ASCII r that is not a letter, digit or '_', or a space.
     */
    private static boolean startsWordAfter(long r) {
        if (r <= 0x7F) {
            return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_');
        }
        return Runes.isSpace(r); // white space is never a letter or digit
    }

    public static String title(String s) {
        long[] prev = {' '};
        return mapRunes(s, r -> {
            boolean sep = startsWordAfter(prev[0]);
            prev[0] = r;
            return sep ? Runes.toTitle(r) : r;
        });
    }

    public static String trimSpace(String s) {
        int start = 0;
        while (start < s.length()) {
            long d = ByteStrings.decodeRune(s, start);
            if (!Runes.isSpace(Runes.rune(d))) {
                break;
            }
            start += Runes.width(d);
        }
        int stop = s.length();
        while (stop > start) {
            long d = Runes.decodeLast(s, stop);
            if (!Runes.isSpace(Runes.rune(d))) {
                break;
            }
            stop -= Runes.width(d);
        }
        return s.substring(start, stop);
    }

    public static String trimLeft(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) {
            return s;
        }
        int i = 0;
        while (i < s.length()) {
            int r = s.charAt(i);
            int w = 1;
            if (r >= 0x80) {
                long d = ByteStrings.decodeRune(s, i);
                r = Runes.rune(d);
                w = Runes.width(d);
            }
            if (indexRune(cutset, r) < 0) {
                break;
            }
            i += w;
        }
        return s.substring(i);
    }

    public static String trimRight(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) {
            return s;
        }
        int end = s.length();
        while (end > 0) {
            int r = s.charAt(end - 1);
            int w = 1;
            if (r >= 0x80) {
                long d = Runes.decodeLast(s, end);
                r = Runes.rune(d);
                w = Runes.width(d);
            }
            if (indexRune(cutset, r) < 0) {
                break;
            }
            end -= w;
        }
        return s.substring(0, end);
    }

    /** strings.EqualFold: the same number of runes, pairwise equal under simple case folding. */
    public static boolean equalFold(String s, String t) {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            long a = ByteStrings.decodeRune(s, i);
            long b = ByteStrings.decodeRune(t, j);
            i += Runes.width(a);
            j += Runes.width(b);
            if (!Runes.foldEqual(Runes.rune(a), Runes.rune(b))) {
                return false;
            }
        }
        return i == s.length() && j == t.length();
    }

    /** strings.Replacer: at each position the first pair (in argument order) whose old string matches wins. */
    public static String replacer(String s, Slice oldnewSlice) {
        int np = oldnewSlice == null ? 0 : oldnewSlice.len / 2;
        if (np == 0) {
            return s;
        }
        String[] olds = new String[np];
        String[] news = new String[np];
        boolean[] first = new boolean[256];
        boolean hasEmpty = false;
        Object[] arr = (Object[]) oldnewSlice.array;
        for (int k = 0; k < np; k++) {
            olds[k] = (String) arr[oldnewSlice.offset + 2 * k];
            news[k] = (String) arr[oldnewSlice.offset + 2 * k + 1];
            if (olds[k].isEmpty()) {
                hasEmpty = true;
            } else {
                first[olds[k].charAt(0)] = true;
            }
        }
        StringBuilder sb = null;
        int last = 0;
        boolean prevMatchEmpty = false;
        for (int i = 0; i <= s.length();) {
            if (!hasEmpty && (i == s.length() || !first[s.charAt(i)])) {
                i++;
                continue;
            }
            int match = -1;
            for (int k = 0; k < np; k++) {
                if (olds[k].isEmpty() ? !prevMatchEmpty : s.startsWith(olds[k], i)) {
                    match = k;
                    break;
                }
            }
            prevMatchEmpty = match >= 0 && olds[match].isEmpty();
            if (match >= 0) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16);
                }
                sb.append(s, last, i).append(news[match]);
                i += olds[match].length();
                last = i;
                continue;
            }
            i++;
        }
        if (sb == null) {
            return s;
        }
        sb.append(s, last, s.length());
        return sb.toString();
    }
}
