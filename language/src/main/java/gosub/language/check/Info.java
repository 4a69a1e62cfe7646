package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Node;
import gosub.ast.Stmt;
import gosub.language.types.GoType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the checker learned about one body of code, for the node builder: the final type of every expression, the
 * value of every constant expression, what each identifier and selector denotes, and what each call is. A generic
 * function has one Info per instantiation, because the same syntax has different types in each.
 */
public final class Info {
    public final Map<Expr, GoType> types = new IdentityHashMap<>();
    public final Map<Expr, ConstValue> consts = new IdentityHashMap<>();
    public final Map<Expr.Ident, Entity> uses = new IdentityHashMap<>();
    /** Declaring nodes (an Ident of a var/const, a range key...) to the entity they declare. */
    public final Map<Node, Entity> defs = new IdentityHashMap<>();
    public final Map<Expr.Selector, Selection> selections = new IdentityHashMap<>();
    public final Map<Expr.Call, CallKind> calls = new IdentityHashMap<>();
    public final Map<Expr.FuncLit, FuncLitInfo> funcLits = new IdentityHashMap<>();
    /** Qualified identifiers pkg.Name to what they denote. */
    public final Map<Expr.Selector, Entity> qualified = new IdentityHashMap<>();
    /** Expressions used in comma-ok form (v, ok := m[k] / x.(T) / <-ch). */
    public final java.util.Set<Expr> commaOk = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** An Ident or Index expression naming a (possibly instantiated) generic function. */
    public final Map<Expr, FuncEntity> instances = new IdentityHashMap<>();
    /**
     * A built-in called with one multi-valued call ({@code copy(f())}, {@code print(g())}): the same call with one
     * stand-in argument per value, which the node builder takes from the tuple in order.
     */
    public final Map<Expr.Call, Expr.Call> spreads = new IdentityHashMap<>();
    /**
     * A range statement that assigns its iteration values ({@code for k, v = range x}): the types of the key and
     * value, and of the variables they are stored in (null where there is none or for _), so that the builder
     * converts each to its variable's type.
     */
    public final Map<Stmt.Range, RangeAssign> rangeAssigns = new IdentityHashMap<>();

    public record RangeAssign(GoType key, GoType value, GoType keyTarget, GoType valueTarget) {
    }
    /** The implicit variable of each clause of a type switch with a binding ({@code switch v := x.(type)}). */
    public final Map<Node, VarEntity> implicits = new IdentityHashMap<>();

    /** A closure: its captured variables (from enclosing functions) and its own parameters and results. */
    public static final class FuncLitInfo {
        public final List<VarEntity> captures = new ArrayList<>();
        public final List<VarEntity> params = new ArrayList<>();
        public final List<VarEntity> results = new ArrayList<>();
        public boolean hasDefer;
        public boolean hasRecover;
    }

    /** How the checker classified a call expression. */
    public enum CallKind { CONVERSION, BUILTIN, FUNC, METHOD, INTERFACE_METHOD, DYNAMIC }
}
