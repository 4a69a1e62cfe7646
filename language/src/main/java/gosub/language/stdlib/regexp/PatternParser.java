package gosub.language.stdlib.regexp;

import gosub.language.stdlib.regexp.Node.Kind;
import gosub.language.stdlib.unicode.Runes;
import gosub.language.values.ByteStrings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a pattern in Go's RE2 syntax into {@link Node}s, refusing what Go refuses with Go's error code and text.
 * <p>
 * One left-to-right pass over the pattern's bytes, with a frame per open group holding its finished alternatives
 * and the items of the alternative being read: a repetition operator takes the last item, so {@code ab*} repeats
 * {@code b} and {@code (?i)*} at the start has nothing to repeat. Which fault is reported when a pattern has several
 * follows from that order, as in Go: a missing {@code )} is only known at the end.
 */
final class PatternParser {
    /** Mode bits: the ones (?flags) change, and the Perl extensions POSIX syntax lacks. */
    static final int FOLD = 1;
    static final int ONE_LINE = 2;
    static final int DOT_NL = 4;
    static final int LAZY = 8;
    static final int CLASS_NL = 16;
    static final int PERL = 32;

    /** Go's limits: repetition counts, and the height of the tree. */
    private static final int MAX_REPEAT = 1000;
    private static final int MAX_HEIGHT = 1000;

    private final String src;
    private int flags;
    private int pos;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final List<String> names = new ArrayList<>();

    /** An open group (or the whole pattern, at the bottom). */
    private static final class Frame {
        final List<Node> alternatives = new ArrayList<>();
        List<Node> items = new ArrayList<>();
        final int flagsBefore;
        final int group;
        final String name;

        Frame(int flagsBefore, int group, String name) {
            this.flagsBefore = flagsBefore;
            this.group = group;
            this.name = name;
        }
    }

    private PatternParser(String src, int flags) {
        this.src = src;
        this.flags = flags;
    }

    /** What a parse gives: the tree and the capture names (index 0, the whole match, is ""). */
    record Parsed(Node root, List<String> names) {
    }

    /** Parses a pattern given as a Go byte string; perl selects Go's Perl syntax (Compile), else POSIX's. */
    static Parsed parse(String pattern, boolean perl) throws SyntaxError {
        PatternParser p = new PatternParser(pattern, perl ? PERL | ONE_LINE | CLASS_NL : 0);
        p.names.add("");
        Node root = p.run();
        return new Parsed(root, List.copyOf(p.names));
    }

    private Node run() throws SyntaxError {
        frames.push(new Frame(flags, 0, ""));
        boolean lastWasRepeat = false;
        int lastRepeatStart = 0;
        while (pos < src.length()) {
            boolean repeat = false;
            int start = pos;
            char c = src.charAt(pos);
            switch (c) {
                case '(':
                    if (perl() && pos + 1 < src.length() && src.charAt(pos + 1) == '?') {
                        groupOrFlags();
                    } else {
                        pos++;
                        names.add("");
                        frames.push(new Frame(flags, names.size() - 1, ""));
                    }
                    break;
                case '|':
                    pos++;
                    Frame f = frames.peek();
                    f.alternatives.add(concat(f.items));
                    f.items = new ArrayList<>();
                    break;
                case ')':
                    pos++;
                    closeGroup();
                    break;
                case '^':
                    pos++;
                    push(new Node(has(ONE_LINE) ? Kind.BEGIN_TEXT : Kind.BEGIN_LINE));
                    break;
                case '$':
                    pos++;
                    push(new Node(has(ONE_LINE) ? Kind.END_TEXT : Kind.END_LINE));
                    break;
                case '.':
                    pos++;
                    push(new Node(has(DOT_NL) ? Kind.ANY : Kind.ANY_NOT_NL));
                    break;
                case '[':
                    charClass();
                    break;
                case '*', '+', '?': {
                    pos++;
                    Kind k = c == '*' ? Kind.STAR : c == '+' ? Kind.PLUS : Kind.QUEST;
                    repetition(k, 0, 0, start, lastWasRepeat, lastRepeatStart);
                    repeat = true;
                    break;
                }
                case '{': {
                    int[] bounds = bounds();
                    if (bounds == null) {
                        pos++;
                        literal('{');
                        break;
                    }
                    int min = bounds[0];
                    int max = bounds[1];
                    if (min < 0 || min > MAX_REPEAT || max > MAX_REPEAT || max >= 0 && min > max) {
                        throw new SyntaxError(SyntaxError.BAD_REPEAT_SIZE, src.substring(start, pos));
                    }
                    repetition(Kind.REPEAT, min, max, start, lastWasRepeat, lastRepeatStart);
                    repeat = true;
                    break;
                }
                case '\\':
                    escapeOutsideClass();
                    break;
                default:
                    literal(nextRune());
            }
            lastWasRepeat = repeat;
            lastRepeatStart = start;
        }
        if (frames.size() != 1) {
            throw new SyntaxError(SyntaxError.NO_CLOSING_PAREN, src);
        }
        Frame top = frames.pop();
        top.alternatives.add(concat(top.items));
        return checkHeight(alternate(top.alternatives));
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
    }

