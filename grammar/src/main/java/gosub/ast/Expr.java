package gosub.ast;

import java.util.List;

/**
 * Expressions. As in go/ast, type syntax is expression syntax too: {@code []int{1}}, {@code T(x)}, {@code a[T]} and
 * {@code *p} are ambiguous until names are resolved, so the parser builds the same nodes for types and values and
 * the type checker decides which each one is.
 */
public sealed interface Expr extends Node {

    record Ident(Pos pos, String name) implements Expr {
    }

    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /**
     * A literal with its raw source text, e.g. {@code 0x1F}, {@code 1_000}, {@code 'a'}, {@code "a\n"}, {@code `raw`}.
     * bad: the lexer found it malformed and said so ({@code 'ab'}, {@code 09}); it has no value, and is no error again.
     */
    record BasicLit(Pos pos, LitKind kind, String raw, boolean bad) implements Expr {
        public BasicLit(Pos pos, LitKind kind, String raw) {
            this(pos, kind, raw, false);
        }
    }

    /** {@code T{elems}}; type is null for an elided type inside another composite literal. */
    record CompositeLit(Pos pos, Expr type, List<Element> elems, Pos rbrace) implements Expr {
    }

    /**
     * One element of a composite literal; key is null when absent (a field name is an {@link Ident} key). A keyed
     * element is at its colon, where Go reports what is wrong with the pair (a duplicate field or index).
     */
    record Element(Pos pos, Expr key, Expr value) implements Node {
    }

    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {
    }

    record Paren(Pos pos, Expr x) implements Expr {
    }

    /** {@code x.sel}: a field, method, or a qualified identifier {@code pkg.Name}. */
    record Selector(Pos pos, Expr x, String sel, Pos selPos) implements Expr {
    }

    /**
     * {@code x[i]}, or a generic instantiation {@code f[int, string]} (more than one index); lbrack is the opening
     * bracket, where Go reports an operand that cannot be indexed and places the index's run-time error.
     */
    record Index(Pos pos, Expr x, List<Expr> indices, Pos lbrack) implements Expr {
    }

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]}; absent bounds are null; lbrack is the opening bracket (as Index). */
    record Slice(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean slice3, Pos lbrack) implements Expr {
    }

    /** {@code x.(T)}; type is null for {@code x.(type)} in a type switch. */
    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {
    }

    /** {@code fun(args)}; hasEllipsis for {@code f(xs...)}. pos is the position of the opening parenthesis's call. */
    record Call(Pos pos, Expr fun, List<Expr> args, boolean hasEllipsis, Pos lparen) implements Expr {
    }

    /** {@code *x}: a dereference or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {
    }

    /** Unary {@code + - ! ^ & <-}. */
    record Unary(Pos pos, Operator op, Expr x) implements Expr {
    }

    /** Binary {@code || && == != < <= > >= + - | ^ * / % << >> & &^}; pos is the operator's position. */
    record Binary(Pos pos, Operator op, Expr x, Expr y) implements Expr {
    }

    /** {@code [len]elem}; len is null for a slice type, an {@link Ellipsis} for {@code [...]T}. */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {
    }

    /** {@code ...} as an array length, or {@code ...T} as a variadic parameter type (elem set). */
    record Ellipsis(Pos pos, Expr elem) implements Expr {
    }

    record MapType(Pos pos, Expr key, Expr value) implements Expr {
    }

    enum ChanDir { BOTH, SEND, RECV }

    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {
    }

    /** A parameter or result group entry: name may be null (unnamed); a variadic last parameter has an Ellipsis type. */
    record Field(Pos pos, String name, Expr type) implements Node {
    }

    /**
     * {@code func[T any](params) results}. One {@link Field} per name (so {@code a, b int} is two fields sharing the
     * type node). typeParams is empty unless this is a generic function declaration.
     */
    record FuncType(Pos pos, List<TypeParam> typeParams, List<Field> params, List<Field> results) implements Expr {
    }

    /** One type parameter; {@code [K comparable, V any]} gives two. */
    record TypeParam(Pos pos, String name, Expr constraint) implements Node {
    }

    /** A struct field; name is null for an embedded field ({@code T} or {@code *T}); tag is the raw literal or null. */
    record StructField(Pos pos, String name, Expr type, boolean embedded, String tag) implements Node {
    }

    record StructType(Pos pos, List<StructField> fields) implements Expr {
    }

    /** An interface method signature. */
    record InterfaceMethod(Pos pos, String name, FuncType type) implements Node {
    }

    /** methods, plus embedded elements: types, {@code ~T} terms and unions. */
    record InterfaceType(Pos pos, List<InterfaceMethod> methods, List<Expr> embeds) implements Expr {
    }

    /** {@code ~T}. */
    record Tilde(Pos pos, Expr type) implements Expr {
    }

    /** {@code A | ~B | C} in a constraint. */
    record Union(Pos pos, List<Expr> terms) implements Expr {
    }
}
