package gosub.ast;

import java.util.List;

/** Top-level (and, for var/const/type, local) declarations. */
public sealed interface Decl extends Node {

    /**
     * {@code func (recv) name[T any](params) results { body }}; recv is null for a plain function, body null for a
     * declaration without body.
     */
    record Func(Pos pos, Receiver recv, String name, Pos namePos, Expr.FuncType type, Stmt.Block body) implements Decl {
    }

    /**
     * A method receiver {@code (name *Base[T, U])}; name may be null or "_"; typeParams are the receiver's type
     * parameter names for a generic base type.
     */
    record Receiver(Pos pos, String name, boolean pointer, String baseType, List<String> typeParams) implements Node {
    }

    record Var(Pos pos, List<VarSpec> specs) implements Decl {
    }

    /** {@code a, b T = x, y}; type may be null, values may be empty. */
    record VarSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values) implements Node {
    }

    record Const(Pos pos, List<ConstSpec> specs) implements Decl {
    }

    /**
     * One const spec with its iota (its index in the group). When a spec of a group omits type and values, the parser
     * repeats the previous spec's type and values here and sets implicit, as the Go spec says.
     */
    record ConstSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota, boolean implicit) implements Node {
    }

    record Type(Pos pos, List<TypeSpec> specs) implements Decl {
    }

    /** {@code type Name[T any] Underlying} or, with alias, {@code type Name = T}. */
    record TypeSpec(Pos pos, String name, List<Expr.TypeParam> typeParams, boolean alias, Expr type) implements Node {
    }
}
