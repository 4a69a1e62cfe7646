package gosub.language.stdlib.regexp;

import gosub.language.stdlib.regexp.Node.Kind;
import gosub.language.stdlib.unicode.Runes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a parsed pattern into a {@link Program}: counted repetitions become copies of what they repeat, and each
 * node a fragment of instructions whose loose ends are patched to what follows (Thompson's construction, in the
 * order of preference Go gives each operator, so the machine's first match is Go's).
 */
final class ProgramCompiler {
    /** Go's limit on a compiled pattern (128 MB of its 40-byte instructions). */
    private static final int MAX_INSTRUCTIONS = (128 << 20) / 40;

    private int[] op = new int[16];
    private int[] out = new int[16];
    private int[] arg = new int[16];
    private int[][] ranges = new int[16][];
    private int size;
    private final String pattern;

    /**
     * A compiled piece: its first instruction (0, the FAIL instruction, for a piece that never matches), the
     * loose ends (instruction*2, +1 for the arg field) and whether it can match the empty string.
     */
    private record Frag(int start, int[] ends, boolean nullable) {
    }

    private ProgramCompiler(String pattern) {
        this.pattern = pattern;
    }

    static Program compile(PatternParser.Parsed parsed, String pattern) throws SyntaxError {
        ProgramCompiler c = new ProgramCompiler(pattern);
        c.emit(Program.FAIL, 0, 0, null);
        Frag f = c.compile(simplify(parsed.root()));
        int match = c.emit(Program.MATCH, 0, 0, null);
        c.patch(f.ends, match);
        int n = c.size;
        return new Program(Arrays.copyOf(c.op, n), Arrays.copyOf(c.out, n), Arrays.copyOf(c.arg, n),
                Arrays.copyOf(c.ranges, n), f.start, parsed.names());
    }

    // ------------------------------------------------------------------ simplification

    /** Rewrites counted repetitions as Go does, and drops repetitions that add nothing. */
    static Node simplify(Node n) {
        switch (n.kind) {
            case CAPTURE, CONCAT, ALTERNATE: {
                List<Node> subs = new ArrayList<>(n.subs.size());
                boolean changed = false;
                for (Node s : n.subs) {
                    Node t = simplify(s);
                    changed |= t != s;
                    subs.add(t);
                }
                if (!changed) {
                    return n;
                }
                Node copy = Node.of(n.kind, subs);
                copy.group = n.group;
                copy.name = n.name;
                return copy;
            }
            case STAR, PLUS, QUEST:
                return repeated(n.kind, n.lazy, simplify(n.subs.get(0)));
            case REPEAT:
                return counted(n);
            default:
                return n;
        }
    }

    private static Node repeated(Kind kind, boolean lazy, Node sub) {
        if (sub.kind == Kind.EMPTY || sub.kind == kind && sub.lazy == lazy) {
            return sub;
        }
        Node r = Node.of(kind, List.of(sub));
        r.lazy = lazy;
        return r;
    }

    /** x{n,m}: n copies of x, then m-n nested optional copies: x{2,4} is xx(x(x)?)?. */
    private static Node counted(Node n) {
        if (n.min == 0 && n.max == 0) {
            return new Node(Kind.EMPTY);
        }
        Node sub = simplify(n.subs.get(0));
        if (n.max == -1) {
            if (n.min == 0) {
                return repeated(Kind.STAR, n.lazy, sub);
            }
            List<Node> parts = new ArrayList<>();
            for (int i = 0; i < n.min - 1; i++) {
                parts.add(sub);
            }
            parts.add(repeated(Kind.PLUS, n.lazy, sub));
            return parts.size() == 1 ? parts.get(0) : Node.of(Kind.CONCAT, parts);
        }
        if (n.min == 1 && n.max == 1) {
            return sub;
        }
        List<Node> parts = new ArrayList<>();
        for (int i = 0; i < n.min; i++) {
            parts.add(sub);
        }
        if (n.max > n.min) {
            Node tail = repeated(Kind.QUEST, n.lazy, sub);
            for (int i = n.min + 1; i < n.max; i++) {
                tail = repeated(Kind.QUEST, n.lazy, Node.of(Kind.CONCAT, List.of(sub, tail)));
            }
            parts.add(tail);
        }
        if (parts.isEmpty()) {
            return new Node(Kind.NO_MATCH);
        }
        return parts.size() == 1 ? parts.get(0) : Node.of(Kind.CONCAT, parts);
    }

    // ------------------------------------------------------------------ fragments

    private int emit(int operation, int o, int a, int[] rs) throws SyntaxError {
        if (size == op.length) {
            if (size >= MAX_INSTRUCTIONS) {
                throw new SyntaxError(SyntaxError.INTERNAL, pattern);
            }
            int n = 2 * size;
            op = Arrays.copyOf(op, n);
            out = Arrays.copyOf(out, n);
            arg = Arrays.copyOf(arg, n);
            ranges = Arrays.copyOf(ranges, n);
        }
        op[size] = operation;
        out[size] = o;
        arg[size] = a;
        ranges[size] = rs;
        return size++;
    }

    private void patch(int[] ends, int target) {
        for (int e : ends) {
            if ((e & 1) == 0) {
                out[e >> 1] = target;
            } else {
                arg[e >> 1] = target;
            }
        }
    }

