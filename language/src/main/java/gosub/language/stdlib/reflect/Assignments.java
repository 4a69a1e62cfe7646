package gosub.language.stdlib.reflect;

import gosub.ast.Expr;
import gosub.language.methods.MethodTable;
import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.Types;
import gosub.language.values.Aggregates;
import gosub.language.values.ByteStrings;
import gosub.language.values.Complex;
import gosub.language.values.Slice;

/**
 * Which values reflect lets go where: Go's assignability and convertibility between run-time types (there are no
 * untyped values at run time), and the value a Value becomes in a variable of another type.
 */
final class Assignments {
    private Assignments() {
    }

    static boolean assignable(MethodTable methods, GoType v, GoType t) {
        if (v == t) {
            return true;
        }
        GoType vu = v.underlying();
        GoType tu = t.underlying();
        if (tu instanceof InterfaceType it) {
            if (vu instanceof InterfaceType vi) {
                for (InterfaceType.Method m : it.methods) {
                    InterfaceType.Method have = vi.method(m.name());
                    if (have == null || have.sig() != m.sig()) {
                        return false;
                    }
                }
                return true;
            }
            return methods.implementsIface(v, it);
        }
        if (vu == tu && !(v instanceof NamedType && t instanceof NamedType)) {
            return true;
        }
        return vu instanceof ChanType vc && tu instanceof ChanType tc && vc.dir == Expr.ChanDir.BOTH && vc.elem == tc.elem
                        && !(v instanceof NamedType && t instanceof NamedType);
    }

    /** The value of x as a variable of type t holds it, when x's type is assignable to t (else null is not a sign). */
    static Object assigned(Held x, GoType t) {
        if (t.underlying() instanceof InterfaceType && !(x.type.underlying() instanceof InterfaceType)) {
            return x.boxed();
        }
        return x.copied();
    }

    static boolean convertible(MethodTable methods, GoType v, GoType t) {
        if (assignable(methods, v, t)) {
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
        if (t.isString() && (v.isInteger() || bytesOrRunes(vu) != null)) {
            return true;
        }
        if (v.isString() && bytesOrRunes(tu) != null) {
            return true;
        }
        return vu instanceof SliceType s && tu instanceof PointerType p && p.elem.underlying() instanceof ArrayType a && a.elem == s.elem;
    }

    /** UINT8 or INT32 for []byte and []rune (of any named element types), else null. */
    private static Kind bytesOrRunes(GoType u) {
        if (u instanceof SliceType s && s.elem.underlying() instanceof BasicType b && (b.kind() == Kind.UINT8 || b.kind() == Kind.INT32)) {
            return b.kind();
        }
        return null;
    }

    /** x converted to t (convertible already checked), as the conversion T(x) gives it. */
    static Object converted(MethodTable methods, Held x, GoType t) {
        GoType v = x.type;
        if (assignable(methods, v, t)) {
            return assigned(x, t);
        }
        Object val = x.get();
        GoType vu = v.underlying();
        GoType tu = t.underlying();
        if (tu instanceof BasicType tb && vu instanceof BasicType vb) {
            Kind from = vb.kind();
            Kind to = tb.kind();
            if (to.isString()) {
                if (from.isString()) {
                    return val;
                }
                long r = (Long) val;
                if (from.isUnsigned() && r < 0 || r > Integer.MAX_VALUE || r < Integer.MIN_VALUE) {
                    r = 0xFFFD;
                }
                return ByteStrings.encodeRune(r);
            }
            if (to.isInteger()) {
                long n;
                if (from.isInteger()) {
                    n = (Long) val;
                } else {
                    double d = (Double) val;
                    n = to.isUnsigned64() && d >= 0x1p63 ? (long) (d - 0x1p63) + Long.MIN_VALUE : (long) d;
                }
                return to.truncate(n);
            }
            if (to.isFloat()) {
                double d;
                if (from.isInteger()) {
                    long n = (Long) val;
                    d = from.isUnsigned64() && n < 0 ? (double) (n >>> 1) * 2 + (n & 1) : (double) n;
                } else {
                    d = (Double) val;
                }
                return to == Kind.FLOAT32 ? (double) (float) d : d;
            }
            if (to.isComplex()) {
                Complex c = (Complex) val;
                return to == Kind.COMPLEX64 ? new Complex((float) c.re, (float) c.im) : c;
            }
        }
        if (v.isString() && bytesOrRunes(tu) != null) {
            String s = (String) val;
            if (bytesOrRunes(tu) == Kind.UINT8) {
                byte[] b = ByteStrings.bytes(s);
                return new Slice(b, 0, b.length, b.length);
            }
            long[] runes = new long[ByteStrings.runeCount(s)];
            for (int i = 0, n = 0; i < s.length(); n++) {
                long packed = ByteStrings.decodeRune(s, i);
                runes[n] = packed >> 8;
                i += (int) (packed & 0xFF);
            }
            return new Slice(runes, 0, runes.length, runes.length);
        }
        if (t.isString() && bytesOrRunes(vu) != null) {
            Slice s = (Slice) val;
            if (s == null) {
                return "";
            }
            if (bytesOrRunes(vu) == Kind.UINT8) {
                return ByteStrings.fromBytes((byte[]) s.array, s.offset, s.len);
            }
            StringBuilder sb = new StringBuilder();
            long[] runes = (long[]) s.array;
            for (int i = 0; i < s.len; i++) {
                sb.append(ByteStrings.encodeRune(runes[s.offset + i]));
            }
            return sb.toString();
        }
        if (vu instanceof SliceType && tu instanceof PointerType p && p.elem.underlying() instanceof ArrayType a) {
            Slice s = (Slice) val;
            int len = s == null ? 0 : s.len;
            if (len < a.length) {
                throw Reflection.panic("reflect: cannot convert slice with length " + len + " to pointer to array with length " + a.length);
            }
            return s == null ? null : new gosub.language.values.ArrayView(s.array, s.offset, (int) a.length);
        }
        return Aggregates.isAggregate(v) ? Aggregates.copy(v, val) : val;
    }
}
