package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Operator;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.util.ArrayList;
import java.util.List;

/** Type rules of the built-in functions (len, append, make, …). */
final class Builtins {
    private Builtins() {
    }

    static Operand check(Checker ck, Expr.Call c, BuiltinEntity b) {
        String name = b.name;
        List<Expr> args = c.args();
        if (UnsafeBuiltins.isUnsafeBuiltin(name)) {
            return UnsafeBuiltins.check(ck, c, name);
        }
        switch (name) {
            case "len", "cap" -> {
                if (!argCount(ck, c, 1, 1)) {
                    return Operand.invalid(c);
                }
                Operand x = ck.expr(args.get(0));
                if (x.invalid()) {
                    return Operand.invalid(c);
                }
                if (x.type instanceof TypeParamType tp) { // every type of the set must have a length
                    if (!tp.everyType(t -> hasLength(t, name))) {
                        ck.error(args.get(0).pos(), "invalid argument: " + x.describe() + " for " + name);
                        return Operand.invalid(c);
                    }
                    return new Operand(Operand.Mode.VALUE, Types.INT, null, c);
                }
                GoType u = x.type.underlying();
                if (u instanceof PointerType p && p.elem.underlying() instanceof ArrayType) {
                    u = p.elem.underlying();
                }
                boolean ok = hasLength(x.type, name);
                if (!ok) {
                    ck.error(args.get(0).pos(), "invalid argument: " + x.describe() + " for " + name);
                    return Operand.invalid(c);
                }
                if (x.mode == Operand.Mode.CONSTANT && x.value.isString()) {
                    if (x.type.isUntyped()) {
                        ck.assignment(x, Types.STRING, "len");
                    }
                    return new Operand(Operand.Mode.CONSTANT, Types.INT, ConstValue.of(x.value.asString().length()), c);
                }
                if (u instanceof ArrayType a && !containsCallOrReceive(args.get(0))) {
                    return new Operand(Operand.Mode.CONSTANT, Types.INT, ConstValue.of(a.length), c);
                }
                return new Operand(Operand.Mode.VALUE, Types.INT, null, c);
            }
            case "append" -> {
                if (args.isEmpty()) {
                    ck.error(c.pos(), "not enough arguments for append() (expected 1, found 0)");
                    return Operand.invalid(c);
                }
                Operand s = ck.expr(args.get(0));
                if (s.invalid()) {
                    return Operand.invalid(c);
                }
                if (s.isNil()) {
                    ck.error(args.get(0).pos(), "first argument to append must be a typed slice; have untyped nil");
                    return Operand.invalid(c);
                }
                if (s.type instanceof TypeParamType && !(TypeSets.coreType(s.type) instanceof SliceType)) {
                    if (TypeSets.coreType(s.type) == null) {
                        ck.error(args.get(0).pos(), "first argument to append must be a slice; " + s.describe() + " has no core type");
                    }
                    return Operand.invalid(c);
                }
                if (!(TypeSets.coreType(s.type) instanceof SliceType st)) {
                    ck.error(args.get(0).pos(), "first argument to append must be a slice; have " + s.describe());
                    return Operand.invalid(c);
                }
                if (c.hasEllipsis()) {
                    if (args.size() != 2) {
                        ck.error(c.pos(), "can only use ... with final argument in list");
                        return Operand.invalid(c);
                    }
                    Operand r = ck.expr(args.get(1));
                    if (r.invalid()) {
                        return Operand.invalid(c);
                    }
                    // a string, or a type parameter standing for strings and byte slices, spreads its bytes
                    if (st.elem == Types.BYTE && TypeSets.all(r.type, u -> u.isString() || u.underlying() instanceof SliceType us && us.elem == Types.BYTE)) {
                        if (r.type.isUntyped()) {
                            ck.assignment(r, Types.STRING, "append");
                        }
                        return new Operand(Operand.Mode.VALUE, s.type, null, c);
                    }
                    ck.assignment(r, Types.slice(st.elem), "append");
                    return new Operand(Operand.Mode.VALUE, s.type, null, c);
                }
                for (int i = 1; i < args.size(); i++) {
                    Operand x = ck.expr(args.get(i));
                    if (!x.invalid()) {
                        ck.assignment(x, st.elem, "argument to append");
                    }
                }
                return new Operand(Operand.Mode.VALUE, s.type, null, c);
            }
            case "copy" -> {
                if (!argCount(ck, c, 2, 2)) {
                    return Operand.invalid(c);
                }
                Operand d = ck.expr(args.get(0));
                Operand s = ck.expr(args.get(1));
                if (d.invalid() || s.invalid()) {
                    return Operand.invalid(c);
                }
                if (!(TypeSets.coreType(d.type) instanceof SliceType ds)) {
                    ck.error(c.pos(), "invalid argument: copy expects slice arguments; found " + d.describe() + " and " + s.describe());
                    return Operand.invalid(c);
                }
                if (ds.elem == Types.BYTE && TypeSets.all(s.type, u -> u.isString() || u.underlying() instanceof SliceType us && us.elem == Types.BYTE)) {
                    if (s.type.isUntyped()) {
                        ck.assignment(s, Types.STRING, "copy");
                    }
                } else if (!(TypeSets.coreType(s.type) instanceof SliceType ss) || ss.elem != ds.elem) {
                    ck.error(c.pos(), "invalid argument: arguments to copy " + d.describe() + " and " + s.describe() + " have different element types");
                    return Operand.invalid(c);
                }
                return new Operand(Operand.Mode.VALUE, Types.INT, null, c);
            }
            case "delete" -> {
                if (!argCount(ck, c, 2, 2)) {
                    return Operand.invalid(c);
                }
                Operand m = ck.expr(args.get(0));
                Operand k = ck.expr(args.get(1));
                if (m.invalid() || k.invalid()) {
                    return Operand.invalid(c);
                }
                if (m.type instanceof TypeParamType tp) { // maps of one key type, whatever their values
                    List<InterfaceType.Term> ts = TypeSets.terms(tp);
                    GoType key = ts == null || ts.isEmpty() || !(ts.get(0).type().underlying() instanceof MapType m0) ? null : m0.key;
                    if (key == null || !tp.everyType(u -> u.underlying() instanceof MapType)) {
                        ck.error(args.get(0).pos(), "invalid argument: " + m.describe() + " is not a map");
                        return Operand.invalid(c);
                    }
                    if (!tp.everyType(u -> ((MapType) u.underlying()).key == key)) {
                        ck.error(args.get(0).pos(), "invalid argument: maps of " + m.describe() + " must have identical key types");
                        return Operand.invalid(c);
                    }
                    ck.assignment(k, key, "argument to delete");
                    return new Operand(Operand.Mode.NOVALUE, null, null, c);
                }
                if (!(TypeSets.coreType(m.type) instanceof MapType mt)) {
                    ck.error(args.get(0).pos(), "invalid argument: " + m.describe() + " is not a map");
                    return Operand.invalid(c);
                }
                ck.assignment(k, mt.key, "argument to delete");
                return new Operand(Operand.Mode.NOVALUE, null, null, c);
            }
            case "make" -> {
                if (args.isEmpty()) {
                    ck.error(c.pos(), "not enough arguments for make() (expected 1, found 0)");
                    return Operand.invalid(c);
                }
                GoType t = ck.typeExpr(args.get(0));
                if (t == null) {
                    return Operand.invalid(c);
                }
                int min;
                int max;
                GoType core = TypeSets.coreType(t);
                if (core == null) {
                    ck.error(args.get(0).pos(), "invalid argument: cannot make " + ExprPrinter.print(args.get(0)) + ": no core type");
                    return Operand.invalid(c);
                }
                switch (core) {
                    case SliceType s -> {
                        min = 2;
                        max = 3;
                    }
                    case MapType m -> {
                        min = 1;
                        max = 2;
                    }
                    case ChanType ch -> {
                        min = 1;
                        max = 2;
                        ck.channelLaidOut(c.lparen(), t);
                    }
                    default -> {
                        ck.error(args.get(0).pos(), "invalid argument: cannot make " + ExprPrinter.print(args.get(0)) + "; type must be slice, map, or channel");
                        return Operand.invalid(c);
                    }
                }
                if (args.size() < min || args.size() > max) {
                    ck.error(c.pos(), "invalid operation: " + ExprPrinter.print(c) + " expects " + min + " or " + max + " arguments; found " + args.size());
                    return Operand.invalid(c);
                }
                List<Long> consts = new ArrayList<>();
                for (int i = 1; i < args.size(); i++) {
                    Operand n = ck.expr(args.get(i));
                    if (n.invalid()) {
                        continue;
                    }
                    if (!n.type.isInteger() && !(n.mode == Operand.Mode.CONSTANT && n.value.exactInt() != null)) {
                        ck.error(args.get(i).pos(), "cannot convert " + n.describe() + " to type int");
                        continue;
                    }
                    if (n.mode == Operand.Mode.CONSTANT) {
                        if (n.value.exactInt().signum() < 0) {
                            ck.error(args.get(i).pos(), "invalid argument: index " + ExprPrinter.print(args.get(i)) + " (constant of type int) must not be negative");
                            continue;
                        }
                        consts.add(n.value.exactInt().longValue());
                    }
                    if (n.type.isUntyped()) {
                        ck.assignment(n, Types.INT, "make");
                    }
                }
                if (consts.size() == 2 && consts.get(0) > consts.get(1)) {
                    ck.error(args.get(1).pos(), "invalid argument: length and capacity swapped");
                }
                return new Operand(Operand.Mode.VALUE, t, null, c);
            }
            case "new" -> {
                if (!argCount(ck, c, 1, 1)) {
                    return Operand.invalid(c);
                }
                // Go 1.26: the operand is a type (a pointer to a new zero value) or an expression (a pointer to a
                // new variable holding a copy of its value, an untyped constant taking its default type)
                Operand x = ck.rawExpr(args.get(0), null);
                if (x.invalid()) {
                    return Operand.invalid(c);
                }
                if (x.mode == Operand.Mode.TYPE) {
                    return x.type == null ? Operand.invalid(c) : new Operand(Operand.Mode.VALUE, Types.pointer(x.type), null, c);
                }
                x = ck.exprs.value(args.get(0), x, false);
                if (x.invalid()) {
                    return Operand.invalid(c);
                }
                if (x.isNil()) {
                    ck.error(args.get(0).pos(), "use of untyped nil in argument to new");
                    return Operand.invalid(c);
                }
                if (x.type.isUntyped()) {
                    ck.assignment(x, Predicates.defaultType(x.type), "argument to new");
                }
                return new Operand(Operand.Mode.VALUE, Types.pointer(x.type.isUntyped() ? Predicates.defaultType(x.type) : x.type), null, c);
            }
            case "panic" -> {
                if (!argCount(ck, c, 1, 1)) {
                    return Operand.invalid(c);
                }
                Operand x = ck.expr(args.get(0));
                if (!x.invalid()) {
                    ck.assignment(x, Universe.ANY, "argument to panic");
                }
                return new Operand(Operand.Mode.NOVALUE, null, null, c);
            }
            case "recover" -> {
                if (!argCount(ck, c, 0, 0)) {
                    return Operand.invalid(c);
                }
                if (ck.env.func != null) {
                    if (ck.env.func.lit != null) {
                        ck.env.func.lit.hasRecover = true;
                    } else if (ck.env.func.entity != null) {
                        ck.env.func.entity.hasRecover = true;
                    }
                }
                return new Operand(Operand.Mode.VALUE, Universe.ANY, null, c);
            }
            case "print", "println" -> {
                for (Expr a : args) {
                    Operand x = ck.expr(a);
                    if (!x.invalid() && x.type.isUntyped()) {
                        if (x.isNil()) {
                            ck.error(a.pos(), "use of untyped nil in argument to built-in " + name);
                        } else {
                            ck.assignment(x, Predicates.defaultType(x.type), "argument to " + name);
                        }
                    }
                }
                return new Operand(Operand.Mode.NOVALUE, null, null, c);
            }
            case "close" -> {
                if (!argCount(ck, c, 1, 1)) {
                    return Operand.invalid(c);
                }
                Operand x = ck.expr(args.get(0));
                if (x.invalid()) {
                    return Operand.invalid(c);
                }
                if (x.type instanceof TypeParamType tp && tp.everyType(u -> u.underlying() instanceof ChanType uc && uc.dir != Expr.ChanDir.RECV)) {
                    return new Operand(Operand.Mode.NOVALUE, null, null, c); // channels of any element types
                }
                if (!(TypeSets.coreType(x.type) instanceof ChanType ct)) {
                    ck.error(args.get(0).pos(), "invalid operation: cannot close non-channel " + x.describe());
                    return Operand.invalid(c);
                }
                if (ct.dir == Expr.ChanDir.RECV) {
                    ck.error(args.get(0).pos(), "invalid operation: cannot close receive-only channel " + x.describe());
                    return Operand.invalid(c);
                }
                return new Operand(Operand.Mode.NOVALUE, null, null, c);
            }
            case "clear" -> {
                if (!argCount(ck, c, 1, 1)) {
                    return Operand.invalid(c);
                }
                Operand x = ck.expr(args.get(0));
                if (!x.invalid() && !(TypeSets.coreType(x.type) instanceof MapType || TypeSets.coreType(x.type) instanceof SliceType)) {
                    ck.error(args.get(0).pos(), "invalid argument: " + x.describe() + " is not a map or slice");
                }
                return new Operand(Operand.Mode.NOVALUE, null, null, c);
            }
            case "min", "max" -> {
                if (args.isEmpty()) {
                    ck.error(c.pos(), "not enough arguments for " + name + "() (expected 1, found 0)");
                    return Operand.invalid(c);
                }
                List<Operand> ops = new ArrayList<>();
                for (Expr a : args) {
                    Operand x = ck.expr(a);
                    if (x.invalid()) {
                        return Operand.invalid(c);
                    }
                    ops.add(x);
                }
                GoType t = null;
                for (Operand o : ops) {
                    if (!o.type.isUntyped()) {
                        if (t != null && t != o.type) {
                            ck.error(o.expr.pos(), "invalid argument: mismatched types " + t + " (previous argument) and " + o.type + " (type of " + ExprPrinter.print(o.expr) + ")");
                            return Operand.invalid(c);
                        }
                        t = o.type;
                    }
                }
                boolean allConst = ops.stream().allMatch(o -> o.mode == Operand.Mode.CONSTANT);
                if (t == null) {
                    t = ops.get(0).type;
                    for (Operand o : ops) {
                        // untyped strings and untyped numbers do not mix (and cannot be compared as constants)
                        if (o.type.isString() != t.isString()) {
                            ck.error(o.expr.pos(), "invalid argument: mismatched types " + t + " (previous argument) and " + o.type + " (type of " + ExprPrinter.print(o.expr) + ")");
                            return Operand.invalid(c);
                        }
                    }
                    for (Operand o : ops) {
                        if (o.type == Types.UNTYPED_FLOAT && t != Types.UNTYPED_COMPLEX || o.type == Types.UNTYPED_COMPLEX) {
                            t = o.type;
                        }
                    }
                }
                if (!TypeSets.all(t, u -> u.isNumeric() && !u.isComplex() || u.isString())) {
                    ck.error(c.pos(), "invalid argument: " + ops.get(0).describe() + " cannot be ordered");
                    return Operand.invalid(c);
                }
                if (allConst) {
                    ConstValue best = null;
                    for (Operand o : ops) {
                        if (best == null) {
                            best = o.value;
                            continue;
                        }
                        int cmp = o.value.isString() ? o.value.asString().compareTo(best.asString()) : o.value.asDecimal().compareTo(best.asDecimal());
                        if (name.equals("min") ? cmp < 0 : cmp > 0) {
                            best = o.value;
                        }
                    }
                    return new Operand(Operand.Mode.CONSTANT, t, best, c);
                }
                for (Operand o : ops) {
                    ck.assignment(o, t.isUntyped() ? Predicates.defaultType(t) : t, "argument to " + name);
                }
                return new Operand(Operand.Mode.VALUE, t.isUntyped() ? Predicates.defaultType(t) : t, null, c);
            }
            case "complex" -> {
                return complexOf(ck, c);
            }
            case "real", "imag" -> {
                return complexPart(ck, c, name.equals("real"));
            }
            default -> {
                ck.error(c.pos(), "unknown built-in " + name);
                return Operand.invalid(c);
            }
        }
    }

