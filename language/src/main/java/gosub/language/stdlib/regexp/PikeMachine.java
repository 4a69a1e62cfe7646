package gosub.language.stdlib.regexp;

import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;
import java.util.Arrays;

/**
 * Runs a {@link Program} over a byte string as Go's NFA simulation does: every thread of the program advances one
 * rune at a time, in order of preference, and a state reached twice at one position keeps only its first thread,
 * so the time is linear in the text times the program and nothing recurses on the Java stack.
 * <p>
 * Leftmost-first (Perl's, Go's Compile): the first thread to match cuts off the ones it is preferred to.
 * Leftmost-longest (Go's CompilePOSIX and Longest): the matches of the leftmost start compete on their end.
 * Invalid UTF-8 reads as one U+FFFD per bad byte; positions are byte offsets. Not thread-safe: one per search.
 */
final class PikeMachine {
    private static final int END_OF_TEXT = -1;

    private final Program prog;
    private final boolean longest;
    private final int slots;
    private Queue runq;
    private Queue nextq;
    /** Free capture arrays. */
    private int[][] pool = new int[8][];
    private int pooled;
    /** Jobs of the closure walk: pc, or (slot, old value) restores marked by a negative first word. */
    private int[] stack = new int[32];
    private final int[] scratch;

    final int[] matchcap;
    boolean matched;

    /** Program states of one position, in order of preference, with the thread of each that consumes input. */
    private static final class Queue {
        final int[] sparse;
        final int[] pcs;
        final int[][] caps;
        int size;

        Queue(int n) {
            sparse = new int[n];
            pcs = new int[n];
            caps = new int[n][];
        }

        boolean contains(int pc) {
            int j = sparse[pc];
            return j < size && pcs[j] == pc;
        }

        int add(int pc) {
            sparse[pc] = size;
            pcs[size] = pc;
            caps[size] = null;
            return size++;
        }
    }

    PikeMachine(Program prog, int slots, boolean longest) {
        this.prog = prog;
        this.longest = longest;
        this.slots = Math.max(slots, 2);
        this.runq = new Queue(prog.op.length);
        this.nextq = new Queue(prog.op.length);
        this.matchcap = new int[this.slots];
        this.scratch = new int[this.slots];
    }

    private int[] alloc() {
        return pooled > 0 ? pool[--pooled] : new int[slots];
    }

    private void free(int[] cap) {
        if (pooled == pool.length) {
            pool = Arrays.copyOf(pool, 2 * pool.length);
        }
        pool[pooled++] = cap;
    }

    private void clear(Queue q) {
        for (int j = 0; j < q.size; j++) {
            if (q.caps[j] != null) {
                free(q.caps[j]);
                q.caps[j] = null;
            }
        }
        q.size = 0;
    }

