package gosub.language.stdlib.regexp;

import java.util.List;

/**
 * A compiled pattern: instructions for {@link PikeMachine} in parallel arrays, and what the searches want to know
 * before they start (the capture names, a literal every match starts with, whether matches must start at 0).
 */
final class Program {
    // operations
    static final int FAIL = 0;
    static final int MATCH = 1;
    /** Consumes a rune in ranges[pc]. */
    static final int RUNE = 2;
    /** Consumes the rune arg[pc]. */
    static final int RUNE1 = 3;
    static final int ANY = 4;
    static final int ANY_NOT_NL = 5;
    /** Goes on at out[pc], and with lower priority at arg[pc]. */
    static final int ALT = 6;
    static final int NOP = 7;
    /** Records the position in slot arg[pc]. */
    static final int CAPTURE = 8;
    /** Goes on if every condition bit in arg[pc] holds at the position. */
    static final int EMPTY = 9;

    // conditions of EMPTY
    static final int BEGIN_LINE = 1;
    static final int END_LINE = 2;
    static final int BEGIN_TEXT = 4;
    static final int END_TEXT = 8;
    static final int WORD_BOUNDARY = 16;
    static final int NO_WORD_BOUNDARY = 32;

    final int[] op;
    final int[] out;
    final int[] arg;
    final int[][] ranges;
    final int start;
    /** Capture slots: two per group, group 0 being the whole match. */
    final int slots;
    /** Group names by number; "" for unnamed groups and for group 0. */
    final List<String> names;
    /** A byte string every match starts with (may be empty), and whether it is the whole of every match. */
    final String prefix;
    final boolean prefixComplete;
    /** Matches can only start at the beginning of the text. */
    final boolean anchored;

    Program(int[] op, int[] out, int[] arg, int[][] ranges, int start, List<String> names) {
        this.op = op;
        this.out = out;
        this.arg = arg;
        this.ranges = ranges;
        this.start = start;
        this.names = names;
        this.slots = 2 * names.size();
        this.anchored = (startConditions() & BEGIN_TEXT) != 0;
        StringBuilder lit = new StringBuilder();
        boolean complete = literalPrefix(lit);
        this.prefix = lit.toString();
        this.prefixComplete = complete;
    }

    private int skipNops(int pc) {
        while (op[pc] == NOP || op[pc] == CAPTURE) {
            pc = out[pc];
        }
        return pc;
    }

    /** The conditions every match needs at its start. */
    private int startConditions() {
        int cond = 0;
        for (int pc = start;; pc = out[pc]) {
            if (op[pc] == EMPTY) {
                cond |= arg[pc];
            } else if (op[pc] != NOP && op[pc] != CAPTURE) {
                return cond;
            }
        }
    }

    /**
     * Appends to lit the literal runes every match starts with; whether nothing can follow them. A pattern that
     * starts with \A or ^ has none unless Go would run it one-pass (see {@link #looksOnePass()}); then its literal
     * is the one after the anchor, complete when only $ follows it.
     */
    private boolean literalPrefix(StringBuilder lit) {
        boolean onePass = looksOnePass();
        int pc = onePass ? out[start] : skipNops(start);
        while (onePass && op[pc] == NOP) {
            pc = out[pc];
        }
        while (op[pc] == RUNE1 && arg[pc] != 0xFFFD) {
            lit.append(gosub.language.stdlib.unicode.Runes.encode(arg[pc]));
            pc = onePass ? out[pc] : skipNops(out[pc]);
        }
        if (onePass && lit.length() > 0) {
            return op[pc] == EMPTY && (arg[pc] & END_TEXT) != 0 && op[out[pc]] == MATCH;
        }
        return op[pc] == MATCH;
    }

    /**
     * Whether Go would compile this program one-pass, which changes what LiteralPrefix reports: anchored at the
     * start, a $ before every match, and at each choice the two ways starting with different runes. An
     * approximation of Go's analysis (which only LiteralPrefix can tell apart).
     */
    private boolean looksOnePass() {
        if (op[start] != EMPTY || (arg[start] & BEGIN_TEXT) == 0 || op.length > 2000) {
            return false;
        }
        for (int pc = 0; pc < op.length; pc++) {
            int o = op[pc];
            if (o == FAIL || o == MATCH) {
                continue;
            }
            boolean toMatch = op[out[pc]] == MATCH || o == ALT && op[arg[pc]] == MATCH;
            if (toMatch && !(o == EMPTY && (arg[pc] & END_TEXT) != 0)) {
                return false;
            }
            if (o == ALT) {
                RuneClasses.Builder a = new RuneClasses.Builder();
                RuneClasses.Builder b = new RuneClasses.Builder();
                boolean emptyA = firstRunes(out[pc], a, new boolean[op.length]);
                boolean emptyB = firstRunes(arg[pc], b, new boolean[op.length]);
                if (emptyA && emptyB || overlap(a.build(), b.build())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Adds the runes a thread at pc can consume first; whether it can reach the match without consuming. */
    private boolean firstRunes(int pc, RuneClasses.Builder into, boolean[] seen) {
        if (seen[pc]) {
            return false;
        }
        seen[pc] = true;
        switch (op[pc]) {
            case MATCH:
                return true;
            case RUNE:
                into.addAll(ranges[pc]);
                return false;
            case RUNE1:
                into.add(arg[pc], arg[pc]);
                return false;
            case ANY:
                into.addAll(RuneClasses.ANY);
                return false;
            case ANY_NOT_NL:
                into.addAll(RuneClasses.ANY_BUT_NEWLINE);
                return false;
            case ALT: {
                boolean a = firstRunes(out[pc], into, seen);
                return firstRunes(arg[pc], into, seen) || a;
            }
            case NOP, CAPTURE, EMPTY:
                return firstRunes(out[pc], into, seen);
            default:
                return false;
        }
    }

    private static boolean overlap(int[] a, int[] b) {
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i + 1] < b[j]) {
                i += 2;
            } else if (b[j + 1] < a[i]) {
                j += 2;
            } else {
                return true;
            }
        }
        return false;
    }
}
