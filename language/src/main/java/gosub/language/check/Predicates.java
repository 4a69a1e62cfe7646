package gosub.language.check;

import gosub.ast.Expr;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;
import gosub.language.types.TypeParamType;
import gosub.language.types.Types;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Relations between types that the other concerns ask about: identical (up to struct tags), assignable,
 * convertible, comparable, nilable, representable (for constants), and default types of untyped constants.
 * Types are interned, so identical types are the same object except for struct tags.
 */
final class Predicates {
    private Predicates() {
    }

    static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    static boolean nilable(GoType t) {
        if (t instanceof TypeParamType tp) {
            return tp.everyType(Predicates::nilable);
        }
        GoType u = t.underlying();
        return u instanceof PointerType || u instanceof SliceType || u instanceof MapType || u instanceof ChanType
                        || u instanceof FuncType || u instanceof InterfaceType || (u instanceof BasicType b && b.kind() == Kind.UNSAFE_POINTER);
    }

    static boolean comparable(GoType t) {
        GoType u = t.underlying();
        return switch (u) {
            case SliceType s -> false;
            case MapType m -> false;
            case FuncType f -> false;
            case StructType st -> st.fields.stream().allMatch(f -> comparable(f.type()));
            case ArrayType a -> comparable(a.elem);
            case TypeParamType tp -> TypeSets.strictlyComparable(tp);
            default -> true;
        };
    }

    static GoType defaultType(GoType t) {
        if (!(t instanceof BasicType b)) {
            return t;
        }
        return switch (b.kind()) {
            case UNTYPED_BOOL -> Types.BOOL;
            case UNTYPED_INT -> Types.INT;
            case UNTYPED_RUNE -> Types.RUNE;
            case UNTYPED_FLOAT -> Types.FLOAT64;
            case UNTYPED_COMPLEX -> Types.COMPLEX128;
            case UNTYPED_STRING -> Types.STRING;
            default -> t;
        };
    }

    /** Spec "assignability" of a value of type v to type t (v typed, or untyped nil). */
    static boolean assignable(GoType v, GoType t) {
        if (v == t) {
            return true;
        }
        if (v == null || t == null || v == Types.INVALID || t == Types.INVALID) {
            return true; // one of them was reported already
        }
        if (v == Types.UNTYPED_NIL) {
            return nilable(t);
        }
        if (v.isUntyped()) {
            GoType tu = t.underlying();
            if (tu instanceof InterfaceType it) {
                return it.methods.isEmpty();
            }
            if (tu instanceof BasicType bt) {
                return v.isBoolean() ? bt.kind().isBoolean() : v.isString() ? bt.kind().isString() : bt.kind().isNumeric();
            }
            return false;
        }
        GoType vu = v.underlying();
        GoType tu = t.underlying();
        if (vu == tu && (!(v instanceof NamedType) || !(t instanceof NamedType)) && !(vu instanceof TypeParamType)) {
            return true;
        }
        if (tu instanceof InterfaceType it && !(t instanceof TypeParamType)) {
            return Lookup.missingMethod(v, it) == null;
        }
        if (vu instanceof ChanType vc && tu instanceof ChanType tc && vc.dir == Expr.ChanDir.BOTH && vc.elem == tc.elem
                        && (!(v instanceof NamedType) || !(t instanceof NamedType))) {
            return true;
        }
        // a type parameter on one side and a type without a name on the other: assignable with every type of the set
        if (v instanceof TypeParamType vp && !(t instanceof NamedType) && !(t instanceof TypeParamType)) {
            return vp.everyType(x -> assignable(x, t));
        }
        if (t instanceof TypeParamType tp && !(v instanceof NamedType) && !(v instanceof TypeParamType)) {
            return tp.everyType(x -> assignable(v, x));
        }
        return false;
    }

