package gosub.language.check;

import gosub.ast.Expr;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.MemorySizes;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

/**
 * The package {@code unsafe} as far as gosub has it: {@code Sizeof}, {@code Alignof} and {@code Offsetof}, which
 * are constants of gc's amd64 layout ({@link MemorySizes}) and so need nothing at run time. gosub's values are Java
 * objects, not memory, so {@code unsafe.Pointer} and the functions built on it ({@code Add}, {@code Slice}) are left
 * out: the package is marked partial, and naming them is refused as unsupported.
 */
public final class UnsafeBuiltins {
    private UnsafeBuiltins() {
    }

    /** A fresh {@code unsafe} package for one program (scopes record uses, so none is shared between programs). */
    public static GoPackage newPackage() {
        Scope scope = new Scope(Universe.SCOPE);
        for (String name : new String[] {"Sizeof", "Alignof", "Offsetof"}) {
            scope.declare(new BuiltinEntity(name));
        }
        GoPackage p = new GoPackage("unsafe", "unsafe", scope);
        p.partial = true;
        return p;
    }

    static boolean isUnsafeBuiltin(String name) {
        return name.equals("Sizeof") || name.equals("Alignof") || name.equals("Offsetof");
    }

    /** The call {@code unsafe.NAME(x)}: a uintptr constant. */
    static Operand check(Checker ck, Expr.Call c, String name) {
        if (!Builtins.argCount(ck, c, 1, 1)) {
            return Operand.invalid(c);
        }
        Expr arg = c.args().get(0);
        if (name.equals("Offsetof")) {
            return offsetof(ck, c, arg);
        }
        Operand x = ck.expr(arg);
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        if (x.isNil()) {
            ck.error(arg.pos(), "use of untyped nil in argument to unsafe." + name);
            return Operand.invalid(c);
        }
        if (x.type.isUntyped()) {
            ck.assignment(x, Predicates.defaultType(x.type), "argument to unsafe." + name);
        }
        if (dependsOnTypeParameter(x.type)) {
            // met in the generic check of a body: no constant, as in Go; each instance has its own layout
            return new Operand(Operand.Mode.VALUE, Types.UINTPTR, null, c);
        }
        long n = name.equals("Sizeof") ? MemorySizes.sizeOf(x.type) : MemorySizes.alignOf(x.type);
        return new Operand(Operand.Mode.CONSTANT, Types.UINTPTR, ConstValue.of(n), c);
    }

    /** {@code unsafe.Offsetof(s.f)}: where field f starts in the struct s denotes (or *s). */
    private static Operand offsetof(Checker ck, Expr.Call c, Expr arg) {
        Expr u = Expressions.unparen(arg);
        if (!(u instanceof Expr.Selector s)) {
            ck.error(arg.pos(), "invalid argument: " + ExprPrinter.print(arg) + " is not a selector expression");
            ck.rawExpr(arg, null);
            return Operand.invalid(c);
        }
        Operand x = ck.rawExpr(s, null);
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        Selection sel = ck.env.info.selections.get(s);
        if (sel == null || sel.kind() != Selection.Kind.FIELD) {
            ck.error(arg.pos(), "invalid argument: " + ExprPrinter.print(arg) + " is a method value");
            return Operand.invalid(c);
        }
        long offset = 0;
        for (Selection.Step step : sel.path()) {
            StructType st = structOf(step.structType());
            int i = indexOf(st, step.field());
            if (st.fields.get(i).type().underlying() instanceof PointerType) {
                ck.error(arg.pos(), "invalid argument: field " + s.sel() + " is embedded via a pointer in " + withoutPointer(sel.recvType()));
                return Operand.invalid(c);
            }
            offset += MemorySizes.offsetOf(st, i);
        }
        StructType owner = structOf(sel.fieldOwner());
        if (dependsOnTypeParameter(owner)) {
            return new Operand(Operand.Mode.VALUE, Types.UINTPTR, null, c); // as Sizeof above
        }
        offset += MemorySizes.offsetOf(owner, indexOf(owner, s.sel()));
        return new Operand(Operand.Mode.CONSTANT, Types.UINTPTR, ConstValue.of(offset), c);
    }

    private static StructType structOf(GoType t) {
        GoType u = t.underlying();
        if (u instanceof PointerType p) {
            u = p.elem.underlying();
        }
        return (StructType) u;
    }

    private static GoType withoutPointer(GoType t) {
        return t.underlying() instanceof PointerType p ? p.elem : t;
    }

    private static int indexOf(StructType st, String field) {
        for (int i = 0; i < st.fields.size(); i++) {
            if (st.fields.get(i).name().equals(field)) {
                return i;
            }
        }
        throw new IllegalStateException("no field " + field + " in " + st);
    }

    /** Whether the layout of t is only known once a type parameter is bound (Go then has no constant either). */
    private static boolean dependsOnTypeParameter(GoType t) {
        return switch (t) {
            case TypeParamType tp -> true;
            case NamedType n -> n.typeArgs.stream().anyMatch(UnsafeBuiltins::dependsOnTypeParameter)
                    || n.underlying() != null && n.underlying() != n && dependsOnTypeParameter(n.underlying());
            case ArrayType a -> dependsOnTypeParameter(a.elem);
            case StructType st -> st.fields.stream().anyMatch(f -> dependsOnTypeParameter(f.type()));
            // the rest take a fixed number of words whatever their element types
            default -> false;
        };
    }
}
