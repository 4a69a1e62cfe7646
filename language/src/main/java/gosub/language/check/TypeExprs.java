package gosub.language.check;

import gosub.ast.Expr;
import gosub.language.types.ArrayType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type expressions: names of types (local, package-level, qualified), pointer, array, slice, map, channel, function,
 * struct and interface types, constraints of type parameters, and the errors of expressions that are not types.
 */
final class TypeExprs {
    private final Checker ck;

    TypeExprs(Checker ck) {
        this.ck = ck;
    }

    /** Resolves a type expression; reports an error and returns null when it is not a type. */
    GoType typeExpr(Expr e) {
        return typeExprOrNull(e, true);
    }

    /** Go describes what the expression is instead (a value, a built-in, ...), unless checking it failed. */
    private void notAType(Expr e) {
        if (!(e instanceof Expr.Ident || e instanceof Expr.Selector)) {
            ck.error(e.pos(), ExprPrinter.print(e) + " is not a type"); // other expressions Go shows as written
            return;
        }
        Operand x = ck.rawExpr(e, null);
        if (x.mode == Operand.Mode.PACKAGE) {
            ck.error(e.pos(), "use of package " + ExprPrinter.print(e) + " not in selector"); // a package has no type to describe
            return;
        }
        if (!x.invalid()) {
            ck.error(e.pos(), (x.mode == Operand.Mode.TYPE ? ExprPrinter.print(e) : x.describe()) + " is not a type");
        }
    }

