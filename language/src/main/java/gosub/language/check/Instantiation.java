package gosub.language.check;

import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.language.types.ArrayType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generic types and functions made concrete: each distinct list of type arguments gives one instance, checked in the
 * package that declares the generic (so its names resolve there) with the type parameters bound, after the
 * arguments are checked against the constraints. Instances have Info of their own.
 */
final class Instantiation {
    private final Checker ck;
    private final InstanceCycles cycles;

    Instantiation(Checker ck) {
        this.ck = ck;
        this.cycles = new InstanceCycles(ck);
    }

    Scope typeArgScope(Scope parent, Map<String, GoType> typeArgs) {
        if (typeArgs.isEmpty()) {
            return parent;
        }
        Scope s = new Scope(parent);
        for (Map.Entry<String, GoType> e : typeArgs.entrySet()) {
            TypeEntity te = new TypeEntity(e.getKey(), Pos.NONE, e.getValue(), null, s);
            s.declare(te);
        }
        return s;
    }

    /** The signature of a generic function with its type parameters as {@link TypeParamType}s, for inference. */
    GoType genericSignature(FuncEntity fe) {
        List<Expr.TypeParam> tps = fe.decl.type().typeParams();
        List<TypeParamType> params = new ArrayList<>();
        Scope s = typeParamScope(tps, null, fe.declScope, params);
        fe.typeParamTypes = params;
        fe.paramConstraints = params.stream().map(TypeParamType::constraint).toList();
        return ck.within(ck.env.inScope(s), () -> ck.typexprs.signature(fe.decl.type(), null));
    }

    /**
     * A scope where the names tps declare denote type parameters (added to params, in order) bound to their
     * constraints. The constraints are resolved there once every name exists, since one may name another
     * ({@code S ~[]E}), and before any use: a signature may pass them on to generic types (node[K]) whose
     * constraints they must then satisfy. The type parameters are called names (a method's receiver may rename a
     * type's), or as tps declares them when names is null.
     */
    Scope typeParamScope(List<Expr.TypeParam> tps, List<String> names, Scope declScope, List<TypeParamType> params) {
        Scope s = new Scope(declScope);
        for (int i = 0; i < tps.size(); i++) {
            Expr.TypeParam tp = tps.get(i);
            params.add(new TypeParamType(names != null ? names.get(i) : tp.name(), i));
            s.declare(new TypeEntity(tp.name(), tp.pos(), params.get(i), null, s));
        }
        ck.within(ck.env.inScope(s), () -> {
            for (int i = 0; i < tps.size(); i++) {
                params.get(i).bindConstraint(ck.typexprs.constraintType(tps.get(i).constraint()));
                params.get(i).setConstraintText(constraintText(tps.get(i).constraint()));
            }
        });
        return s;
    }

    List<GoType> constraintsOf(List<Expr.TypeParam> tps, Scope declScope, List<GoType> args) {
        Scope s = new Scope(declScope);
        for (int i = 0; i < tps.size(); i++) {
            s.declare(new TypeEntity(tps.get(i).name(), tps.get(i).pos(), args.get(i), null, s));
        }
        return ck.within(ck.env.inScope(s), () -> {
            List<GoType> out = new ArrayList<>();
            for (Expr.TypeParam tp : tps) {
                out.add(ck.typexprs.constraintType(tp.constraint()));
            }
            return out;
        });
    }

    /** A constraint as Go's errors print it: a bare union's terms without spaces around the bars (~int|~string). */
    private static String constraintText(Expr c) {
        if (c instanceof Expr.Union u) {
            return String.join("|", u.terms().stream().map(ExprPrinter::print).toList());
        }
        return ExprPrinter.print(c);
    }

