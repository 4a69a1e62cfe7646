package gosub.language.check;

import gosub.ast.Expr;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.SliceType;
import gosub.language.types.Types;
import gosub.language.values.ByteStrings;

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
}
