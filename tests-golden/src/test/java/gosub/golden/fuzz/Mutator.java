package gosub.golden.fuzz;

import gosub.golden.fuzz.GoTokens.Kind;
import gosub.golden.fuzz.GoTokens.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small random edits of a Go program, each described so that a person can see what was changed: the edits a
 * programmer makes by mistake (a token or line too few or too many, a wrong operator or literal, swapped names,
 * an unbalanced bracket, a file cut short). The result depends only on the source and the random generator.
 */
final class Mutator {
    /** A mutated program and what was done to it. */
    record Mutant(String source, String description) {
    }

    enum Edit {
        DELETE_TOKEN, DELETE_LINE, DUPLICATE_LINE, MOVE_LINE, CHANGE_OPERATOR, CHANGE_LITERAL, SWAP_IDENTIFIERS,
        CUT_SHORT, INSERT_BRACKET
    }

    private static final String[] BRACKETS = {"(", ")", "[", "]", "{", "}"};

    /** Operators that stand for another: everything but brackets (INSERT_BRACKET unbalances those). */
    private static final String[] OPERATORS = GoTokens.OPERATORS.stream()
            .filter(o -> !Arrays.asList(BRACKETS).contains(o))
            .toArray(String[]::new);

    /** Values at the edges of Go's integer and float types, malformed ones, and the untyped kinds mixed up. */
    private static final String[] NUMBERS = {"0", "1", "-1", "2", "7", "10", "255", "256", "-128", "65535",
        "2147483647", "2147483648", "4294967296", "9223372036854775807", "9223372036854775808",
        "18446744073709551616", "1e309", "1e-400", "0.5", "3.14", "1e6", "-0.0", "0x7fffffff", "0b101", "0o17",
        "017", "08", "1_000", "0x", "1e", "1__0", "0x1p-2", "1i", ".5", "1 << 62", "1 << 64", "'a'", "\"7\"", "nil",
        "true"};
    private static final String[] STRINGS = {"\"\"", "\"x\"", "\"hello, world\\n\"", "\"\\xff\\xfe\"",
        "\"日本語\"", "\"\\u00e9\"", "\"%d %s %v\"", "\"%\"", "\"%!\"", "\"%x %q %08.3f %-5d %+v %#v %T %p %%\"",
        "\"%[2]d %[1]*d %.*f\"", "\"\\q\"", "`raw\nline`", "\"a\\tb\\n\"", "\"\\U0010ffff\"", "\"\\U00110000\"",
        "\"\\400\"", "\"unterminated", "0", "'s'"};
    private static final String[] RUNES = {"'a'", "'\\x00'", "'\\''", "'\\u00e9'", "'世'", "''", "'ab'", "'\\400'",
        "'\\U0010ffff'", "'\\uD800'", "\"a\"", "97"};

    private Mutator() {
    }

    /** One to three edits of SOURCE (mostly one); never the source unchanged. */
    static Mutant mutate(String source, SplittableRandom rnd) {
        int roll = rnd.nextInt(10);
        int edits = roll < 7 ? 1 : roll < 9 ? 2 : 3;
        String text = source;
        List<String> done = new ArrayList<>();
        while (done.size() < edits) {
            Edit kind = Edit.values()[rnd.nextInt(Edit.values().length)];
            Mutant m = apply(kind, text, rnd);
            if (m != null && !m.source().equals(text)) {
                text = m.source();
                done.add(m.description());
            }
        }
        return new Mutant(text, String.join("; then ", done));
    }

