package gosub.launcher.debug;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.oracle.truffle.api.debug.DebugValue;

/**
 * The Go expressions {@code print} and {@code condition} take: variables, fields ({@code a.b}), indexes
 * ({@code a[i]}, {@code m["k"]}), {@code len(x)}, literals (integers, floats, strings, {@code true}, {@code false},
 * {@code nil}), the comparisons {@code == != < <= > >=}, and {@code && || !} with parentheses. Anything else (calls,
 * arithmetic, conversions, ...) is refused by name. Values come from the debugger's scopes: nothing in the program
 * runs to evaluate an expression.
 */
final class Expression {
    /** A refused or failed expression: the message is the one line the user sees. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** A value: a debugger's value, or a literal or result computed here (a Java Long, Double, String or Boolean). */
    record Result(DebugValue debug, Object plain) {
        String display() {
            if (debug != null) {
                return debug.toDisplayString();
            }
            return plain == null ? "<nil>" : String.valueOf(plain);
        }
    }

    private sealed interface Node permits Name, Literal, Field, Index, Len, Not, Binary {
    }

    private record Name(String name) implements Node {
    }

    private record Literal(Object value) implements Node {
    }

    private record Field(Node x, String name) implements Node {
    }

    private record Index(Node x, Node index) implements Node {
    }

    private record Len(Node x) implements Node {
    }

    private record Not(Node x) implements Node {
    }

    private record Binary(String op, Node x, Node y) implements Node {
    }

    private final String text;
    private final Node root;

    private Expression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    String text() {
        return text;
    }

    /** Parses text, refusing what is not supported by name. */
    static Expression parse(String text) throws Failure {
        Parser p = new Parser(text);
        Node n = p.or();
        if (p.pos < p.tokens.size()) {
            throw new Failure("unexpected " + p.tokens.get(p.pos) + " in " + text);
        }
        return new Expression(text, n);
    }

    /** Evaluates with lookup finding a variable's value by name (null: no such variable). */
    Result evaluate(Function<String, DebugValue> lookup) throws Failure {
        return eval(root, lookup);
    }

    /** Evaluates as a condition: the expression must be a boolean. */
    boolean test(Function<String, DebugValue> lookup) throws Failure {
        Result r = evaluate(lookup);
        Object v = plain(r);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new Failure("condition " + text + " is not a boolean (it is " + r.display() + ")");
    }

    private Result eval(Node n, Function<String, DebugValue> lookup) throws Failure {
        switch (n) {
            case Name name -> {
                DebugValue v = lookup.apply(name.name());
                if (v == null) {
                    throw new Failure("could not find symbol value for " + name.name());
                }
                return new Result(v, null);
            }
            case Literal l -> {
                return new Result(null, l.value());
            }
            case Field f -> {
                DebugValue x = debug(eval(f.x(), lookup), f);
                DebugValue v = x.isNull() ? null : x.getProperty(f.name());
                if (v == null) {
                    throw new Failure(x.isNull() ? "nil pointer dereference" : x.toDisplayString() + " has no field " + f.name());
                }
                return new Result(v, null);
            }
            case Index ix -> {
                DebugValue x = debug(eval(ix.x(), lookup), ix);
                Object key = plain(eval(ix.index(), lookup));
                if (x.isArray()) {
                    if (!(key instanceof Long i)) {
                        throw new Failure("index " + key + " is not an integer");
                    }
                    List<DebugValue> elems = x.getArray();
                    if (i < 0 || i >= elems.size()) {
                        throw new Failure("index out of range [" + i + "] with length " + elems.size());
                    }
                    return new Result(elems.get((int) (long) i), null);
                }
                if (x.hasHashEntries()) {
                    DebugValue entries = x.getHashEntriesIterator();
                    while (entries.hasIteratorNextElement()) {
                        List<DebugValue> kv = entries.getIteratorNextElement().getArray();
                        if (equal(plain(new Result(kv.get(0), null)), key)) {
                            return new Result(kv.get(1), null);
                        }
                    }
                    throw new Failure("key " + key + " not found in the map");
                }
                if (x.isString() && key instanceof Long i) {
                    byte[] b = x.asString().getBytes(StandardCharsets.UTF_8);
                    if (i < 0 || i >= b.length) {
                        throw new Failure("index out of range [" + i + "] with length " + b.length);
                    }
                    return new Result(null, (long) (b[(int) (long) i] & 0xFF));
                }
                throw new Failure(x.toDisplayString() + " cannot be indexed");
            }
            case Len l -> {
                Result r = eval(l.x(), lookup);
                if (r.debug() == null) {
                    if (r.plain() instanceof String s) {
                        return new Result(null, (long) s.getBytes(StandardCharsets.UTF_8).length);
                    }
                    throw new Failure("invalid argument for len");
                }
                DebugValue x = r.debug();
                if (x.isString()) {
                    return new Result(null, (long) x.asString().getBytes(StandardCharsets.UTF_8).length);
                }
                if (x.isArray()) {
                    return new Result(null, (long) x.getArray().size());
                }
                if (x.hasHashEntries()) {
                    return new Result(null, x.getHashSize());
                }
                if (x.isNull()) {
                    return new Result(null, 0L);
                }
                throw new Failure("invalid argument for len: " + x.toDisplayString());
            }
            case Not not -> {
                Object v = plain(eval(not.x(), lookup));
                if (!(v instanceof Boolean b)) {
                    throw new Failure("operator ! not defined on " + v);
                }
                return new Result(null, !b);
            }
            case Binary b -> {
                if (b.op().equals("&&") || b.op().equals("||")) {
                    boolean x = bool(eval(b.x(), lookup), b.op());
                    if (b.op().equals("&&") ? !x : x) {
                        return new Result(null, x);
                    }
                    return new Result(null, bool(eval(b.y(), lookup), b.op()));
                }
                return new Result(null, compare(b.op(), plain(eval(b.x(), lookup)), plain(eval(b.y(), lookup))));
            }
        }
    }

