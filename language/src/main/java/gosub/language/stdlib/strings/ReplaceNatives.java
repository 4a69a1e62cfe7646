package gosub.language.stdlib.strings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;
import gosub.language.values.Slice;

/** Replacing: the strings package's Replace natives and strings.Replacer's. */
public final class ReplaceNatives {
    private ReplaceNatives() {
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.Replace")
    abstract static class Replace extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, String old, String with, long n) {
            return ReplaceNatives.replace(s, old, with, n);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "strings.ReplaceAll")
    abstract static class ReplaceAll extends NativeNode {
        @Specialization
        @TruffleBoundary
        static String run(String s, String old, String with) {
            return ReplaceNatives.replace(s, old, with, -1);
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