    GoType typeExprOrNull(Expr e, boolean report) {
        switch (e) {
            case Expr.Ident id -> {
                Entity ent = ck.env.scope.lookup(id.name());
                if (ent == null) {
                    if (report) {
                        ck.undefined(id);
                    }
                    return null;
                }
                if (ent instanceof TypeEntity te) {
                    ck.env.info.uses.put(id, te);
                    if (te.isGeneric()) {
                        ck.error(id.pos(), "cannot use generic type " + te.name + " without instantiation");
                        return null;
                    }
                    if (te.resolver != null) {
                        te.resolver.run();
                    } else if (te.resolving && te.type == null) {
                        ck.error(id.pos(), "invalid recursive type " + te.name);
                        return Types.INT;
                    }
                    return te.type;
                }
                if (report) {
                    notAType(id);
                }
                return null;
            }
            case Expr.Paren p -> {
                return typeExprOrNull(p.x(), report);
            }
            case Expr.Selector s -> {
                if (s.x() instanceof Expr.Ident pid && ck.env.scope.lookup(pid.name()) instanceof PackageEntity pe) {
                    pe.used = true;
                    Entity ent = pe.pkg.scope.lookupLocal(s.sel());
                    if (ent instanceof TypeEntity te && Predicates.isExported(s.sel())) {
                        if (te.resolver != null) {
                            te.resolver.run();
                        }
                        return te.type;
                    }
                    if (report) {
                        ck.error(s.selPos(), ent == null ? Selectors.undefinedInPackage(pe, pid.name(), s.sel())
                                : !Predicates.isExported(s.sel()) ? Selectors.notExported(pe, s.sel())
                                : pid.name() + "." + s.sel() + " is not a type");
                    }
                    return null;
                }
                if (report && !(s.x() instanceof Expr.Ident uid && ck.unsupportedImports.contains(uid.name()))) {
                    ck.error(s.pos(), ExprPrinter.print(s) + " is not a type");
                }
                return null;
            }
            case Expr.Star st -> {
                GoType elem = typeExprOrNull(st.x(), report);
                return elem == null ? null : Types.pointer(elem);
            }
            case Expr.ArrayType at -> {
                GoType elem = ck.typeExpr(at.elem());
                if (elem == null) {
                    return null;
                }
                if (at.len() == null) {
                    return Types.slice(elem);
                }
                if (at.len() instanceof Expr.Ellipsis) {
                    ck.error(at.pos(), "invalid use of [...] array (outside a composite literal)");
                    return null;
                }
                if (at.len() instanceof Expr.Ident lid) {
                    // a name that is no constant may be a type parameter missing its constraint: Go says so
                    Entity le = ck.env.scope.lookup(lid.name());
                    if (le == null) {
                        ck.error(lid.pos(), "undefined array length " + lid.name() + " or missing type constraint");
                        return null;
                    }
                    if (!(le instanceof ConstEntity)) {
                        ck.error(lid.pos(), "invalid array length " + lid.name());
                        return null;
                    }
                }
                Operand n = ck.expr(at.len());
                if (n.invalid()) {
                    return null;
                }
                if (n.mode != Operand.Mode.CONSTANT) {
                    ck.error(at.len().pos(), "array length " + n.describe() + " must be constant");
                    return null;
                }
                BigInteger len = n.type.isUntyped() || n.type.isInteger() ? n.value.exactInt() : null;
                if (len == null || len.bitLength() > 63) {
                    // Go sizes arrays with int: a length beyond it is not an integer length at all.
                    ck.error(at.len().pos(), "array length " + n.describe() + " must be integer");
                    return null;
                }
                if (len.signum() < 0) {
                    ck.error(at.len().pos(), "invalid array length " + n.describe());
                    return null;
                }
                return Types.array(elem, len.longValue());
            }
            case Expr.MapType mt -> {
                GoType k = ck.typeExpr(mt.key());
                GoType v = ck.typeExpr(mt.value());
                if (k == null || v == null) {
                    return null;
                }
                if (k.underlying() == null) {
                    // a type still being declared (type T struct{ m map[T]int }): judged once it is complete
                    GoType key = k;
                    ck.bodyQueue.addFirst(() -> checkMapKey(key, mt));
                } else {
                    checkMapKey(k, mt);
                }
                return Types.map(k, v);
            }
            case Expr.ChanType ct -> {
                GoType elem = ck.typeExpr(ct.elem());
                return elem == null ? null : Types.chan(ct.dir(), elem);
            }
            case Expr.FuncType ft -> {
                return signature(ft, null);
            }
            case Expr.StructType st -> {
                return structType(st);
            }
            case Expr.InterfaceType it -> {
                return interfaceType(it);
            }
            case Expr.Index ix -> {
                return ck.instantiation.instantiateTypeExpr(ix, report);
            }
            default -> {
                if (report) {
                    notAType(e);
                }
                return null;
            }
        }
    }

