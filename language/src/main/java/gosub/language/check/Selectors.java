package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.language.types.ArrayType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.types.TupleType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.List;

/**
 * Selector expressions {@code x.f}: qualified identifiers of imported packages, fields and promoted fields, method
 * values, method expressions {@code T.m}, and which variables have their address taken through them.
 */
final class Selectors {
    private final Checker ck;

    Selectors(Checker ck) {
        this.ck = ck;
    }

    /** The error for QUALIFIER.NAME that the package does not declare: unsupported if gosub has only part of it. */
    static String undefinedInPackage(PackageEntity pe, String qualifier, String name) {
        if (pe.pkg.partial && Predicates.isExported(name)) {
            return "unsupported: " + pe.pkg.path + "." + name + " (gosub's " + pe.pkg.path + " package is partial)";
        }
        return "undefined: " + qualifier + "." + name;
    }

    /**
     * Whether a field or method found is another package's unexported one, which this package cannot see (Go
     * compares such names with their package). Packages are told apart by name, which is what types record.
     */
    private boolean hiddenFromHere(Lookup.Found lk, String name) {
        if (Predicates.isExported(name)) {
            return false;
        }
        GoType owner = lk.field() != null ? lk.fieldOwner() : lk.methodOwner();
        // an instance of a generic type records the package that instantiated it: not judged
        return owner instanceof NamedType nt && nt.typeArgs.isEmpty() && !nt.pkg.isEmpty() && !nt.pkg.equals(ck.pkg.name);
    }

    /** Go's hint when the name with its first letter's case changed would be found: {@code , but does have X}. */
    private String otherCase(GoType t, String name) {
        int first = name.codePointAt(0);
        int changed = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
        String other = new String(Character.toChars(changed)) + name.substring(Character.charCount(first));
        if (other.equals(name)) {
            return "";
        }
        Lookup.Found lk = Lookup.lookupFieldOrMethod(t, other);
        return lk == null || lk.ambiguous() || hiddenFromHere(lk, other) ? "" : ", but does have " + other;
    }

    /**
     * Go 1.19's words for another package's unexported name. (Its compiler says {@code undefined: P.x} instead when x
     * is missing from the package's export data, which depends on what it inlines: not followed here.)
     */
    static String notExported(PackageEntity pe, String name) {
        return name + " not exported by package " + pe.pkg.name;
    }

