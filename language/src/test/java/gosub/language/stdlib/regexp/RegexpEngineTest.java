package gosub.language.stdlib.regexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the regexp engine that the golden programs cannot show: range sets stay sorted and disjoint, the
 * machine is linear (no backtracking blow-up, no recursion on long texts), leftmost-longest never ends before
 * leftmost-first at the same start, and offsets are byte offsets over invalid UTF-8.
 */
class RegexpEngineTest {

    private static CompiledRegexp re(String pattern) throws SyntaxError {
        return CompiledRegexp.compile(pattern, false);
    }

    @Test
    void builtRangesAreSortedDisjointAndAgreeWithMembership() {
        Random rnd = new Random(42);
        for (int round = 0; round < 200; round++) {
            RuneClasses.Builder b = new RuneClasses.Builder();
            boolean[] in = new boolean[300];
            for (int k = rnd.nextInt(12); k > 0; k--) {
                int lo = rnd.nextInt(300);
                int hi = Math.min(299, lo + rnd.nextInt(20));
                b.add(lo, hi);
                for (int c = lo; c <= hi; c++) {
                    in[c] = true;
                }
            }
            int[] set = b.build();
            for (int i = 2; i < set.length; i += 2) {
                assertTrue(set[i] > set[i - 1] + 1, "ranges must neither overlap nor touch");
            }
            int[] not = RuneClasses.complement(set);
            assertArrayEquals(set, RuneClasses.complement(not));
            for (int c = 0; c < 300; c++) {
                assertEquals(in[c], RuneClasses.contains(set, c), "rune " + c);
                assertEquals(!in[c], RuneClasses.contains(not, c), "complement, rune " + c);
            }
        }
    }

    @Test
    void foldingAddsTheWholeCaseOrbit() {
        int[] k = new RuneClasses.Builder().addFolded('k', 'k').build();
        assertTrue(RuneClasses.contains(k, 'K'));
        assertTrue(RuneClasses.contains(k, 0x212A)); // Kelvin sign
        assertFalse(RuneClasses.contains(k, 'j'));
    }

    @Test
    void unicodeTablesAreGo119s() {
        assertTrue(RuneClasses.contains(RuneClasses.unicode("L"), 'é'));
        assertFalse(RuneClasses.contains(RuneClasses.unicode("L"), '1'));
        assertTrue(RuneClasses.contains(RuneClasses.unicode("Greek"), 'Σ'));
        // U+1FAE0 (a face) is in Unicode 14, after Go 1.19's Unicode 13: not a symbol yet
        assertFalse(RuneClasses.contains(RuneClasses.unicode("So"), 0x1FAE0));
        assertEquals(null, RuneClasses.unicode("Klingon"));
    }

    @Test
    void nestedRepetitionsDoNotBacktrack() {
        String text = "a".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertFalse(re("(a*)*b").matches(text));
            assertFalse(re("(a|aa)+c").matches(text));
            assertFalse(re("(?:a?){30}a{30}x").matches(text));
        });
    }

    @Test
    void longTextsDoNotRecurse() throws SyntaxError {
        String text = "ab".repeat(200_000);
        long[] m = re("(a|b)*").findAll(text, 1, 4, false);
        assertArrayEquals(new long[] {0, text.length(), text.length() - 1, text.length()}, m);
    }

    @Test
    void offsetsAreBytesAndBadBytesAreOneRuneEach() throws SyntaxError {
        String text = "\u00e9\u00ff"; // as Go bytes: 0xE9 0xFF, two invalid bytes
        assertArrayEquals(new long[] {0, 1, 1, 2}, re(".").findAll(text, -1, 2, false));
        assertArrayEquals(new long[] {0, 2}, re("\\x{FFFD}+").findAll(text, -1, 2, false));
        String euro = "\u00e2\u0082\u00ac"; // the UTF-8 bytes of U+20AC
        assertArrayEquals(new long[] {0, 3}, re("\\x{20AC}").findAll(euro, -1, 2, false));
    }

    @Test
    void longestNeverEndsBeforeFirstAtTheSameStart() throws SyntaxError {
        String[] parts = {"a", "b", "a*", "b+", "(a|ab)", "(a|b)*?", "a?", "(ab|a)b*", "|", "."};
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder p = new StringBuilder();
            for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                p.append(parts[rnd.nextInt(parts.length)]);
            }
            StringBuilder t = new StringBuilder();
            for (int k = rnd.nextInt(8); k > 0; k--) {
                t.append(rnd.nextBoolean() ? 'a' : 'b');
            }
            CompiledRegexp r = re(p.toString());
            long[] first = r.findAll(t.toString(), 1, 2, false);
            long[] longest = r.findAll(t.toString(), 1, 2, true);
            assertEquals(first.length, longest.length, p + " on " + t);
            if (first.length > 0) {
                assertEquals(first[0], longest[0], "same leftmost start: " + p + " on " + t);
                assertTrue(longest[1] >= first[1], "longest is not shorter: " + p + " on " + t);
            }
        }
    }

    @Test
    void refusalsCarryGosMessage() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> re("a(b"));
        assertEquals("error parsing regexp: missing closing ): `a(b`", e.getMessage());
        e = assertThrows(SyntaxError.class, () -> re("(".repeat(1001) + ")".repeat(1001)));
        assertEquals(SyntaxError.TOO_DEEP, e.code);
        assertNotNull(assertThrows(SyntaxError.class, () -> CompiledRegexp.compile("\\d", true)));
    }
}
