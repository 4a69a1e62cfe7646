package gosub.language.stdlib.regexp;

import gosub.language.values.ByteStrings;
import java.util.Arrays;

/**
 * What a Go *Regexp holds on the Java side: the program, and the searches regexp.go builds its API on. Immutable
 * and so shared by goroutines as Go shares a Regexp; each search runs a machine of its own.
 */
public final class CompiledRegexp {
    final Program prog;

    private CompiledRegexp(Program prog) {
        this.prog = prog;
    }

    /** Compiles a pattern (a Go byte string) in Go's Perl syntax, or POSIX's; a refusal carries Go's message. */
    public static CompiledRegexp compile(String pattern, boolean posix) throws SyntaxError {
        return new CompiledRegexp(ProgramCompiler.compile(PatternParser.parse(pattern, !posix), pattern));
    }

    public int groups() {
        return prog.names.size() - 1;
    }

    public java.util.List<String> names() {
        return prog.names;
    }

    public String prefix() {
        return prog.prefix;
    }

    public boolean prefixComplete() {
        return prog.prefixComplete;
    }

    /** Whether s has a match. */
    public boolean matches(String s) {
        return new PikeMachine(prog, 0, false).search(s, 0, true);
    }

    /**
     * The first n matches (all if n &lt; 0) as Go's FindAll finds them: each search starts where the last match
     * ended, an empty match right after the previous match is passed over, and an empty match moves the search one
     * rune on. Each match is {@code slots} byte offsets (start, end, then each group's; -1 where a group took no
     * part), flattened.
     */
    public long[] findAll(String s, long n, int slots, boolean longest) {
        PikeMachine m = new PikeMachine(prog, slots, longest);
        long limit = n < 0 ? s.length() + 1L : n;
        Results out = new Results(slots);
        int end = s.length();
        int pos = 0;
        int prevEnd = -1;
        while (out.count < limit && pos <= end) {
            if (!m.search(s, pos, false)) {
                break;
            }
            int[] cap = m.matchcap;
            boolean keep = true;
            if (cap[1] == pos) {
                // empty at pos (a match starts at or after pos): not right after the previous match
                keep = cap[0] != prevEnd;
                pos += pos < end ? width(s, pos) : 1;
            } else {
                pos = cap[1];
            }
            prevEnd = cap[1];
            if (keep) {
                out.add(cap);
            }
        }
        return out.toArray();
    }

    /**
     * The matches ReplaceAll replaces: its search moves at least a rune on after each match, and an empty match
     * that touches the previous match is left as it is (unless it is at 0).
     */
    public long[] replaced(String s, int slots, boolean longest) {
        PikeMachine m = new PikeMachine(prog, slots, longest);
        Results out = new Results(slots);
        int end = s.length();
        int lastEnd = 0;
        int pos = 0;
        while (pos <= end) {
            if (!m.search(s, pos, false)) {
                break;
            }
            int[] cap = m.matchcap;
            if (cap[1] > lastEnd || cap[0] == 0) {
                out.add(cap);
            }
            lastEnd = cap[1];
            int w = pos < end ? width(s, pos) : 0;
            if (pos + w > cap[1]) {
                pos += w;
            } else if (pos + 1 > cap[1]) {
                pos++;
            } else {
                pos = cap[1];
            }
        }
        return out.toArray();
    }

    private static int width(String s, int i) {
        return s.charAt(i) < 0x80 ? 1 : (int) (ByteStrings.decodeRune(s, i) & 0xFF);
    }

    /** A growing flat list of matches. */
    private static final class Results {
        private final int slots;
        private long[] a;
        private int len;
        long count;

        Results(int slots) {
            this.slots = slots;
            this.a = new long[Math.max(2, slots) * 4];
        }

        void add(int[] cap) {
            if (len + slots > a.length) {
                a = Arrays.copyOf(a, 2 * a.length + slots);
            }
            for (int i = 0; i < slots; i++) {
                a[len++] = cap[i];
            }
            count++;
        }

        long[] toArray() {
            return Arrays.copyOf(a, len);
        }
    }
}