    private boolean perl() {
        return has(PERL);
    }

    private void push(Node n) throws SyntaxError {
        frames.peek().items.add(checkHeight(n));
    }

    private Node checkHeight(Node n) throws SyntaxError {
        if (n.height > MAX_HEIGHT) {
            throw new SyntaxError(SyntaxError.TOO_DEEP, src);
        }
        return n;
    }

    private void literal(int r) throws SyntaxError {
        Node n = new Node(Kind.LITERAL);
        n.runes = new int[] {r};
        n.fold = has(FOLD) && Runes.simpleFold(r) != r;
        push(n);
    }

    /** The rune at pos, which it passes; invalid UTF-8 is an error quoting the rest of the pattern. */
    private int nextRune() throws SyntaxError {
        long d = ByteStrings.decodeRune(src, pos);
        int r = Runes.rune(d);
        int w = Runes.width(d);
        if (r == Runes.RUNE_ERROR && w == 1) {
            throw new SyntaxError(SyntaxError.BAD_UTF8, src.substring(pos));
        }
        pos += w;
        return r;
    }

    private void checkUtf8(int from, int to) throws SyntaxError {
        String s = src.substring(from, to);
        for (int i = 0; i < s.length();) {
            long d = ByteStrings.decodeRune(s, i);
            if (Runes.rune(d) == Runes.RUNE_ERROR && Runes.width(d) == 1) {
                throw new SyntaxError(SyntaxError.BAD_UTF8, s.substring(i));
            }
            i += Runes.width(d);
        }
    }

    // ------------------------------------------------------------------ groups and flags

    /** At "(?": a named group (?P<name>, or flags (?i) or (?i-s:... possibly opening a non-capturing group. */
    private void groupOrFlags() throws SyntaxError {
        int start = pos;
        if (src.length() - pos > 4 && src.charAt(pos + 2) == 'P' && src.charAt(pos + 3) == '<') {
            int end = src.indexOf('>', pos);
            if (end < 0) {
                checkUtf8(pos, src.length());
                throw new SyntaxError(SyntaxError.BAD_NAMED_CAPTURE, src.substring(start));
            }
            checkUtf8(pos + 4, end);
            String name = src.substring(pos + 4, end);
            if (!validGroupName(name)) {
                throw new SyntaxError(SyntaxError.BAD_NAMED_CAPTURE, src.substring(start, end + 1));
            }
            pos = end + 1;
            names.add(name);
            frames.push(new Frame(flags, names.size() - 1, name));
            return;
        }
        pos += 2;
        int set = flags;
        boolean negated = false;
        boolean sawFlag = false;
        while (pos < src.length()) {
            int c = nextRune();
            int bit = switch (c) {
                case 'i' -> FOLD;
                case 'm' -> ONE_LINE; // (?m) clears it
                case 's' -> DOT_NL;
                case 'U' -> LAZY;
                default -> 0;
            };
            if (bit != 0) {
                boolean on = (bit == ONE_LINE) == negated;
                set = on ? set | bit : set & ~bit;
                sawFlag = true;
                continue;
            }
            if (c == '-' && !negated) {
                negated = true;
                sawFlag = false;
                continue;
            }
            if ((c == ':' || c == ')') && (!negated || sawFlag)) {
                if (c == ':') {
                    frames.push(new Frame(flags, 0, ""));
                }
                flags = set;
                return;
            }
            break;
        }
        throw new SyntaxError(SyntaxError.BAD_PERL_OP, src.substring(start, pos));
    }