    private static DebugValue debug(Result r, Node where) throws Failure {
        if (r.debug() == null) {
            throw new Failure("cannot take " + (where instanceof Field f ? "field " + f.name() : "an index") + " of " + r.display());
        }
        return r.debug();
    }

    private static boolean bool(Result r, String op) throws Failure {
        if (plain(r) instanceof Boolean b) {
            return b;
        }
        throw new Failure("operator " + op + " not defined on " + r.display());
    }

    /** A value as Java sees it for comparisons: a Long, Double, String, Boolean, null (nil) or the display text. */
    private static Object plain(Result r) {
        DebugValue v = r.debug();
        if (v == null) {
            return r.plain();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            if (v.fitsInLong()) {
                return v.asLong();
            }
            if (v.fitsInDouble()) {
                return v.asDouble();
            }
        }
        if (v.isString()) {
            return v.asString();
        }
        if (v.isNull()) {
            return null;
        }
        return new Opaque(v.toDisplayString());
    }

    /** A value with no order of its own (a struct, a slice...): compared by what %v prints. */
    private record Opaque(String display) {
        @Override
        public String toString() {
            return display;
        }
    }

    private static boolean equal(Object x, Object y) {
        if (x instanceof Number a && y instanceof Number b) {
            return a instanceof Long && b instanceof Long ? a.longValue() == b.longValue() : a.doubleValue() == b.doubleValue();
        }
        return java.util.Objects.equals(x, y);
    }

