package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Operator;

import java.util.Set;

/**
 * Which package-level variables of a standard package may be checked, built and initialised only when a function
 * that uses them is first built, instead of with the package. The math package alone holds some sixty tables of
 * coefficients, and checking, building and running their initializers was a third of a hello world's start,
 * although hello world never reads one.
 *
 * <p>Deferring a variable's initialization is invisible to the program only if the initializer has no effect and
 * reads nothing that could change before it runs: so only a composite literal (a table) qualifies, made of literals,
 * constants, types and further such literals, without calls, receives or other variables. Its value is then the
 * same whenever it is computed, and since every reader's nodes are built before they run, the late initialization
 * ({@code gosub.language.nodes.local.LateGlobal}) comes before the first read. Such a variable also takes no part in
 * the package's initialization order: it waits for no other variable. One the package's own initialization reaches
 * (an initializer or init function refers to it) is checked before the order is made and is initialised with the
 * package as usual.
 *
 * <p>Besides composite literals, a call of one of {@link #PURE_NATIVES} qualifies: natives that give the same
 * value for the same constant arguments, however often and whenever called, and do nothing else. Package unicode's
 * three hundred exported tables are such calls, so that a program that imports it (fmt does) never makes them.
 *
 * <p>An exported variable may be deferred too: another package's checker that meets it runs its resolver
 * ({@link VarEntity#lateResolver}), as a use in its own package does.
 *
 * <p>The program's own packages are never deferred: their errors must all be reported, and a table there may be
 * written before a function reads it.
 */
final class LateVars {
    private LateVars() {
    }

    /** The natives a late table may be made by (see above): package unicode's tables, made once per program. */
    private static final Set<String> PURE_NATIVES = Set.of("unicode.table", "unicode.tableMap", "unicode.caseTable");

    /** Whether VS, a var spec of the standard package CK checks, is left to its first use (see above). */
    static boolean deferrable(Decl.VarSpec vs, Checker ck) {
        if (vs.values().isEmpty() || vs.values().size() != vs.names().size()) {
            return false;
        }
        for (Expr.Ident id : vs.names()) {
            if (id.name().equals("_")) {
                return false; // a blank variable would never be checked
            }
        }
        Scope scope = ck.fileScopeOf(vs.pos());
        for (Expr v : vs.values()) {
            if (!(v instanceof Expr.CompositeLit || pureNativeCall(v, scope)) || !pure(v, scope)) {
                return false;
            }
        }
        return true;
    }

    private static boolean pureNativeCall(Expr e, Scope scope) {
        return e instanceof Expr.Call c && !c.hasEllipsis() && c.fun() instanceof Expr.Ident f
                        && scope.lookup(f.name()) instanceof FuncEntity fe && fe.nativeName != null
                        && PURE_NATIVES.contains(fe.nativeName);
    }

    private static boolean pure(Expr e, Scope scope) {
        return switch (e) {
            case null -> true;
            case Expr.BasicLit b -> true;
            case Expr.Paren p -> pure(p.x(), scope);
            case Expr.Unary u -> u.op() != Operator.RECV && pure(u.x(), scope);
            case Expr.Binary b -> pure(b.x(), scope) && pure(b.y(), scope);
            case Expr.Call c -> {
                if (!pureNativeCall(c, scope)) {
                    yield false;
                }
                for (Expr arg : c.args()) {
                    if (!pure(arg, scope)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Expr.CompositeLit c -> {
                // the literal's type has no effect; its elements (and map keys) must have none either
                for (Expr.Element el : c.elems()) {
                    if (!pure(el.key(), scope) || !pure(el.value(), scope)) {
                        yield false;
                    }
                }
                yield true;
            }
            // a constant, a type, nil, true or false; a name found nowhere is a struct literal's field key
            case Expr.Ident id -> {
                Entity found = scope.lookup(id.name());
                yield !(found instanceof VarEntity || found instanceof FuncEntity);
            }
            case Expr.Selector s -> s.x() instanceof Expr.Ident pkg && scope.lookup(pkg.name()) instanceof PackageEntity pe
                            && pe.pkg.scope.lookupLocal(s.sel()) instanceof ConstEntity;
            default -> false;
        };
    }
}
