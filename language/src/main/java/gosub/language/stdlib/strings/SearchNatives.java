package gosub.language.stdlib.strings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;

/** Searching strings: the strings package's Contains, Index, LastIndex, Count and comparison natives. */
public final class SearchNatives {
    private SearchNatives() {
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

    /** Index from an offset, for the library's own walks over long strings (a substring would copy the rest). */
    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.indexFrom")
    abstract static class IndexFrom extends NativeNode {
        @Specialization
        @TruffleBoundary
        static long run(String s, String t, long from) {
            return s.indexOf(t, (int) Math.min(from, s.length()));
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
            long d = ByteStrings.decodeRune(s, i);
            int c = Runes.rune(d);
            int w = Runes.width(d);
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
}
