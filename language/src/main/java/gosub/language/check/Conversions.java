package gosub.language.check;

import gosub.ast.Expr;
import gosub.ast.Pos;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.SliceType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;
import gosub.language.values.ByteStrings;

import java.util.List;

/**
 * Conversions {@code T(x)}: constant conversions (exact, with Go's "truncated" and "overflows"), and the
 * convertibility of non-constant values.
 */
final class Conversions {
    private final Checker ck;

    Conversions(Checker ck) {
        this.ck = ck;
    }

    Operand conversion(Expr.Call c, GoType t) {
        if (c.args().size() != 1) {
            for (Expr a : c.args()) {
                ck.expr(a);
            }
            ck.error(c.pos(), (c.args().isEmpty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + t);
            return Operand.invalid(c);
        }
        Operand x = ck.expr(c.args().get(0));
        if (x.invalid()) {
            return Operand.invalid(c);
        }
        if (x.mode == Operand.Mode.CONSTANT && t.underlying() instanceof BasicType bt && !bt.kind().isUntyped()) {
            if (x.value.isNumeric() && bt.kind().isString() && x.type.isInteger()) {
                // string(rune constant)
                java.math.BigInteger big = x.value.exactInt();
                // beyond int64 it is no code point either: Go gives U+FFFD and keeps the argument untyped
                long r = big.bitLength() < 64 ? big.longValue() : -1;
                String s = gosub.language.values.ByteStrings.encodeRune(r);
                if (big.bitLength() < 64 || !x.type.isUntyped()) {
                    ck.assignment(x, Predicates.defaultType(x.type), "conversion");
                }
                return new Operand(Operand.Mode.CONSTANT, t, ConstValue.of(s), c);
            }
            if (x.value.isNumeric() && bt.kind().isNumeric() || x.value.isString() && bt.kind().isString() || x.value.isBool() && bt.kind().isBoolean()) {
                ConstValue v = x.value;
                if (!bt.kind().isComplex() && v.isComplex() && v.realOrNull() == null) {
                    ck.error(c.args().get(0).pos(), "cannot convert " + x.describe() + " to type " + t);
                    return Operand.invalid(c);
                }
                if (bt.kind().isInteger() && v.exactInt() == null) {
                    if (x.type.isUntyped()) {
                        ck.error(c.args().get(0).pos(), "cannot convert " + x.describe() + " to type " + t);
                        return Operand.invalid(c);
                    }
                    v = ConstValue.of(v.asDecimal().toBigInteger());
                }
                ConstValue r = Predicates.representable(v, bt);
                if (r == null) {
                    if (x.type.isUntyped()) {
                        ck.error(c.args().get(0).pos(), "cannot convert " + x.describe() + " to type " + t);
                    } else {
                        ck.error(c.args().get(0).pos(), "constant " + v + " overflows " + t);
                    }
                    return Operand.invalid(c);
                }
                if (x.type.isUntyped()) {
                    ck.env.info.types.put(x.expr, t);
                }
                return new Operand(Operand.Mode.CONSTANT, t, r, c);
            }
        }
        if ((x.type instanceof TypeParamType || t instanceof TypeParamType) && x.type != t
                        && !(t.underlying() instanceof InterfaceType && !x.type.isUntyped() && Predicates.assignable(x.type, t))) {
            return typeParamConversion(c, x, t);
        }
        if (!Predicates.convertible(x, t)) {
            ck.error(c.args().get(0).pos(), "cannot convert " + x.describe() + " to type " + t);
            return Operand.invalid(c);
        }
        if (x.type.isUntyped()) {
            GoType target = x.isNil() ? t : t.underlying() instanceof InterfaceType ? Predicates.defaultType(x.type) : t;
            if (x.mode == Operand.Mode.CONSTANT && t.isString() && x.type.isNumeric()) {
                target = Predicates.defaultType(x.type);
            }
            if (x.mode == Operand.Mode.CONSTANT && t.underlying() instanceof SliceType) {
                target = Types.STRING;
            }
            ck.assignment(x, target, "conversion");
        }
        return new Operand(Operand.Mode.VALUE, t, null, c);
    }

    /**
     * A conversion from or to a type parameter: valid when it is valid from every type of the one type set to every
     * type of the other (a constant: representable in each type of the target's set); its value is no constant. Go
     * names the first pair that fails, each type with the type parameter it is in.
     */
    private Operand typeParamConversion(Expr.Call c, Operand x, GoType t) {
        Pos at = c.args().get(0).pos();
        if (x.isNil()) {
            if (!Predicates.nilable(t)) {
                return Operand.invalid(c); // not judged generically: each instance says what Go says
            }
            return new Operand(Operand.Mode.VALUE, t, null, c);
        }
        if (x.mode == Operand.Mode.CONSTANT && x.type.isUntyped() && t instanceof TypeParamType tp) {
            List<InterfaceType.Term> ts = TypeSets.terms(tp);
            String cause = ts == null || ts.isEmpty() ? tp + " does not contain specific types" : null;
            for (int i = 0; cause == null && i < ts.size(); i++) {
                GoType u = ts.get(i).type();
                boolean ok = x.type.isString() && Predicates.isByteOrRuneSlice(u.underlying())
                                || u.underlying() instanceof BasicType bt && (Predicates.representable(x.value, bt) != null
                                                || x.value.exactInt() != null && x.type.isInteger() && bt.kind().isString());
                if (!ok) {
                    cause = "cannot convert " + x.describe() + " to " + u + " (in " + tp + ")";
                }
            }
            if (cause != null) {
                // the operand is a value by now: Go describes it so
                ck.error(at, "cannot convert " + ExprPrinter.print(x.expr) + " (" + x.type + " value) to type " + t + ":\n\t" + cause);
                return Operand.invalid(c);
            }
            ck.env.info.types.put(x.expr, t);
            return new Operand(Operand.Mode.VALUE, t, null, c);
        }
        List<GoType> from = x.type instanceof TypeParamType fp ? termTypes(fp) : List.of(x.type);
        List<GoType> to = t instanceof TypeParamType tp ? termTypes(tp) : List.of(t);
        if (from.isEmpty() || to.isEmpty() || x.type.isUntyped()) {
            ck.error(at, "cannot convert " + x.describe() + " to type " + t);
            return Operand.invalid(c);
        }
        for (GoType f : from) {
            for (GoType g : to) {
                if (!Predicates.convertible(new Operand(Operand.Mode.VALUE, f, null, x.expr), g)) {
                    String cause = "cannot convert " + f + (x.type instanceof TypeParamType ? " (in " + x.type + ")" : "") + " to " + g
                                    + (t instanceof TypeParamType ? " (in " + t + ")" : "");
                    ck.error(at, "cannot convert " + x.describe() + " to type " + t + ":\n\t" + cause);
                    return Operand.invalid(c);
                }
            }
        }
        return new Operand(Operand.Mode.VALUE, t, null, c);
    }

    /** The types of tp's type set (none when it lists none). */
    private static List<GoType> termTypes(TypeParamType tp) {
        List<InterfaceType.Term> ts = TypeSets.terms(tp);
        return ts == null ? List.of() : ts.stream().map(InterfaceType.Term::type).toList();
    }
}
