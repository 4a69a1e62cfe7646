package gosub.language.stdlib.strings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
import gosub.language.stdlib.strings.SplitJoinNativesFactory.SplitAllNodeGen;
import gosub.language.stdlib.strings.SplitJoinNativesFactory.SplitNNodeGen;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;
import gosub.language.values.Slice;

/** Cutting strings up and putting them together: the strings package's Split, Fields, Join and Repeat natives. */
public final class SplitJoinNatives {
    private SplitJoinNatives() {
    }

    /** strings.Split, or SplitAfter (which keeps each separator at the end of its piece): all the pieces. */
    abstract static class SplitAll extends NativeNode {
        private final boolean after;

        SplitAll(boolean after) {
            this.after = after;
        }

        @Specialization
        @TruffleBoundary
        Object run(String s, String sep) {
            return split(s, sep, after, -1);
        }
    }

    /** strings.SplitN or SplitAfterN: at most n pieces (all for n &lt; 0). */
    abstract static class SplitN extends NativeNode {
        private final boolean after;

        SplitN(boolean after) {
            this.after = after;
        }

        @Specialization
        @TruffleBoundary
        Object run(String s, String sep, long n) {
            return split(s, sep, after, n);
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

    /**
     * strings.Split and its variants: s cut at each sep (kept at the end of its piece if {@code keepSep}), into at
     * most {@code limit} pieces when that is positive, none when it is 0. An empty sep cuts between runes. The
     * result's capacity is Go's: the number of pieces asked for, at most one more than the length of s.
     */
    static void register(Natives n) {
        n.register(SplitJoinNativesFactory.getFactories());
        n.register("strings.Split", args -> SplitAllNodeGen.create(false, args));
        n.register("strings.SplitAfter", args -> SplitAllNodeGen.create(true, args));
        n.register("strings.SplitN", args -> SplitNNodeGen.create(false, args));
        n.register("strings.SplitAfterN", args -> SplitNNodeGen.create(true, args));
    }

    public static Slice split(String s, String sep, boolean keepSep, long limit) {
        if (limit == 0) {
            return null;
        }
        if (sep.isEmpty()) {
            return splitRunes(s, limit);
        }
        long room = limit < 0 ? SearchNatives.count(s, sep) + 1 : Math.min(limit, s.length() + 1L);
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
            long d = ByteStrings.decodeRune(s, i);
            int c = Runes.rune(d);
            int w = Runes.width(d);
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
            throw StringsNatives.panic(pkg + ": negative Repeat count");
        }
        long total = s.length() * count;
        if (s.length() != 0 && total / count != s.length()) {
            throw StringsNatives.panic(pkg + ": Repeat count causes overflow");
        }
        // Go builds the result in a strings.Builder grown to its length: past what an address space holds that
        // make panics; a length that fits it but not a Java string is memory the JVM does not have
        if (total > gosub.language.types.MemorySizes.MAX_ALLOC) {
            throw gosub.language.runtime.RuntimeErrors.runtimeError("makeslice: cap out of range");
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw gosub.language.runtime.RuntimeErrors.outOfMemory();
        }
        return s.repeat((int) count);
    }
}