    private GoType structType(Expr.StructType st) {
        List<String> names = new ArrayList<>();
        List<GoType> types = new ArrayList<>();
        List<Boolean> embedded = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Expr.StructField f : st.fields()) {
            GoType t = ck.typeExpr(f.type());
            if (t == null) {
                t = Types.INVALID;
            }
            String name = f.name();
            if (f.embedded()) {
                name = embeddedName(f.type());
                if (name == null) {
                    GoType base = t instanceof PointerType p ? p.elem : t;
                    name = base instanceof NamedType nt ? nt.name : base.toString();
                }
            }
            if (!name.equals("_") && !seen.add(name)) {
                ck.error(f.pos(), name + " redeclared");
            }
            names.add(name);
            types.add(t);
            embedded.add(f.embedded());
            tags.add(tagValue(f.tag()));
        }
        return Types.struct(names, types, embedded, tags, ck.pkg.path);
    }

    /**
     * A field's tag as the struct type keeps it: the literal's value (a byte string), or null when there is none or
     * it is empty, so that {@code x int ""} and {@code x int}, or a raw and an interpreted literal of one text, make
     * the same type, as in Go.
     */
    private static String tagValue(String literal) {
        if (literal == null) {
            return null;
        }
        String value = Literals.parseString(literal);
        return value.isEmpty() ? null : value;
    }

    /** An embedded field's name: the type name as written (an alias's own name), without package, * or type arguments. */
    private static String embeddedName(Expr e) {
        return switch (e) {
            case Expr.Ident id -> id.name();
            case Expr.Selector s -> s.sel();
            case Expr.Star st -> embeddedName(st.x());
            case Expr.Paren p -> embeddedName(p.x());
            case Expr.Index ix -> embeddedName(ix.x());
            default -> null;
        };
    }

    private GoType interfaceType(Expr.InterfaceType it) {
        Map<String, InterfaceType.Method> methods = new java.util.TreeMap<>();
        List<InterfaceType.Term> terms = new ArrayList<>();
        boolean comparable = false;
        for (Expr.InterfaceMethod m : it.methods()) {
            FuncType sig = signature(m.type(), null);
            if (methods.put(m.name(), new InterfaceType.Method(m.name(), sig)) != null) {
                ck.error(m.pos(), "duplicate method " + m.name());
            }
        }
        for (Expr emb : it.embeds()) {
            List<Expr> parts = emb instanceof Expr.Union u ? u.terms() : List.of(emb);
            if (parts.size() == 1 && !(parts.get(0) instanceof Expr.Tilde)) {
                GoType t = ck.typeExpr(parts.get(0));
                if (t == null) {
                    continue;
                }
                if (t.underlying() instanceof InterfaceType ei) {
                    for (InterfaceType.Method m : ei.methods) {
                        methods.putIfAbsent(m.name(), m);
                    }
                    terms.addAll(ei.terms);
                    comparable |= ei.comparableConstraint;
                    continue;
                }
                terms.add(new InterfaceType.Term(false, t));
                continue;
            }
            for (Expr p : parts) {
                boolean tilde = p instanceof Expr.Tilde;
                GoType t = ck.typeExpr(tilde ? ((Expr.Tilde) p).type() : p);
                if (t != null) {
                    terms.add(new InterfaceType.Term(tilde, t));
                }
            }
        }
        return Types.iface(new ArrayList<>(methods.values()), terms, comparable);
    }

    /** The signature of a function type expression; params/results entities are created by the body check. */
    FuncType signature(Expr.FuncType ft, Map<String, GoType> bound) {
        List<GoType> params = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < ft.params().size(); i++) {
            Expr.Field f = ft.params().get(i);
            Expr te = f.type();
            if (te instanceof Expr.Ellipsis el) {
                if (i != ft.params().size() - 1) {
                    ck.error(el.pos(), "can only use ... with final parameter in list");
                }
                GoType elem = ck.typeExpr(el.elem());
                params.add(Types.slice(elem == null ? Types.INVALID : elem));
                variadic = true;
            } else {
                GoType t = ck.typeExpr(te);
                params.add(t == null ? Types.INVALID : t);
            }
        }
        List<GoType> results = new ArrayList<>();
        for (Expr.Field f : ft.results()) {
            GoType t = ck.typeExpr(f.type());
            results.add(t == null ? Types.INVALID : t);
        }
        return Types.func(params, results, variadic);
    }

    /**
     * A type parameter's constraint: an interface, or the short forms {@code [T ~int | ~float64]} and
     * {@code [T int]}, which stand for {@code interface{ ... }}.
     */
    GoType constraintType(Expr c) {
        if (c instanceof Expr.Union || c instanceof Expr.Tilde) {
            return interfaceType(new Expr.InterfaceType(c.pos(), List.of(), List.of(c)));
        }
        GoType t = ck.typeExpr(c);
        if (t == null) {
            return Types.EMPTY_INTERFACE;
        }
        if (t.underlying() instanceof InterfaceType) {
            return t;
        }
        return Types.iface(List.of(), List.of(new InterfaceType.Term(false, t)), false);
    }

    private void checkMapKey(GoType k, Expr.MapType mt) {
        if (!Predicates.comparable(k) && !(k.underlying() instanceof TypeParamType)) {
            ck.error(mt.key().pos(), "invalid map key type " + k);
        }
    }
}
