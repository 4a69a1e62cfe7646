package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.language.types.GoType;
import gosub.language.types.NamedType;
import gosub.language.types.TypeParamType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one check of each generic function, generic type and method of a generic type that Go makes, whether or not
 * the code is ever instantiated: the body is checked with each type parameter standing for itself (a
 * {@link TypeParamType}, whose operations are those its whole type set allows), so an error that holds for every
 * type argument is reported once, naming the type parameter. The facts it records are thrown away: what runs is
 * still built per instantiation ({@link Instantiation}). When this check reports errors, the instances of the same
 * declaration keep quiet, as Go reports nothing more for them.
 *
 * <p>A program's generic code is checked with its bodies; a standard package's (which has no errors to report)
 * only when every body is asked for ({@link Checker#checkPendingBodies}), so that running a program costs nothing
 * more.
 */
final class GenericBodies {
    private final Checker ck;
    /** The checks not run yet, by the function or method declarations they check (a type's: each of its methods). */
    private final Map<Decl.Func, Runnable> pending = new IdentityHashMap<>();
    /** The checks queued, in declaration order. */
    private final List<Runnable> queued = new ArrayList<>();
    /** The declarations whose generic check reported an error. */
    private final Set<Decl.Func> failed = Collections.newSetFromMap(new IdentityHashMap<>());

    GenericBodies(Checker ck) {
        this.ck = ck;
    }

    /** Queues the generic check of every generic function and type the package declares at package level. */
    void queueAll() {
        for (FuncEntity fe : new ArrayList<>(ck.pkg.funcs)) {
            if (fe.isGeneric() && fe.typeParamTypes != null && fe.decl.body() != null) {
                queue(List.of(fe.decl), () -> checkFunc(fe));
            }
        }
        for (Entity e : new ArrayList<>(ck.pkg.scope.entries().values())) {
            if (e instanceof TypeEntity te && te.isGeneric() && te.spec != null && !te.spec.alias()
                            && (te.owner == null || te.owner == ck)) {
                List<Decl.Func> methods = ck.methodDecls.getOrDefault(te.name, List.of());
                queue(methods, () -> checkType(te, methods));
            }
        }
    }

    private void queue(List<Decl.Func> decls, Runnable check) {
        boolean[] done = {false};
        Runnable once = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            decls.forEach(pending::remove);
            int before = ck.errors.size();
            check.run();
            if (ck.errors.size() > before) {
                failed.addAll(decls);
            }
        };
        for (Decl.Func d : decls) {
            pending.put(d, once);
        }
        queued.add(once);
        ck.bodyQueue.addLast(once);
    }

    /** Runs every queued check now (the standard packages', for gosub's own tests). */
    void runAll() {
        for (Runnable r : new ArrayList<>(queued)) {
            r.run();
        }
    }

    /**
     * Whether the generic check of d (run now if it has not been) reported errors, in which case d's instances
     * report nothing: Go checks them no further.
     */
    boolean failed(Decl.Func d) {
        Runnable r = pending.get(d);
        if (r != null) {
            r.run();
        }
        return failed.contains(d);
    }

    private void checkFunc(FuncEntity fe) {
        FuncEntity g = new FuncEntity(fe.name, fe.pos, null, fe.decl, fe.pkg);
        g.owner = ck;
        g.declScope = fe.declScope;
        Map<String, GoType> bound = new LinkedHashMap<>();
        for (TypeParamType tp : fe.typeParamTypes) {
            bound.put(tp.name, tp);
        }
        g.typeArgs = bound;
        g.typeArgList = List.copyOf(fe.typeParamTypes);
        g.type = fe.type;
        ck.stmts.funcBody(g);
    }

    /**
     * Checks generic type te's declaration with its own type parameters, then each method's body with the type
     * parameters its receiver names ({@code func (l *List[U]) ...} calls them U), bound to the same constraints.
     */
    private void checkType(TypeEntity te, List<Decl.Func> methods) {
        List<Expr.TypeParam> tps = te.spec.typeParams();
        Map<List<String>, NamedType> byNames = new LinkedHashMap<>();
        NamedType own = instance(te, tps.stream().map(Expr.TypeParam::name).toList());
        if (own == null) {
            return;
        }
        byNames.put(tps.stream().map(Expr.TypeParam::name).toList(), own);
        for (Decl.Func f : methods) {
            if (f.body() == null || f.name().equals("_") || f.recv().typeParams().size() != tps.size()) {
                continue; // a receiver with the wrong number of type parameters was reported with the type's instances
            }
            NamedType nt = byNames.computeIfAbsent(f.recv().typeParams(), names -> instance(te, names));
            if (nt == null) {
                continue;
            }
            NamedType.Method m = nt.method(f.name());
            if (m != null && m.decl instanceof FuncEntity fe && fe.decl == f) {
                ck.stmts.funcBody(fe);
            }
        }
    }

    /** The instance of te over type parameters of the given names, with te's constraints. */
    private NamedType instance(TypeEntity te, List<String> names) {
        List<Expr.TypeParam> tps = te.spec.typeParams();
        List<TypeParamType> params = new ArrayList<>();
        ck.instantiation.typeParamScope(tps, names, te.declScope, params);
        List<Pos> positions = tps.stream().map(Expr.TypeParam::pos).toList();
        List<Expr> written = new ArrayList<>(Collections.nCopies(tps.size(), (Expr) null));
        GoType t = ck.instantiation.instantiateType(te, List.copyOf(params), te.pos, positions, written);
        return t instanceof NamedType nt ? nt : null;
    }
}
