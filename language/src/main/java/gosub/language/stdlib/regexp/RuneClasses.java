package gosub.language.stdlib.regexp;

import gosub.language.stdlib.unicode.Runes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Sets of runes as sorted disjoint inclusive ranges, and the named sets a pattern can use: Perl's {@code \d \s \w}
 * and the POSIX {@code [:name:]} classes (ASCII only, as in Go), and the Unicode categories and scripts of
 * {@code \p{Name}} (Go 1.19's tables, generated into unicode-classes.txt by stdlib-gen/regexp_classes.go).
 */
final class RuneClasses {
    private RuneClasses() {
    }

    /** Runes outside [FIRST_FOLDING, LAST_FOLDING] have no other case (Go 1.19's tables). */
    static final int FIRST_FOLDING = 0x41;
    static final int LAST_FOLDING = 0x1e943;

    static final int[] ANY = {0, Runes.MAX_RUNE};
    static final int[] ANY_BUT_NEWLINE = {0, '\n' - 1, '\n' + 1, Runes.MAX_RUNE};

    private static final Map<String, int[]> PERL = Map.of(
            "d", new int[] {'0', '9'},
            "s", new int[] {'\t', '\n', '\f', '\r', ' ', ' '},
            "w", new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'});

    private static final Map<String, int[]> POSIX = Map.ofEntries(
            Map.entry("alnum", new int[] {'0', '9', 'A', 'Z', 'a', 'z'}),
            Map.entry("alpha", new int[] {'A', 'Z', 'a', 'z'}),
            Map.entry("ascii", new int[] {0, 0x7f}),
            Map.entry("blank", new int[] {'\t', '\t', ' ', ' '}),
            Map.entry("cntrl", new int[] {0, 0x1f, 0x7f, 0x7f}),
            Map.entry("digit", new int[] {'0', '9'}),
            Map.entry("graph", new int[] {'!', '~'}),
            Map.entry("lower", new int[] {'a', 'z'}),
            Map.entry("print", new int[] {' ', '~'}),
            Map.entry("punct", new int[] {'!', '/', ':', '@', '[', '`', '{', '~'}),
            Map.entry("space", new int[] {'\t', '\r', ' ', ' '}),
            Map.entry("upper", new int[] {'A', 'Z'}),
            Map.entry("word", new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}),
            Map.entry("xdigit", new int[] {'0', '9', 'A', 'F', 'a', 'f'}));

    /** The ranges of \d, \s or \w (by its letter in lower case), or null. */
    static int[] perl(char letter) {
        return PERL.get(String.valueOf(letter));
    }

    /** The ranges of [:name:], or null. */
    static int[] posix(String name) {
        return POSIX.get(name);
    }

    private static volatile Map<String, int[]> unicode;

    /** The ranges of the Unicode category or script NAME ("Any" is every rune), or null. */
    static int[] unicode(String name) {
        if (name.equals("Any")) {
            return ANY;
        }
        Map<String, int[]> tables = unicode;
        if (tables == null) {
            tables = loadUnicode();
            unicode = tables;
        }
        return tables.get(name);
    }

    private static Map<String, int[]> loadUnicode() {
        Map<String, int[]> tables = new HashMap<>();
        try (InputStream in = RuneClasses.class.getResourceAsStream("/gosub/language/stdlib/regexp/unicode-classes.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null;) {
                String[] parts = line.split(" ");
                int[] ranges = new int[2 * (parts.length - 1)];
                for (int i = 1; i < parts.length; i++) {
                    int dash = parts[i].indexOf('-');
                    ranges[2 * i - 2] = Integer.parseInt(parts[i], 0, dash, 16);
                    ranges[2 * i - 1] = Integer.parseInt(parts[i], dash + 1, parts[i].length(), 16);
                }
                tables.put(parts[0], ranges);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** A growing list of ranges, in any order until {@link #build()} sorts and merges them. */
    static final class Builder {
        private int[] r = new int[16];
        private int n;

        Builder add(int lo, int hi) {
            if (n + 2 > r.length) {
                r = Arrays.copyOf(r, 2 * r.length);
            }
            r[n++] = lo;
            r[n++] = hi;
            return this;
        }

        Builder addAll(int[] ranges) {
            for (int i = 0; i < ranges.length; i += 2) {
                add(ranges[i], ranges[i + 1]);
            }
            return this;
        }

        /** Adds lo..hi and every rune of the same case orbit as one of them (what (?i) makes of a range). */
        Builder addFolded(int lo, int hi) {
            add(lo, hi);
            for (int c = Math.max(lo, FIRST_FOLDING), end = Math.min(hi, LAST_FOLDING); c <= end; c++) {
                for (int f = (int) Runes.simpleFold(c); f != c; f = (int) Runes.simpleFold(f)) {
                    if (f < lo || f > hi) {
                        add(f, f);
                    }
                }
            }
            return this;
        }

        Builder addAllFolded(int[] ranges) {
            for (int i = 0; i < ranges.length; i += 2) {
                addFolded(ranges[i], ranges[i + 1]);
            }
            return this;
        }

        /** Adds every rune that is not in ranges (which must be built: sorted and disjoint). */
        Builder addComplement(int[] ranges) {
            int next = 0;
            for (int i = 0; i < ranges.length; i += 2) {
                if (ranges[i] > next) {
                    add(next, ranges[i] - 1);
                }
                next = ranges[i + 1] + 1;
            }
            if (next <= Runes.MAX_RUNE) {
                add(next, Runes.MAX_RUNE);
            }
            return this;
        }

        /** The ranges sorted and merged (touching ranges become one). */
        int[] build() {
            long[] keyed = new long[n / 2];
            for (int i = 0; i < keyed.length; i++) {
                keyed[i] = ((long) r[2 * i] << 32) | (r[2 * i + 1] & 0xffffffffL);
            }
            Arrays.sort(keyed);
            int[] out = new int[n];
            int m = 0;
            for (long k : keyed) {
                int lo = (int) (k >>> 32);
                int hi = (int) k;
                if (m > 0 && lo <= out[m - 1] + 1) {
                    out[m - 1] = Math.max(out[m - 1], hi);
                } else {
                    out[m++] = lo;
                    out[m++] = hi;
                }
            }
            return Arrays.copyOf(out, m);
        }
    }

    static int[] complement(int[] ranges) {
        return new Builder().addComplement(ranges).build();
    }

    /** Whether the built ranges hold c. */
    static boolean contains(int[] ranges, int c) {
        if (ranges.length <= 8) {
            for (int i = 0; i < ranges.length; i += 2) {
                if (c < ranges[i]) {
                    return false;
                }
                if (c <= ranges[i + 1]) {
                    return true;
                }
            }
            return false;
        }
        int lo = 0;
        int hi = ranges.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) {
                hi = mid;
            } else if (c > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