    Operand selector(Expr.Selector s) {
        // qualified identifier
        if (s.x() instanceof Expr.Ident pid && ck.env.scope.lookup(pid.name()) instanceof PackageEntity pe) {
            pe.used = true;
            ck.env.info.uses.put(pid, pe);
            Entity ent = pe.pkg.scope.lookupLocal(s.sel());
            if (ent == null || !Predicates.isExported(s.sel())) {
                ck.error(s.selPos(), ent == null ? undefinedInPackage(pe, pid.name(), s.sel()) : notExported(pe, s.sel()));
                return Operand.invalid(s);
            }
            ck.env.info.qualified.put(s, ent);
            switch (ent) {
                case VarEntity v -> {
                    if (v.type == null && v.lateResolver != null) {
                        v.lateResolver.run();
                    }
                    return new Operand(Operand.Mode.VARIABLE, v.type, null, s).spelled(v.spelling);
                }
                case ConstEntity c -> {
                    if (c.resolver != null) {
                        c.resolver.run();
                    }
                    return new Operand(Operand.Mode.CONSTANT, c.type, c.value, s).spelled(c.spelling);
                }
                case TypeEntity t -> {
                    if (t.isGeneric()) {
                        return new Operand(Operand.Mode.TYPE, null, null, s);
                    }
                    if (t.resolver != null) {
                        t.resolver.run();
                    }
                    return new Operand(Operand.Mode.TYPE, t.type, null, s);
                }
                case FuncEntity f -> {
                    return new Operand(Operand.Mode.VALUE, f.type, null, s).spelled(f.shownType());
                }
                case BuiltinEntity b -> { // unsafe's
                    Operand o = new Operand(Operand.Mode.BUILTIN, null, null, s);
                    o.entity = b;
                    return o;
                }
                default -> {
                    ck.error(s.pos(), "unexpected " + s.sel());
                    return Operand.invalid(s);
                }
            }
        }
        Operand x = ck.rawExpr(s.x(), null);
        if (x.invalid()) {
            return Operand.invalid(s);
        }
        if (x.mode == Operand.Mode.PACKAGE) {
            return Operand.invalid(s);
        }
        if (x.mode == Operand.Mode.TYPE) {
            return methodExpr(s, x.type);
        }
        if (x.mode == Operand.Mode.BUILTIN) {
            // Go reports ck at the dot, which is right before the selected name
            ck.error(new Pos(s.selPos().line(), s.selPos().col() - 1, s.selPos().file(), s.selPos().directive()), "cannot select on " + ExprPrinter.print(s.x()) + " (built-in)");
            return Operand.invalid(s);
        }
        if (x.mode == Operand.Mode.NOVALUE || x.type instanceof TupleType || x.isNil()) {
            ck.error(s.pos(), ExprPrinter.print(s.x()) + " is not a value with fields");
            return Operand.invalid(s);
        }
        if (isPointerToInterface(x.type)) {
            // *I has no methods and no fields; Go names the likely mistake
            ck.error(s.selPos(), ExprPrinter.print(s) + " undefined (type " + x.type + " is pointer to interface, not interface)");
            return Operand.invalid(s);
        }
        if (x.type instanceof TypeParamType tp) {
            return typeParamMethod(s, x, tp);
        }
        if (x.type instanceof PointerType p && p.elem instanceof TypeParamType) {
            ck.error(s.selPos(), ExprPrinter.print(s) + " undefined (type " + x.type + " is pointer to type parameter, not type parameter)");
            return Operand.invalid(s);
        }
        Lookup.Found lk = Lookup.lookupFieldOrMethod(x.type, s.sel());
        if (lk == null || !lk.ambiguous() && hiddenFromHere(lk, s.sel())) {
            ck.error(s.selPos(), ExprPrinter.print(s) + " undefined (type " + x.type + " has no field or method " + s.sel()
                    + otherCase(x.type, s.sel()) + ")");
            return Operand.invalid(s);
        }
        if (lk.ambiguous()) {
            ck.error(s.selPos(), "ambiguous selector " + ExprPrinter.print(s));
            return Operand.invalid(s);
        }
        boolean xIsPtr = x.type.underlying() instanceof PointerType;
        if (lk.field() != null) {
            Selection sel = new Selection(Selection.Kind.FIELD, x.type, lk.path(), lk.fieldOwner(), s.sel(), null, null, lk.field().type(), xIsPtr);
            ck.env.info.selections.put(s, sel);
            boolean addressable = x.mode == Operand.Mode.VARIABLE || xIsPtr || lk.path().stream().anyMatch(st -> false);
            // a field reached through any pointer is addressable
            if (!addressable) {
                for (Selection.Step st : lk.path()) {
                    if (st.throughPointer()) {
                        addressable = true;
                    }
                }
                if (lk.recvIsPointer()) {
                    addressable = true;
                }
            }
            return new Operand(addressable ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, lk.field().type(), null, s)
                            .spelled(TypeSpelling.field(lk.fieldOwner(), lk.field()));
        }
        if (lk.ifaceMethod() != null) {
            Selection sel = new Selection(Selection.Kind.INTERFACE_METHOD, x.type, lk.path(), lk.methodOwner(), s.sel(), null, null, lk.ifaceMethod().sig(), xIsPtr);
            ck.env.info.selections.put(s, sel);
            return new Operand(Operand.Mode.VALUE, lk.ifaceMethod().sig(), null, s);
        }
        NamedType.Method m = lk.method();
        if (m.pointerReceiver && !xIsPtr && lk.path().isEmpty() && x.mode != Operand.Mode.VARIABLE) {
            ck.error(s.pos(), "cannot call pointer method " + s.sel() + " on " + x.type);
            return Operand.invalid(s);
        }
        if (m.pointerReceiver && x.mode == Operand.Mode.VARIABLE && !xIsPtr && lk.path().isEmpty()) {
            markAddressTaken(s.x());
        }
        Selection sel = new Selection(Selection.Kind.METHOD_VALUE, x.type, lk.path(), lk.methodOwner(), s.sel(), m, (FuncEntity) m.decl, m.sig, xIsPtr);
        if (m.decl instanceof FuncEntity fe) {
            ck.initOrder.recordDep(fe); // a package variable's initializer calling a method waits for what it uses
        }
        ck.env.info.selections.put(s, sel);
        return new Operand(Operand.Mode.VALUE, m.sig, null, s).spelled(m.decl instanceof FuncEntity fe ? fe.shownType() : null);
    }

