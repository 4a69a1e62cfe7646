package gosub.language.stdlib.strings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;

import java.util.function.LongUnaryOperator;

/** Case mapping: the strings package's ToUpper, ToLower, ToTitle and Title natives. */
public final class CaseNatives {
    private CaseNatives() {
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
}