    /** complex(x, y): two floats of one type make a complex of twice the size; two constants a constant. */
    private static Operand complexOf(Checker ck, Expr.Call c) {
        if (!argCount(ck, c, 2, 2)) {
            return Operand.invalid(c);
        }
        Operand x = ck.expr(c.args().get(0));
        Operand y = ck.expr(c.args().get(1));
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(c);
        }
        boolean bothConst = x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT;
        if (x.type.isUntyped() && y.type.isUntyped()) {
            if (bothConst) {
                // untyped numbers without an imaginary part count as untyped floats here
                x = asUntypedFloat(x);
                y = asUntypedFloat(y);
            } else {
                ck.assignment(x, Types.FLOAT64, "argument to complex");
                ck.assignment(y, Types.FLOAT64, "argument to complex");
            }
        } else if (x.type.isUntyped()) {
            ck.assignment(x, y.type, "argument to complex");
        } else if (y.type.isUntyped()) {
            ck.assignment(y, x.type, "argument to complex");
        }
        if (x.type.isUntyped() != y.type.isUntyped()) {
            return Operand.invalid(c); // the untyped one did not convert: reported
        }
        if (x.type != y.type) {
            ck.error(x.expr.pos(), "invalid operation: " + ExprPrinter.print(c) + " (mismatched types " + x.type + " and " + y.type + ")");
            return Operand.invalid(c);
        }
        GoType result = switch (x.type.underlying() instanceof BasicType b ? b.kind() : Kind.UNTYPED_NIL) {
            case FLOAT32 -> Types.COMPLEX64;
            case FLOAT64 -> Types.COMPLEX128;
            case UNTYPED_FLOAT -> Types.UNTYPED_COMPLEX;
            default -> null;
        };
        if (result == null) {
            ck.error(x.expr.pos(), "invalid argument: arguments have type " + x.type + ", expected floating-point");
            return Operand.invalid(c);
        }
        if (bothConst) {
            ConstValue v = ConstValue.complex(x.value.re(), y.value.re());
            if (!result.isUntyped()) {
                v = Predicates.representable(v, (BasicType) result);
            }
            return new Operand(Operand.Mode.CONSTANT, result, v, c);
        }
        return new Operand(Operand.Mode.VALUE, result, null, c);
    }

    private static Operand asUntypedFloat(Operand x) {
        if (x.type.isNumeric() && x.value.im().signum() == 0) {
            return new Operand(Operand.Mode.CONSTANT, Types.UNTYPED_FLOAT, x.value.realOrNull(), x.expr);
        }
        return x;
    }

    /** real(x) and imag(x): a complex's part as a float of half the size; of a constant, a constant. */
    private static Operand complexPart(Checker ck, Expr.Call c, boolean real) {
        if (!argCount(ck, c, 1, 1)) {
            return Operand.invalid(c);
        }
        Operand x = ck.expr(c.args().get(0));
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        GoType argType = x.type;
        if (x.type.isUntyped()) {
            if (x.mode == Operand.Mode.CONSTANT) {
                if (x.type.isNumeric()) {
                    argType = Types.UNTYPED_COMPLEX;
                }
            } else {
                ck.assignment(x, Types.COMPLEX128, "argument to " + (real ? "real" : "imag"));
                if (x.type.isUntyped()) {
                    return Operand.invalid(c);
                }
                argType = x.type;
            }
        }
        GoType result = switch (argType.underlying() instanceof BasicType b ? b.kind() : Kind.UNTYPED_NIL) {
            case COMPLEX64 -> Types.FLOAT32;
            case COMPLEX128 -> Types.FLOAT64;
            case UNTYPED_COMPLEX -> Types.UNTYPED_FLOAT;
            default -> null;
        };
        if (result == null) {
            ck.error(x.expr.pos(), "invalid argument: argument has type " + argType + ", expected complex type");
            return Operand.invalid(c);
        }
        if (x.mode == Operand.Mode.CONSTANT) {
            return new Operand(Operand.Mode.CONSTANT, result, ConstValue.of(real ? x.value.re() : x.value.im()), c);
        }
        return new Operand(Operand.Mode.VALUE, result, null, c);
    }

    /** Whether a value of type t has a length (name: len) or a capacity (cap). */
    private static boolean hasLength(GoType t, String name) {
        GoType u = t.underlying();
        if (u instanceof PointerType p && p.elem.underlying() instanceof ArrayType) {
            u = p.elem.underlying();
        }
        return switch (u) {
            case BasicType bt -> name.equals("len") && bt.kind().isString();
            case ArrayType a -> true;
            case SliceType s -> true;
            case MapType m -> name.equals("len");
            case ChanType ch -> true;
            default -> false;
        };
    }

    private static boolean containsCallOrReceive(Expr e) {
        return switch (e) {
            case Expr.Call c -> true;
            case Expr.Unary u -> u.op() == Operator.RECV || containsCallOrReceive(u.x());
            case Expr.Paren p -> containsCallOrReceive(p.x());
            case Expr.Selector s -> containsCallOrReceive(s.x());
            case Expr.Index i -> containsCallOrReceive(i.x()) || i.indices().stream().anyMatch(Builtins::containsCallOrReceive);
            case Expr.Star s -> containsCallOrReceive(s.x());
            default -> false;
        };
    }

    /** Go 1.19 reports a wrong argument count at the call, as an invalid operation. */
    static boolean argCount(Checker ck, Expr.Call c, int min, int max) {
        int n = c.args().size();
        if (n < min || n > max) {
            ck.error(c.pos(), "invalid operation: " + (n < min ? "not enough" : "too many") + " arguments for "
                    + ExprPrinter.print(c) + " (expected " + (n < min ? min : max) + ", found " + n + ")");
            for (Expr a : c.args()) {
                ck.rawExpr(a, null);
            }
            return false;
        }
        return true;
    }
}