    /** x.m where x's type is a type parameter: its methods are its constraint's; it has no fields. */
    private Operand typeParamMethod(Expr.Selector s, Operand x, TypeParamType tp) {
        InterfaceType.Method m = tp.constraint() != null && tp.constraint().underlying() instanceof InterfaceType ci ? ci.method(s.sel()) : null;
        if (m == null) {
            ck.error(s.selPos(), ExprPrinter.print(s) + " undefined (type " + tp + " has no field or method " + s.sel() + ")");
            return Operand.invalid(s);
        }
        return new Operand(Operand.Mode.VALUE, m.sig(), null, s);
    }

    private Operand methodExpr(Expr.Selector s, GoType t) {
        if (t instanceof TypeParamType tp) { // T.m: the constraint's method, with the receiver first
            Operand m = typeParamMethod(s, new Operand(Operand.Mode.VALUE, t, null, s.x()), tp);
            if (m.invalid()) {
                return m;
            }
            FuncType msig = (FuncType) m.type;
            List<GoType> params = new ArrayList<>();
            params.add(t);
            params.addAll(msig.params);
            return new Operand(Operand.Mode.VALUE, Types.func(params, msig.results, msig.variadic), null, s);
        }
        if (isPointerToInterface(t)) {
            ck.error(s.selPos(), ExprPrinter.print(s) + " undefined (type " + t + " is pointer to interface, not interface)");
            return Operand.invalid(s);
        }
        Lookup.Found lk = Lookup.lookupFieldOrMethod(t, s.sel());
        if (lk == null || (lk.method() == null && lk.ifaceMethod() == null)) {
            // Go names what it was looking for: a field of that name is no method, no name at all is neither
            String missing = lk == null ? " has no field or method " : " has no method ";
            ck.error(s.selPos(), ExprPrinter.print(s) + " undefined (type " + t + missing + s.sel() + ")");
            return Operand.invalid(s);
        }
        FuncType msig = lk.method() != null ? lk.method().sig : lk.ifaceMethod().sig();
        // a pointer method is in the method set when a pointer leads to its receiver: t itself or an embedded field
        boolean reachedByPointer = t.underlying() instanceof PointerType || lk.recvIsPointer() || lk.path().stream().anyMatch(Selection.Step::throughPointer);
        if (lk.method() != null && lk.method().pointerReceiver && !reachedByPointer) {
            ck.error(s.selPos(), "cannot call pointer method " + s.sel() + " on " + t);
            return Operand.invalid(s);
        }
        List<GoType> params = new ArrayList<>();
        params.add(t);
        params.addAll(msig.params);
        FuncType ft = Types.func(params, msig.results, msig.variadic);
        Selection sel = new Selection(Selection.Kind.METHOD_EXPR, t, lk.path(), lk.methodOwner(), s.sel(), lk.method(),
                        lk.method() == null ? null : (FuncEntity) lk.method().decl, ft, t.underlying() instanceof PointerType);
        if (lk.method() != null && lk.method().decl instanceof FuncEntity fe) {
            ck.initOrder.recordDep(fe);
        }
        ck.env.info.selections.put(s, sel);
        FuncEntity declared = lk.method() != null && lk.method().decl instanceof FuncEntity fe ? fe : null;
        return new Operand(Operand.Mode.VALUE, ft, null, s).spelled(TypeSpelling.methodExpr(declared, t, ft));
    }

    private static boolean isPointerToInterface(GoType t) {
        return t instanceof PointerType p && !(t instanceof NamedType) && p.elem.underlying() instanceof InterfaceType;
    }

    /** Records that a variable's address is taken (directly or as the root of a field/array path). */
    void markAddressTaken(Expr e) {
        Expr u = ck.exprs.unparen(e);
        if (u instanceof Expr.Ident id && ck.env.info.uses.get(id) instanceof VarEntity v) {
            if (!isAggregate(v.type)) {
                v.addressTaken = true;
            }
        } else if (u instanceof Expr.Selector s && ck.env.info.selections.get(s) != null && !(ck.env.info.types.get(s.x()) != null && ck.env.info.types.get(s.x()).underlying() instanceof PointerType)) {
            markAddressTaken(s.x());
        } else if (u instanceof Expr.Index ix && ck.env.info.types.get(ix.x()) != null && ck.env.info.types.get(ix.x()).underlying() instanceof ArrayType) {
            markAddressTaken(ix.x());
        }
    }

    private static boolean isAggregate(GoType t) {
        return t != null && (t.underlying() instanceof StructType || t.underlying() instanceof ArrayType);
    }
}