    /**
     * Whether type argument t satisfies constraint, reporting Go's error at pos when not. The tests come in Go's
     * order, so that a type failing several reports the same one: methods first, then the type set, and
     * comparability last. A type parameter (met in generic signatures, {@code func get[K Ordered](n node[K])})
     * satisfies by its constraint: its methods are the constraint's and its type set must lie inside the
     * constraint's.
     */
    boolean satisfies(GoType t, GoType constraint, Pos pos, String tpName) {
        if (!(constraint.underlying() instanceof InterfaceType ci)) {
            return true;
        }
        if (ci.methods.isEmpty() && ci.terms.isEmpty() && !ci.comparableConstraint) {
            return true;
        }
        if (t instanceof TypeParamType tp && tp.constraint() == null) {
            return true; // a constraint naming a later type parameter: nothing is known of it yet
        }
        if (!ci.methods.isEmpty()) {
            String missing = Lookup.missingMethod(t, ci);
            if (missing != null) {
                ck.error(pos, t + " does not implement " + constraint + " " + missing);
                return false;
            }
        }
        String notComparable = ci.comparableConstraint && !TypeSets.strictlyComparable(t) ? t + " does not implement comparable" : null;
        List<InterfaceType.Term> want = TypeSets.terms(constraint);
        String outside = want == null ? null : outsideTypeSet(t, constraint, want);
        String problem = outside != null ? outside : notComparable;
        if (problem != null) {
            ck.error(pos, problem);
            return false;
        }
        return true;
    }

    /** Why t is not in the type set want of constraint, or null when it is. */
    private static String outsideTypeSet(GoType t, GoType constraint, List<InterfaceType.Term> want) {
        if (t instanceof TypeParamType || t.underlying() instanceof InterfaceType) {
            return TypeSets.subset(TypeSets.terms(t), want) ? null : t + " does not implement " + constraint;
        }
        GoType alt = null;
        for (InterfaceType.Term term : want) {
            if (TypeSets.includes(term, t)) {
                return null;
            }
            if (alt == null && !term.tilde() && term.type() == term.type().underlying()
                            && TypeSets.includes(new InterfaceType.Term(true, term.type()), t)) {
                alt = term.type();
            }
        }
        if (alt != null) {
            return t + " does not implement " + constraint + " (possibly missing ~ for " + alt + " in constraint " + constraint + ")";
        }
        return t + " does not implement " + constraint + " (" + t + " missing in " + termsString(want) + ")";
    }