    private static boolean isWordByte(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    /** The conditions that hold between rune before (END_OF_TEXT at the start) and rune after. */
    private static int conditions(int before, int after) {
        int cond = 0;
        if (before == END_OF_TEXT) {
            cond |= Program.BEGIN_TEXT | Program.BEGIN_LINE;
        } else if (before == '\n') {
            cond |= Program.BEGIN_LINE;
        }
        if (after == END_OF_TEXT) {
            cond |= Program.END_TEXT | Program.END_LINE;
        } else if (after == '\n') {
            cond |= Program.END_LINE;
        }
        cond |= isWordByte(before) != isWordByte(after) ? Program.WORD_BOUNDARY : Program.NO_WORD_BOUNDARY;
        return cond;
    }

    /** The rune and width at i packed as (rune << 8 | width); END_OF_TEXT with width 0 at the end. */
    private static long step(String s, int i) {
        if (i >= s.length()) {
            return (long) END_OF_TEXT << 8;
        }
        char c = s.charAt(i);
        return c < 0x80 ? (long) c << 8 | 1 : ByteStrings.decodeRune(s, i);
    }

    private static int runeOf(long d) {
        return (int) (d >> 8);
    }

    /**
     * Looks for the first match starting at or after pos (with the text before pos as context). Fills matchcap
     * and reports whether there is one; with stopEarly, any match will do (for a yes or no).
     */
    boolean search(String s, int pos, boolean stopEarly) {
        matched = false;
        Arrays.fill(matchcap, -1);
        clear(runq);
        clear(nextq);
        if (prog.anchored && pos != 0) {
            return false;
        }
        long d = step(s, pos);
        int r = runeOf(d);
        int width = Runes.width(d);
        long d1 = width > 0 ? step(s, pos + width) : (long) END_OF_TEXT << 8;
        int before = pos == 0 ? END_OF_TEXT : s.charAt(pos - 1) < 0x80 ? s.charAt(pos - 1) : Runes.RUNE_ERROR;
        int cond = conditions(before, r);
        String prefix = prog.prefix;
        for (;;) {
            if (runq.size == 0) {
                if (matched || prog.anchored && pos != 0) {
                    break;
                }
                if (!prefix.isEmpty() && !s.startsWith(prefix, pos)) {
                    int at = s.indexOf(prefix, pos);
                    if (at < 0) {
                        break;
                    }
                    pos = at;
                    d = step(s, pos);
                    r = runeOf(d);
                    width = Runes.width(d);
                    d1 = step(s, pos + width);
                    before = pos == 0 ? END_OF_TEXT : s.charAt(pos - 1) < 0x80 ? s.charAt(pos - 1) : Runes.RUNE_ERROR;
                    cond = conditions(before, r);
                }
            }
            if (!matched && (pos == 0 || !prog.anchored)) {
                Arrays.fill(scratch, -1);
                scratch[0] = pos;
                add(runq, prog.start, pos, scratch, cond);
            }
            int r1 = runeOf(d1);
            int nextCond = conditions(r, r1);
            advance(pos, pos + width, r, nextCond);
            if (width == 0 || stopEarly && matched) {
                break;
            }
            pos += width;
            r = r1;
            width = Runes.width(d1);
            d1 = width > 0 ? step(s, pos + width) : (long) END_OF_TEXT << 8;
            cond = nextCond;
            Queue t = runq;
            runq = nextq;
            nextq = t;
        }
        clear(nextq);
        clear(runq);
        return matched;
    }

    /** Moves the threads of runq over rune c (at pos, ending at next) into nextq. */
    private void advance(int pos, int next, int c, int nextCond) {
        Queue q = runq;
        int[] op = prog.op;
        for (int j = 0; j < q.size; j++) {
            int[] t = q.caps[j];
            if (t == null) {
                continue;
            }
            q.caps[j] = null;
            if (longest && matched && matchcap[0] < t[0]) {
                free(t);
                continue;
            }
            int pc = q.pcs[j];
            boolean consume;
            switch (op[pc]) {
                case Program.MATCH:
                    if (!longest || !matched || matchcap[1] < pos) {
                        t[1] = pos;
                        System.arraycopy(t, 0, matchcap, 0, slots);
                    }
                    matched = true;
                    free(t);
                    if (!longest) {
                        // the threads after this one are less preferred: the match stands
                        for (int k = j + 1; k < q.size; k++) {
                            if (q.caps[k] != null) {
                                free(q.caps[k]);
                                q.caps[k] = null;
                            }
                        }
                        q.size = 0;
                        return;
                    }
                    continue;
                case Program.RUNE1:
                    consume = c == prog.arg[pc];
                    break;
                case Program.RUNE:
                    consume = c != END_OF_TEXT && RuneClasses.contains(prog.ranges[pc], c);
                    break;
                case Program.ANY:
                    consume = c != END_OF_TEXT;
                    break;
                case Program.ANY_NOT_NL:
                    consume = c != END_OF_TEXT && c != '\n';
                    break;
                default:
                    throw new IllegalStateException("regexp: thread at instruction " + op[pc]);
            }
            if (consume) {
                add(nextq, prog.out[pc], next, t, nextCond);
            }
            free(t);
        }
        q.size = 0;
    }

    private void push(int v) {
        if (stackSize == stack.length) {
            stack = Arrays.copyOf(stack, 2 * stack.length);
        }
        stack[stackSize++] = v;
    }

    private int stackSize;

    /**
     * Adds the states reachable from pc without consuming input, in order of preference, to q; those that
     * consume (or match) get a thread with cap as it is at that point (captures along the way recorded at pos).
     */
    private void add(Queue q, int startPc, int pos, int[] cap, int cond) {
        int[] op = prog.op;
        int[] out = prog.out;
        int[] arg = prog.arg;
        stackSize = 0;
        push(startPc);
        while (stackSize > 0) {
            int job = stack[--stackSize];
            if (job < 0) {
                // a capture's restore: (old value, ~slot) pushed in that order
                int old = stack[--stackSize];
                cap[~job] = old;
                continue;
            }
            int pc = job;
            while (!q.contains(pc)) {
                int j = q.add(pc);
                switch (op[pc]) {
                    case Program.FAIL:
                        break;
                    case Program.ALT:
                        push(arg[pc]);
                        pc = out[pc];
                        continue;
                    case Program.NOP:
                        pc = out[pc];
                        continue;
                    case Program.EMPTY:
                        if ((arg[pc] & ~cond) == 0) {
                            pc = out[pc];
                            continue;
                        }
                        break;
                    case Program.CAPTURE:
                        if (arg[pc] < slots) {
                            push(cap[arg[pc]]);
                            push(~arg[pc]);
                            cap[arg[pc]] = pos;
                        }
                        pc = out[pc];
                        continue;
                    default: {
                        int[] t = alloc();
                        System.arraycopy(cap, 0, t, 0, slots);
                        q.caps[j] = t;
                        break;
                    }
                }
                break;
            }
        }
    }
}