    private static boolean compare(String op, Object x, Object y) throws Failure {
        if (op.equals("==")) {
            return equal(x, y);
        }
        if (op.equals("!=")) {
            return !equal(x, y);
        }
        int c;
        if (x instanceof Number a && y instanceof Number b) {
            c = a instanceof Long && b instanceof Long ? Long.compare(a.longValue(), b.longValue()) : Double.compare(a.doubleValue(), b.doubleValue());
        } else if (x instanceof String a && y instanceof String b) {
            c = a.compareTo(b);
        } else {
            throw new Failure("operator " + op + " not defined on " + x + " and " + y);
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /** A recursive-descent parser over the tokens of the supported subset. */
    private static final class Parser {
        final List<String> tokens;
        int pos;

        Parser(String text) throws Failure {
            this.tokens = tokenize(text);
        }

        String peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        boolean accept(String t) {
            if (t.equals(peek())) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(String t) throws Failure {
            if (!accept(t)) {
                throw new Failure("expected " + t + (peek() == null ? " at the end" : " before " + peek()));
            }
        }

        Node or() throws Failure {
            Node x = and();
            while (accept("||")) {
                x = new Binary("||", x, and());
            }
            return x;
        }

        Node and() throws Failure {
            Node x = comparison();
            while (accept("&&")) {
                x = new Binary("&&", x, comparison());
            }
            return x;
        }

        Node comparison() throws Failure {
            Node x = unary();
            String t = peek();
            if (t != null && List.of("==", "!=", "<", "<=", ">", ">=").contains(t)) {
                pos++;
                return new Binary(t, x, unary());
            }
            return x;
        }

        Node unary() throws Failure {
            String t = peek();
            if (t == null) {
                throw new Failure("missing expression");
            }
            if (accept("!")) {
                return new Not(unary());
            }
            if ("-".equals(t) && pos + 1 < tokens.size() && Character.isDigit(tokens.get(pos + 1).charAt(0))) {
                pos++;
                Node n = primary();
                Object v = ((Literal) n).value();
                return new Literal(v instanceof Long l ? -l : -(Double) v);
            }
            if (List.of("*", "&", "-", "+", "^", "<-").contains(t)) {
                throw new Failure("operator " + t + " is not supported (variables, fields, indexes, len and comparisons are)");
            }
            return postfix();
        }

        Node postfix() throws Failure {
            Node x = primary();
            while (true) {
                if (accept(".")) {
                    String name = peek();
                    if (name == null || !isIdent(name)) {
                        throw new Failure("expected a field name after .");
                    }
                    pos++;
                    x = new Field(x, name);
                } else if (accept("[")) {
                    Node i = or();
                    if (":".equals(peek())) {
                        throw new Failure("slice expressions are not supported");
                    }
                    expect("]");
                    x = new Index(x, i);
                } else if ("(".equals(peek())) {
                    throw new Failure("function calls are not supported: the program does not run while it is stopped");
                } else {
                    return x;
                }
            }
        }

        Node primary() throws Failure {
            String t = tokens.get(pos++);
            if (t.equals("(")) {
                Node x = or();
                expect(")");
                return x;
            }
            if (t.startsWith("\"")) {
                return new Literal(t.substring(1));
            }
            if (Character.isDigit(t.charAt(0))) {
                try {
                    if (t.contains(".") || t.contains("e") || t.contains("E")) {
                        return new Literal(Double.parseDouble(t));
                    }
                    return new Literal(Long.decode(t));
                } catch (NumberFormatException e) {
                    throw new Failure("malformed number " + t);
                }
            }
            if (!isIdent(t)) {
                throw new Failure("unexpected " + t);
            }
            switch (t) {
                case "true":
                    return new Literal(true);
                case "false":
                    return new Literal(false);
                case "nil":
                    return new Literal(null);
                case "len":
                    if (accept("(")) {
                        Node x = or();
                        expect(")");
                        return new Len(x);
                    }
                    return new Name(t);
                default:
                    if ("(".equals(peek())) {
                        throw new Failure("function calls are not supported: " + t + "(...) (len is)");
                    }
                    return new Name(t);
            }
        }

        static boolean isIdent(String t) {
            return Character.isLetter(t.charAt(0)) || t.charAt(0) == '_';
        }

        static List<String> tokenize(String s) throws Failure {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                    out.add(s.substring(i, j));
                    i = j;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                        j++;
                    }
                    out.add(s.substring(i, j));
                    i = j;
                } else if (c == '"') {
                    StringBuilder sb = new StringBuilder("\"");
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) != '"') {
                        char d = s.charAt(j);
                        if (d == '\\' && j + 1 < s.length()) {
                            char e = s.charAt(++j);
                            sb.append(switch (e) {
                                case 'n' -> '\n';
                                case 't' -> '\t';
                                default -> e;
                            });
                        } else {
                            sb.append(d);
                        }
                        j++;
                    }
                    if (j >= s.length()) {
                        throw new Failure("string literal not terminated");
                    }
                    out.add(sb.toString());
                    i = j + 1;
                } else {
                    String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                    if (List.of("==", "!=", "<=", ">=", "&&", "||", "<-").contains(two)) {
                        out.add(two);
                        i += 2;
                    } else if ("().[]<>!*&-+^:".indexOf(c) >= 0) {
                        out.add(String.valueOf(c));
                        i++;
                    } else {
                        throw new Failure("operator " + c + " is not supported (variables, fields, indexes, len and comparisons are)");
                    }
                }
            }
            if (out.isEmpty()) {
                throw new Failure("missing expression");
            }
            return out;
        }
    }
}