    private static String termsString(List<InterfaceType.Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            InterfaceType.Term t = terms.get(i);
            sb.append(i > 0 ? " | " : "").append(t.tilde() ? "~" : "").append(t.type());
        }
        return sb.toString();
    }

    /** {@code List[int]} in a type context. */
    GoType instantiateTypeExpr(Expr.Index ix, boolean report) {
        TypeEntity te = genericTypeEntity(ix.x());
        if (te == null) {
            if (report) {
                ck.error(ix.pos(), ExprPrinter.print(ix) + " is not a type");
            }
            return null;
        }
        List<GoType> args = new ArrayList<>();
        List<Pos> argPos = new ArrayList<>();
        for (Expr a : ix.indices()) {
            GoType t = ck.typeExpr(a);
            if (t == null) {
                return null;
            }
            args.add(t);
            argPos.add(a.pos());
        }
        return instantiateType(te, args, ix.pos(), argPos, ix.indices());
    }

    TypeEntity genericTypeEntity(Expr x) {
        Entity ent = null;
        if (x instanceof Expr.Ident id) {
            ent = ck.env.scope.lookup(id.name());
        } else if (x instanceof Expr.Selector s && s.x() instanceof Expr.Ident pid && ck.env.scope.lookup(pid.name()) instanceof PackageEntity pe) {
            pe.used = true;
            ent = pe.pkg.scope.lookupLocal(s.sel());
        }
        return ent instanceof TypeEntity te && te.isGeneric() ? te : null;
    }

    /**
     * The instance of generic type te for args; pos is where the instantiation is written, argPos and argExprs
     * each argument.
     */
    GoType instantiateType(TypeEntity te, List<GoType> args, Pos pos, List<Pos> argPos, List<Expr> argExprs) {
        if (te.owner != null && te.owner != ck) {
            GoType t = te.owner.instantiation.instantiateType(te, args, pos, argPos, argExprs);
            te.owner.drainBodies();
            return t;
        }
        List<Expr.TypeParam> tps = te.spec.typeParams();
        if (args.size() != tps.size()) {
            ck.error(pos, "got " + args.size() + " arguments but " + tps.size() + " type parameters");
            return null;
        }
        GoType existing = te.instances.get(args);
        if (existing != null) {
            return existing;
        }
        boolean refused = !cycles.allowed(te, tps, args, argPos, argExprs);
        if (refused && cycles.insideRefused()) {
            return stub(te, args); // the refused instance's own declaration asks for a larger one still
        }
        List<GoType> cons = constraintsOf(tps, te.declScope, args);
        int unsatisfied = 0;
        for (int i = 0; i < args.size(); i++) {
            unsatisfied += satisfies(args.get(i), cons.get(i), argPos.get(i), tps.get(i).name()) ? 0 : 1;
        }
        boolean satisfied = unsatisfied == 0;

        Map<String, GoType> bound = new LinkedHashMap<>();
        for (int i = 0; i < tps.size(); i++) {
            bound.put(tps.get(i).name(), args.get(i));
        }
        Scope s = typeArgScope(te.declScope, bound);
        if (te.spec.alias()) {
            // a generic alias (Go 1.24) denotes its type with the arguments put in, not a new named type
            GoType aliased = ck.within(ck.env.forInstance(s, new Info()), () -> ck.typeExpr(te.spec.type()));
            if (aliased != null) {
                te.instances.put(List.copyOf(args), aliased);
            }
            return aliased;
        }
        NamedType nt = new NamedType(ck.pkg.name, te.name, args);
        nt.pkgPath = ck.pkg.path;
        te.instances.put(List.copyOf(args), nt);
        cycles.record(nt, te, args);
        // a refused instance, or one whose arguments do not satisfy the constraints, is still elaborated (its
        // methods without bodies), so that the code using it is checked as Go checks it and reports nothing more;
        // for the latter, what its declaration would report in turn (Set[[]int]: invalid map key type) Go does not
        Runnable elaboration = () -> cycles.elaborate(nt, refused, () -> elaborate(te, nt, s, args, !refused && satisfied));
        if (satisfied) {
            elaboration.run();
        } else {
            ck.quietly(elaboration);
        }
        return nt;
    }

    /** An instance that must not be elaborated: a type of its name with nothing in it. */
    private GoType stub(TypeEntity te, List<GoType> args) {
        NamedType stub = new NamedType(ck.pkg.name, te.name, args);
        stub.setUnderlying(Types.INVALID);
        return stub;
    }

    /** Gives type instance nt its underlying type and methods (with bodies to check and build, when withBodies). */
    private void elaborate(TypeEntity te, NamedType nt, Scope s, List<GoType> args, boolean withBodies) {
        GoType u = ck.within(ck.env.forInstance(s, new Info()), () -> ck.typeExpr(te.spec.type()));
        nt.setUnderlying(u == null ? Types.INT : u.underlying());
        // methods are declared at package level, so a type declared in a function has none
        List<Decl.Func> methods = ck.isFileScope(te.declScope) ? ck.methodDecls.getOrDefault(te.name, List.of()) : List.of();
        // an instance over a generic function's own type parameters (node[K] in func get[K Ordered](n node[K]))
        // only serves that function's signature: it has methods to look up but no bodies to check or build
        boolean open = args.stream().anyMatch(Instantiation::mentionsTypeParam);
        for (Decl.Func f : methods) {
            Map<String, GoType> mb = new LinkedHashMap<>();
            List<String> names = f.recv().typeParams();
            for (int i = 0; i < names.size() && i < args.size(); i++) {
                mb.put(names.get(i), args.get(i));
            }
            FuncEntity m = ck.within(ck.env.forInstance(ck.env.scope, new Info()), () -> ck.resolver.declareMethod(nt, f, mb, args, withBodies && !open));
            if (m != null) {
                cycles.recordMethod(m, nt);
            }
        }
    }

    /** Whether t is or is built from a type parameter. */
    static boolean mentionsTypeParam(GoType t) {
        return switch (t) {
            case null -> false;
            case TypeParamType tp -> true;
            case NamedType n -> n.typeArgs.stream().anyMatch(Instantiation::mentionsTypeParam);
            case SliceType s -> mentionsTypeParam(s.elem);
            case PointerType p -> mentionsTypeParam(p.elem);
            case ArrayType a -> mentionsTypeParam(a.elem);
            case MapType m -> mentionsTypeParam(m.key) || mentionsTypeParam(m.value);
            case ChanType c -> mentionsTypeParam(c.elem);
            case FuncType f -> f.params.stream().anyMatch(Instantiation::mentionsTypeParam)
                            || f.results.stream().anyMatch(Instantiation::mentionsTypeParam);
            case StructType st -> st.fields.stream().anyMatch(fl -> mentionsTypeParam(fl.type()));
            case InterfaceType it -> it.methods.stream().anyMatch(m -> mentionsTypeParam(m.sig()))
                            || it.terms.stream().anyMatch(tm -> mentionsTypeParam(tm.type()));
            default -> false;
        };
    }

    /**
     * The instance of generic function fe for the given type arguments (created and queued on first use). argPos
     * says where each argument is written (an inferred one: the call's parenthesis), where Go reports one that does
     * not satisfy its constraint; argExprs holds the arguments as written (null for an inferred one).
     */
    FuncEntity instantiateFunc(FuncEntity fe, List<GoType> args, List<Pos> argPos, List<Expr> argExprs) {
        if (fe.owner != null && fe.owner != ck) {
            FuncEntity inst = fe.owner.instantiation.instantiateFunc(fe, args, argPos, argExprs);
            fe.owner.drainBodies();
            return inst;
        }
        FuncEntity inst = fe.instances.get(args);
        if (inst != null) {
            return inst;
        }
        List<Expr.TypeParam> tps = fe.decl.type().typeParams();
        boolean refused = !cycles.allowed(fe, tps, args, argPos, argExprs);
        List<GoType> cons = constraintsOf(tps, fe.declScope, args);
        for (int i = 0; i < args.size(); i++) {
            if (!satisfies(args.get(i), cons.get(i), argPos.get(i), tps.get(i).name())) {
                return null;
            }
        }
        inst = new FuncEntity(fe.name, fe.pos, null, fe.decl, fe.pkg);
        inst.owner = ck;
        inst.nativeName = fe.nativeName; // a body-less generic function is one native for every instance
        Map<String, GoType> bound = new LinkedHashMap<>();
        for (int i = 0; i < tps.size(); i++) {
            bound.put(tps.get(i).name(), args.get(i));
        }
        inst.typeArgs = bound;
        inst.typeArgList = List.copyOf(args);
        inst.declScope = fe.declScope;
        inst.type = ck.within(ck.env.inScope(typeArgScope(fe.declScope, bound)), () -> ck.typexprs.signature(fe.decl.type(), null));
        fe.instances.put(List.copyOf(args), inst);
        cycles.record(inst, fe, args);
        // a refused instance only gives its call a type: its body would ask for a larger one; so does an instance
        // over type parameters (a call inside a generic body checked generically), whose body is that generic check
        if (!refused && args.stream().noneMatch(Instantiation::mentionsTypeParam)) {
            ck.pkg.funcs.add(inst);
            ck.queueBody(inst);
        }
        return inst;
    }

    FuncEntity genericFuncOf(Expr e) {
        Expr u = ck.exprs.unparen(e);
        Entity ent = null;
        if (u instanceof Expr.Ident id) {
            ent = ck.env.info.uses.get(id);
        } else if (u instanceof Expr.Selector s) {
            ent = ck.env.info.qualified.get(s);
        }
        return ent instanceof FuncEntity f && f.isGeneric() ? f : null;
    }
}
