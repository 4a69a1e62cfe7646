package gosub.language.stdlib.strings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
import gosub.language.stdlib.strings.TrimNativesFactory.TrimCutsetNodeGen;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;

/** Trimming: the strings package's Trim natives. */
public final class TrimNatives {
    private TrimNatives() {
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

    /** strings.TrimLeft, TrimRight, or Trim (both): the runes of cutset cut off at those ends. */
    abstract static class TrimCutset extends NativeNode {
        private final boolean left;
        private final boolean right;

        TrimCutset(boolean left, boolean right) {
            this.left = left;
            this.right = right;
        }

        @Specialization
        @TruffleBoundary
        String run(String s, String cutset) {
            String t = left ? trimLeft(s, cutset) : s;
            return right ? trimRight(t, cutset) : t;
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

    static void register(Natives n) {
        n.register(TrimNativesFactory.getFactories());
        n.register("strings.Trim", args -> TrimCutsetNodeGen.create(true, true, args));
        n.register("strings.TrimLeft", args -> TrimCutsetNodeGen.create(true, false, args));
        n.register("strings.TrimRight", args -> TrimCutsetNodeGen.create(false, true, args));
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
            long d = ByteStrings.decodeRune(s, i);
            int r = Runes.rune(d);
            int w = Runes.width(d);
            if (SearchNatives.indexRune(cutset, r) < 0) {
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
            if (SearchNatives.indexRune(cutset, r) < 0) {
                break;
            }
            end -= w;
        }
        return s.substring(0, end);
    }
}
