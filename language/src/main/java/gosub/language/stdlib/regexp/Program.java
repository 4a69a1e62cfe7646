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
     * starts with \A or ^ (Go's one-pass programs) has its literal after the anchor, complete when $ ends it.
     */
    private boolean literalPrefix(StringBuilder lit) {
        int pc = start;
        boolean oneAnchor = op[pc] == EMPTY && (arg[pc] & BEGIN_TEXT) != 0;
        if (oneAnchor) {
            pc = out[pc];
            while (op[pc] == NOP) {
                pc = out[pc];
            }
        } else {
            pc = skipNops(pc);
        }
        while (op[pc] == RUNE1 && arg[pc] != 0xFFFD) {
            lit.append(gosub.language.stdlib.unicode.Runes.encode(arg[pc]));
            pc = oneAnchor ? out[pc] : skipNops(out[pc]);
        }
        if (oneAnchor) {
            return op[pc] == EMPTY && (arg[pc] & END_TEXT) != 0 && op[out[pc]] == MATCH;
        }
        return op[pc] == MATCH;
    }
}