    /** One edit of the given kind, or null if the program offers nothing to apply it to. */
    static Mutant apply(Edit kind, String src, SplittableRandom rnd) {
        List<Token> tokens = GoTokens.lex(src).stream().filter(t -> t.kind() != Kind.COMMENT).toList();
        List<String> lines = new ArrayList<>(Arrays.asList(src.split("\n", -1)));
        switch (kind) {
            case DELETE_TOKEN -> {
                Token t = pick(tokens, rnd);
                return t == null ? null : replace(src, t, "", "delete `" + t.text() + "` at " + where(src, t.start()));
            }
            case DELETE_LINE -> {
                int i = rnd.nextInt(lines.size());
                String gone = lines.remove(i);
                return new Mutant(String.join("\n", lines), "delete line " + (i + 1) + " `" + gone.strip() + "`");
            }
            case DUPLICATE_LINE -> {
                int i = rnd.nextInt(lines.size());
                lines.add(i, lines.get(i));
                return new Mutant(String.join("\n", lines), "duplicate line " + (i + 1) + " `" + lines.get(i).strip()
                        + "`");
            }
            case MOVE_LINE -> {
                int from = rnd.nextInt(lines.size());
                String line = lines.remove(from);
                int to = rnd.nextInt(lines.size() + 1);
                lines.add(to, line);
                return new Mutant(String.join("\n", lines), "move line " + (from + 1) + " `" + line.strip()
                        + "` to line " + (to + 1));
            }
            case CHANGE_OPERATOR -> {
                Token t = pick(tokens.stream().filter(x -> x.kind() == Kind.OPERATOR
                        && !Arrays.asList(BRACKETS).contains(x.text())).toList(), rnd);
                if (t == null) {
                    return null;
                }
                String op = OPERATORS[rnd.nextInt(OPERATORS.length)];
                return replace(src, t, op, "operator `" + t.text() + "` -> `" + op + "` at " + where(src, t.start()));
            }
            case CHANGE_LITERAL -> {
                Token t = pick(tokens.stream().filter(x -> x.kind() == Kind.NUMBER || x.kind() == Kind.STRING
                        || x.kind() == Kind.RUNE).toList(), rnd);
                if (t == null) {
                    return null;
                }
                String[] pool = switch (t.kind()) {
                    case NUMBER -> NUMBERS;
                    case RUNE -> RUNES;
                    default -> STRINGS;
                };
                String lit = pool[rnd.nextInt(pool.length)];
                return replace(src, t, lit, "literal `" + t.text() + "` -> `" + lit + "` at " + where(src, t.start()));
            }
            case SWAP_IDENTIFIERS -> {
                List<Token> idents = tokens.stream().filter(x -> x.kind() == Kind.IDENT).toList();
                Token a = pick(idents, rnd);
                if (a == null) {
                    return null;
                }
                List<Token> others = idents.stream().filter(x -> !x.text().equals(a.text())).toList();
                Token b = pick(others, rnd);
                if (b == null) {
                    return null;
                }
                Token first = a.start() < b.start() ? a : b;
                Token second = first == a ? b : a;
                String swapped = src.substring(0, first.start()) + second.text()
                        + src.substring(first.end(), second.start()) + first.text() + src.substring(second.end());
                return new Mutant(swapped, "swap `" + first.text() + "` at " + where(src, first.start()) + " and `"
                        + second.text() + "` at " + where(src, second.start()));
            }
            case CUT_SHORT -> {
                if (src.isEmpty()) {
                    return null;
                }
                int at = rnd.nextInt(src.length());
                return new Mutant(src.substring(0, at), "cut the file at " + where(src, at));
            }
            case INSERT_BRACKET -> {
                Token t = pick(tokens, rnd);
                int at = t == null ? 0 : rnd.nextBoolean() ? t.start() : t.end();
                String b = BRACKETS[rnd.nextInt(BRACKETS.length)];
                return new Mutant(src.substring(0, at) + b + src.substring(at), "insert `" + b + "` at " + where(src, at));
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    private static Token pick(List<Token> tokens, SplittableRandom rnd) {
        return tokens.isEmpty() ? null : tokens.get(rnd.nextInt(tokens.size()));
    }

    private static Mutant replace(String src, Token t, String with, String description) {
        return new Mutant(src.substring(0, t.start()) + with + src.substring(t.end()), description);
    }

    /** LINE:COL (1-based, columns in characters) of OFFSET in SRC. */
    static String where(String src, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