    /** The constant converted to basic type t, or null when it is not representable (overflow or truncation). */
    static ConstValue representable(ConstValue v, BasicType t) {
        Kind k = t.kind();
        if (k.isUntyped()) {
            if (k == Kind.UNTYPED_INT || k == Kind.UNTYPED_RUNE) {
                BigInteger i = v.exactInt();
                return i == null ? null : ConstValue.of(i);
            }
            if (k == Kind.UNTYPED_FLOAT && v.isComplex()) {
                return v.realOrNull();
            }
            return v;
        }
        if (k.isBoolean()) {
            return v.isBool() ? v : null;
        }
        if (k.isString()) {
            return v.isString() ? v : null;
        }
        if (!v.isNumeric()) {
            return null;
        }
        if (k.isComplex()) {
            double re = v.re().doubleValue();
            double im = v.im().doubleValue();
            if (k == Kind.COMPLEX64) {
                re = (float) re;
                im = (float) im;
            }
            if (Double.isInfinite(re) || Double.isInfinite(im)) {
                return null;
            }
            return ConstValue.complex(new BigDecimal(re), new BigDecimal(im));
        }
        if (v.isComplex()) {
            v = v.realOrNull();
            if (v == null) {
                return null;
            }
        }
        if (k.isInteger()) {
            BigInteger i = v.exactInt();
            if (i == null) {
                return null;
            }
            int bits = k.bits();
            BigInteger min;
            BigInteger max;
            if (k.isUnsigned()) {
                min = BigInteger.ZERO;
                max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            } else {
                min = BigInteger.ONE.shiftLeft(bits - 1).negate();
                max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            }
            if (i.compareTo(min) < 0 || i.compareTo(max) > 0) {
                return null;
            }
            return ConstValue.of(i);
        }
        if (k.isFloat()) {
            double d = v.asDecimal().doubleValue();
            if (k == Kind.FLOAT32) {
                float f = v.asDecimal().floatValue(); // rounded once: through a double, a value just below a halfway point can round twice
                if (Float.isInfinite(f)) {
                    return null;
                }
                return ConstValue.of(new BigDecimal(f));
            }
            if (Double.isInfinite(d)) {
                return null;
            }
            return ConstValue.of(new BigDecimal(d));
        }
        return null;
    }

    static boolean convertible(Operand x, GoType t) {
        GoType v = x.type;
        if (x.isNil()) {
            return Predicates.nilable(t);
        }
        if (Predicates.assignable(v, t) || x.mode == Operand.Mode.CONSTANT && v.isUntyped() && t.underlying() instanceof BasicType bt
                        && (v.isNumeric() && bt.kind().isNumeric() || v.isString() && bt.kind().isString() || v.isBoolean() && bt.kind().isBoolean())) {
            return true;
        }
        GoType vu = v.underlying();
        GoType tu = t.underlying();
        if (Types.identicalIgnoringTags(vu, tu)) {
            return true;
        }
        if (vu instanceof PointerType vp && tu instanceof PointerType tp && !(v instanceof NamedType) && !(t instanceof NamedType)
                        && Types.identicalIgnoringTags(vp.elem.underlying(), tp.elem.underlying())) {
            return true;
        }
        if (v.isNumeric() && t.isNumeric() && v.isComplex() == t.isComplex()) {
            return true;
        }
        if (t.isString() && (v.isInteger() || isByteOrRuneSlice(vu))) {
            return true;
        }
        if (v.isString() && isByteOrRuneSlice(tu)) {
            return true;
        }
        if (vu instanceof SliceType s && tu instanceof PointerType p && p.elem.underlying() instanceof ArrayType a && a.elem == s.elem) {
            return true;
        }
        return vu instanceof SliceType s && tu instanceof ArrayType a && a.elem == s.elem;
    }

    static boolean isByteOrRuneSlice(GoType u) {
        return u instanceof SliceType s && s.elem.underlying() instanceof BasicType b && (b.kind() == Kind.UINT8 || b.kind() == Kind.INT32);
    }

}