    private static boolean validGroupName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && !isAlnum(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private void closeGroup() throws SyntaxError {
        if (frames.size() < 2) {
            throw new SyntaxError(SyntaxError.UNEXPECTED_PAREN, src);
        }
        Frame f = frames.pop();
        f.alternatives.add(concat(f.items));
        Node body = alternate(f.alternatives);
        flags = f.flagsBefore;
        if (f.group == 0) {
            push(body);
        } else {
            Node cap = Node.of(Kind.CAPTURE, List.of(body));
            cap.group = f.group;
            cap.name = f.name;
            push(cap);
        }
    }

    /** The items of one alternative as one node; runs of literals become one multi-rune literal. */
    private static Node concat(List<Node> items) {
        List<Node> out = new ArrayList<>();
        for (Node n : items) {
            Node last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (n.kind == Kind.EMPTY) {
                continue; // matches where it stands: nothing to keep
            } else if (n.kind == Kind.CONCAT) {
                out.addAll(n.subs);
            } else if (last != null && last.kind == Kind.LITERAL && n.kind == Kind.LITERAL && last.fold == n.fold) {
                int[] merged = java.util.Arrays.copyOf(last.runes, last.runes.length + n.runes.length);
                System.arraycopy(n.runes, 0, merged, last.runes.length, n.runes.length);
                Node lit = new Node(Kind.LITERAL);
                lit.runes = merged;
                lit.fold = last.fold;
                out.set(out.size() - 1, lit);
            } else {
                out.add(n);
            }
        }
        if (out.isEmpty()) {
            return new Node(Kind.EMPTY);
        }
        return out.size() == 1 ? out.get(0) : Node.of(Kind.CONCAT, out);
    }

    private static Node alternate(List<Node> alternatives) {
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        List<Node> flat = new ArrayList<>();
        for (Node a : alternatives) {
            if (a.kind == Kind.ALTERNATE) {
                flat.addAll(a.subs);
            } else {
                flat.add(a);
            }
        }
        if (flat.stream().allMatch(a -> a.kind == Kind.EMPTY)) {
            return flat.get(0);
        }
        return factorPrefix(flat);
    }

    /**
     * ab|ac as a(?:b|c): the literal all alternatives start with is taken out in front, as Go's parser does, so
     * that LiteralPrefix (and the search's skip to the literal) sees it.
     */
    private static Node factorPrefix(List<Node> alternatives) {
        int[] common = leadingLiteral(alternatives.get(0));
        boolean fold = common != null && leading(alternatives.get(0)).fold;
        int n = common == null ? 0 : common.length;
        for (Node a : alternatives) {
            int[] lit = leadingLiteral(a);
            if (lit == null || leading(a).fold != fold) {
                n = 0;
                break;
            }
            int k = 0;
            while (k < n && k < lit.length && lit[k] == common[k]) {
                k++;
            }
            n = k;
        }
        if (n == 0) {
            return Node.of(Kind.ALTERNATE, alternatives);
        }
        List<Node> rests = new ArrayList<>();
        boolean allEmpty = true;
        for (Node a : alternatives) {
            Node rest = withoutLeading(a, n);
            allEmpty &= rest.kind == Kind.EMPTY;
            rests.add(rest);
        }
        Node lit = new Node(Kind.LITERAL);
        lit.runes = java.util.Arrays.copyOf(common, n);
        lit.fold = fold;
        Node tail = allEmpty ? rests.get(0) : factorPrefix(rests);
        return concat(List.of(lit, tail));
    }

    private static Node leading(Node n) {
        return n.kind == Kind.CONCAT ? n.subs.get(0) : n;
    }

    private static int[] leadingLiteral(Node n) {
        Node first = leading(n);
        return first.kind == Kind.LITERAL ? first.runes : null;
    }

    private static Node withoutLeading(Node n, int count) {
        Node first = leading(n);
        Node rest;
        if (count == first.runes.length) {
            rest = new Node(Kind.EMPTY);
        } else {
            rest = new Node(Kind.LITERAL);
            rest.runes = java.util.Arrays.copyOfRange(first.runes, count, first.runes.length);
            rest.fold = first.fold;
        }
        if (n.kind != Kind.CONCAT) {
            return rest;
        }
        List<Node> subs = new ArrayList<>(n.subs);
        subs.set(0, rest);
        return concat(subs);
    }

    // ------------------------------------------------------------------ repetition

    /** Applies a repetition operator (the text from start to pos) to the last item. */
    private void repetition(Kind kind, int min, int max, int start, boolean afterRepeat, int lastStart)
            throws SyntaxError {
        boolean lazy = has(LAZY);
        if (perl()) {
            if (pos < src.length() && src.charAt(pos) == '?') {
                pos++;
                lazy = !lazy;
            }
            if (afterRepeat) {
                throw new SyntaxError(SyntaxError.NESTED_REPEAT, src.substring(lastStart, pos));
            }
        }
        List<Node> items = frames.peek().items;
        if (items.isEmpty()) {
            throw new SyntaxError(SyntaxError.NO_REPEAT_ARGUMENT, src.substring(start, pos));
        }
        Node rep = Node.of(kind, List.of(items.remove(items.size() - 1)));
        rep.min = min;
        rep.max = max;
        rep.lazy = lazy;
        items.add(checkHeight(rep));
        if (kind == Kind.REPEAT && (min >= 2 || max >= 2) && !withinCopies(rep, MAX_REPEAT)) {
            throw new SyntaxError(SyntaxError.BAD_REPEAT_SIZE, src.substring(start, pos));
        }
    }

    /** Whether the counted repetitions nested in n make at most budget copies of what they repeat. */
    private static boolean withinCopies(Node n, int budget) {
        if (n.kind == Kind.REPEAT) {
            int m = n.max == 0 ? 0 : n.max < 0 ? n.min : n.max;
            if (n.max == 0) {
                return true;
            }
            if (m > budget) {
                return false;
            }
            if (m > 0) {
                budget /= m;
            }
        }
        for (Node s : n.subs) {
            if (!withinCopies(s, budget)) {
                return false;
            }
        }
        return true;
    }

    /**
     * At '{': {n}, {n,} or {n,m} as (min, max) with max -1 for none and min -1 for a number too large, passing
     * it; null (pos unchanged) when the text is not of that form and the brace is a literal.
     */
    private int[] bounds() {
        int p = pos + 1;
        int[] min = number(p);
        if (min == null || min[1] >= src.length()) {
            return null;
        }
        p = min[1];
        int lo = min[0];
        int hi;
        if (src.charAt(p) != ',') {
            hi = lo;
        } else {
            p++;
            if (p >= src.length()) {
                return null;
            }
            if (src.charAt(p) == '}') {
                hi = -1;
            } else {
                int[] max = number(p);
                if (max == null) {
                    return null;
                }
                p = max[1];
                hi = max[0];
                if (hi < 0) {
                    lo = -1;
                }
            }
        }
        if (p >= src.length() || src.charAt(p) != '}') {
            return null;
        }
        pos = p + 1;
        return new int[] {lo, hi};
    }

    /** A decimal number at p without leading zeros, as (value or -1 if too large, end); null if none. */
    private int[] number(int p) {
        if (p >= src.length() || !isDigit(src.charAt(p))) {
            return null;
        }
        if (src.charAt(p) == '0' && p + 1 < src.length() && isDigit(src.charAt(p + 1))) {
            return null;
        }
        int v = 0;
        int e = p;
        for (; e < src.length() && isDigit(src.charAt(e)); e++) {
            if (v >= 0) {
                v = v >= 100_000_000 ? -1 : v * 10 + src.charAt(e) - '0';
            }
        }
        return new int[] {v, e};
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ------------------------------------------------------------------ escapes

    private void escapeOutsideClass() throws SyntaxError {
        int start = pos;
        if (perl() && pos + 1 < src.length()) {
            switch (src.charAt(pos + 1)) {
                case 'A' -> {
                    pos += 2;
                    push(new Node(Kind.BEGIN_TEXT));
                    return;
                }
                case 'b' -> {
                    pos += 2;
                    push(new Node(Kind.WORD_BOUNDARY));
                    return;
                }
                case 'B' -> {
                    pos += 2;
                    push(new Node(Kind.NO_WORD_BOUNDARY));
                    return;
                }
                case 'C' -> throw new SyntaxError(SyntaxError.BAD_ESCAPE, src.substring(pos, pos + 2));
                case 'Q' -> {
                    int end = src.indexOf("\\E", pos + 2);
                    int stop = end < 0 ? src.length() : end;
                    pos += 2;
                    while (pos < stop) {
                        long d = ByteStrings.decodeRune(src, pos);
                        if (Runes.rune(d) == Runes.RUNE_ERROR && Runes.width(d) == 1) {
                            throw new SyntaxError(SyntaxError.BAD_UTF8, src.substring(pos, stop));
                        }
                        pos += Runes.width(d);
                        literal(Runes.rune(d));
                    }
                    pos = end < 0 ? src.length() : end + 2;
                    return;
                }
                case 'z' -> {
                    pos += 2;
                    push(new Node(Kind.END_TEXT));
                    return;
                }
                default -> {
                }
            }
        }
        int[] ranges = unicodeClass();
        if (ranges == null) {
            ranges = perlClass();
        }
        if (ranges != null) {
            Node n = new Node(Kind.CLASS);
            n.runes = ranges;
            push(n);
            return;
        }
        pos = start;
        literal(escape());
    }

    /**
     * At '\\': the rune an escape stands for (octal, hex, C escapes, an escaped punctuation character), passing
     * it; anything else is an invalid escape, quoting what was read of it.
     */
    private int escape() throws SyntaxError {
        int start = pos;
        pos++;
        if (pos >= src.length()) {
            throw new SyntaxError(SyntaxError.TRAILING_BACKSLASH, "");
        }
        int c = nextRune();
        switch (c) {
            case '1', '2', '3', '4', '5', '6', '7', '0': {
                // a lone non-zero digit would be a back-reference, which RE2 does not have
                if (c != '0' && !(pos < src.length() && isOctal(src.charAt(pos)))) {
                    break;
                }
                int r = c - '0';
                for (int i = 1; i < 3 && pos < src.length() && isOctal(src.charAt(pos)); i++) {
                    r = r * 8 + src.charAt(pos++) - '0';
                }
                return r;
            }
            case 'x': {
                if (pos >= src.length()) {
                    break;
                }
                int d = nextRune();
                if (d == '{') {
                    int r = 0;
                    int digits = 0;
                    while (true) {
                        if (pos >= src.length()) {
                            throw invalidEscape(start);
                        }
                        int h = nextRune();
                        if (h == '}') {
                            break;
                        }
                        int v = hexValue(h);
                        if (v < 0) {
                            throw invalidEscape(start);
                        }
                        r = r * 16 + v;
                        if (r > Runes.MAX_RUNE) {
                            throw invalidEscape(start);
                        }
                        digits++;
                    }
                    if (digits == 0) {
                        throw invalidEscape(start);
                    }
                    return r;
                }
                int hi = hexValue(d);
                int lo = pos < src.length() ? hexValue(nextRune()) : -1;
                if (hi < 0 || lo < 0) {
                    break;
                }
                return hi * 16 + lo;
            }
            case 'a':
                return 7;
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return 0x0b;
            default:
                if (c < 0x80 && !isAlnum(c)) {
                    return c;
                }
        }
        throw invalidEscape(start);
    }

    private SyntaxError invalidEscape(int start) {
        return new SyntaxError(SyntaxError.BAD_ESCAPE, src.substring(start, pos));
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** At '\\': \d \D \s \S \w \W (Perl syntax only), passing it; null otherwise. */
    private int[] perlClass() {
        if (!perl() || pos + 1 >= src.length() || src.charAt(pos) != '\\') {
            return null;
        }
        char c = src.charAt(pos + 1);
        int[] base = RuneClasses.perl(Character.toLowerCase(c));
        if (base == null || c > 'z') {
            return null;
        }
        pos += 2;
        return group(base, Character.isUpperCase(c));
    }

    /** A named set as (?i) and a negation make it. */
    private int[] group(int[] base, boolean negated) {
        int[] set = has(FOLD) ? new RuneClasses.Builder().addAllFolded(base).build() : base;
        return negated ? RuneClasses.complement(set) : set;
    }

    /**
     * At '\\': \pN, \p{Name}, \PN, \P{Name} or \p{^Name} (Perl syntax only), passing it; null when not at one.
     * An unknown name is an invalid range, quoting the escape.
     */
    private int[] unicodeClass() throws SyntaxError {
        if (!perl() || pos + 1 >= src.length() || src.charAt(pos) != '\\'
                || src.charAt(pos + 1) != 'p' && src.charAt(pos + 1) != 'P') {
            return null;
        }
        int start = pos;
        boolean negated = src.charAt(pos + 1) == 'P';
        pos += 2;
        String name;
        if (pos < src.length() && src.charAt(pos) == '{') {
            int end = src.indexOf('}', start);
            if (end < 0) {
                checkUtf8(start, src.length());
                throw new SyntaxError(SyntaxError.BAD_CLASS_RANGE, src.substring(start));
            }
            checkUtf8(start + 3, end);
            name = src.substring(start + 3, end);
            pos = end + 1;
        } else {
            int nameStart = pos;
            if (pos < src.length()) {
                nextRune();
            }
            name = src.substring(nameStart, pos);
        }
        String seq = src.substring(start, pos);
        if (name.startsWith("^")) {
            negated = !negated;
            name = name.substring(1);
        }
        int[] table = RuneClasses.unicode(name);
        if (table == null) {
            throw new SyntaxError(SyntaxError.BAD_CLASS_RANGE, seq);
        }
        return group(table, negated);
    }

    // ------------------------------------------------------------------ bracketed classes

    private void charClass() throws SyntaxError {
        int start = pos;
        pos++;
        RuneClasses.Builder set = new RuneClasses.Builder();
        boolean negated = false;
        if (pos < src.length() && src.charAt(pos) == '^') {
            negated = true;
            pos++;
            if (!has(CLASS_NL)) {
                set.add('\n', '\n'); // so that the negation leaves it out
            }
        }
        boolean first = true;
        while (pos >= src.length() || src.charAt(pos) != ']' || first) {
            if (!perl() && !first && pos < src.length() && src.charAt(pos) == '-'
                    && (pos + 1 == src.length() || src.charAt(pos + 1) != ']')) {
                int after = pos + 1;
                if (after < src.length()) {
                    after += Runes.width(ByteStrings.decodeRune(src, after));
                }
                throw new SyntaxError(SyntaxError.BAD_CLASS_RANGE, src.substring(pos, after));
            }
            first = false;
            if (src.startsWith("[:", pos) && src.length() - pos > 2) {
                int end = src.indexOf(":]", pos + 2);
                if (end >= 0) {
                    String text = src.substring(pos, end + 2);
                    boolean not = text.startsWith("[:^");
                    int[] base = RuneClasses.posix(text.substring(not ? 3 : 2, text.length() - 2));
                    if (base == null) {
                        throw new SyntaxError(SyntaxError.BAD_CLASS_RANGE, text);
                    }
                    set.addAll(group(base, not));
                    pos = end + 2;
                    continue;
                }
            }
            int[] named = unicodeClass();
            if (named == null) {
                named = perlClass();
            }
            if (named != null) {
                set.addAll(named);
                continue;
            }
            int rangeStart = pos;
            int lo = classChar(start);
            int hi = lo;
            if (src.length() - pos >= 2 && src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
                pos++;
                hi = classChar(start);
                if (hi < lo) {
                    throw new SyntaxError(SyntaxError.BAD_CLASS_RANGE, src.substring(rangeStart, pos));
                }
            }
            if (has(FOLD)) {
                set.addFolded(lo, hi);
            } else {
                set.add(lo, hi);
            }
        }
        pos++;
        int[] ranges = set.build();
        Node n = new Node(Kind.CLASS);
        n.runes = negated ? RuneClasses.complement(ranges) : ranges;
        push(n);
    }

    private int classChar(int classStart) throws SyntaxError {
        if (pos >= src.length()) {
            throw new SyntaxError(SyntaxError.NO_CLOSING_BRACKET, src.substring(classStart));
        }
        return src.charAt(pos) == '\\' ? escape() : nextRune();
    }
}