    private static int[] join(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static final Frag FAIL = new Frag(0, new int[0], false);

    private Frag single(int operation, int a, int[] rs, boolean nullable) throws SyntaxError {
        int pc = emit(operation, 0, a, rs);
        return new Frag(pc, new int[] {pc << 1}, nullable);
    }

    private Frag compile(Node n) throws SyntaxError {
        switch (n.kind) {
            case NO_MATCH:
                return FAIL;
            case EMPTY:
                return single(Program.NOP, 0, null, true);
            case LITERAL: {
                Frag f = null;
                for (int r : n.runes) {
                    Frag one = n.fold ? rune(orbit(r)) : single(Program.RUNE1, r, null, false);
                    f = f == null ? one : cat(f, one);
                }
                return f;
            }
            case CLASS:
                return rune(n.runes);
            case ANY:
                return single(Program.ANY, 0, null, false);
            case ANY_NOT_NL:
                return single(Program.ANY_NOT_NL, 0, null, false);
            case BEGIN_LINE:
                return single(Program.EMPTY, Program.BEGIN_LINE, null, true);
            case END_LINE:
                return single(Program.EMPTY, Program.END_LINE, null, true);
            case BEGIN_TEXT:
                return single(Program.EMPTY, Program.BEGIN_TEXT, null, true);
            case END_TEXT:
                return single(Program.EMPTY, Program.END_TEXT, null, true);
            case WORD_BOUNDARY:
                return single(Program.EMPTY, Program.WORD_BOUNDARY, null, true);
            case NO_WORD_BOUNDARY:
                return single(Program.EMPTY, Program.NO_WORD_BOUNDARY, null, true);
            case CAPTURE: {
                Frag open = single(Program.CAPTURE, 2 * n.group, null, true);
                Frag body = compile(n.subs.get(0));
                Frag close = single(Program.CAPTURE, 2 * n.group + 1, null, true);
                return cat(cat(open, body), close);
            }
            case STAR:
                return star(compile(n.subs.get(0)), n.lazy);
            case PLUS:
                return plus(compile(n.subs.get(0)), n.lazy);
            case QUEST:
                return quest(compile(n.subs.get(0)), n.lazy);
            case CONCAT: {
                Frag f = null;
                for (Node s : n.subs) {
                    Frag g = compile(s);
                    f = f == null ? g : cat(f, g);
                }
                return f == null ? single(Program.NOP, 0, null, true) : f;
            }
            case ALTERNATE: {
                Frag f = null;
                for (Node s : n.subs) {
                    Frag g = compile(s);
                    f = f == null ? g : alt(f, g);
                }
                return f;
            }
            default:
                throw new IllegalStateException("regexp: node " + n.kind + " left after simplification");
        }
    }

    private static int[] orbit(int r) {
        RuneClasses.Builder b = new RuneClasses.Builder().add(r, r);
        for (int f = (int) Runes.simpleFold(r); f != r; f = (int) Runes.simpleFold(f)) {
            b.add(f, f);
        }
        return b.build();
    }

    private Frag rune(int[] rs) throws SyntaxError {
        if (rs.length == 2 && rs[0] == rs[1]) {
            return single(Program.RUNE1, rs[0], null, false);
        }
        if (Arrays.equals(rs, RuneClasses.ANY)) {
            return single(Program.ANY, 0, null, false);
        }
        if (Arrays.equals(rs, RuneClasses.ANY_BUT_NEWLINE)) {
            return single(Program.ANY_NOT_NL, 0, null, false);
        }
        if (rs.length == 0) {
            return FAIL;
        }
        return single(Program.RUNE, 0, rs, false);
    }

    private Frag cat(Frag a, Frag b) {
        if (a.start == 0 || b.start == 0) {
            return FAIL;
        }
        patch(a.ends, b.start);
        return new Frag(a.start, b.ends, a.nullable && b.nullable);
    }

    private Frag alt(Frag a, Frag b) throws SyntaxError {
        if (a.start == 0) {
            return b;
        }
        if (b.start == 0) {
            return a;
        }
        int pc = emit(Program.ALT, a.start, b.start, null);
        return new Frag(pc, join(a.ends, b.ends), a.nullable || b.nullable);
    }

    /** An ALT preferring sub (or, lazy, the way around it), whose other way is left loose. */
    private int choice(Frag sub, boolean lazy) throws SyntaxError {
        return lazy ? emit(Program.ALT, 0, sub.start, null) : emit(Program.ALT, sub.start, 0, null);
    }

    private static int looseEnd(int pc, boolean lazy) {
        return lazy ? pc << 1 : pc << 1 | 1;
    }

    private Frag quest(Frag sub, boolean lazy) throws SyntaxError {
        int pc = choice(sub, lazy);
        return new Frag(pc, join(new int[] {looseEnd(pc, lazy)}, sub.ends), true);
    }

    private Frag loop(Frag sub, boolean lazy) throws SyntaxError {
        int pc = choice(sub, lazy);
        patch(sub.ends, pc);
        return new Frag(pc, new int[] {looseEnd(pc, lazy)}, true);
    }

    private Frag plus(Frag sub, boolean lazy) throws SyntaxError {
        return new Frag(sub.start, loop(sub, lazy).ends, sub.nullable);
    }

    private Frag star(Frag sub, boolean lazy) throws SyntaxError {
        // a star of something that can be empty is (x+)?, so that the empty way is the last one tried
        return sub.nullable ? quest(plus(sub, lazy), lazy) : loop(sub, lazy);
    }
}
