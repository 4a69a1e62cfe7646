package gosub.language.stdlib.fmt;

import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.Kind;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.values.Complex;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;

/**
 * What fmt's Scan functions need of reflection: the kind of variable an operand points to, and storing a scanned
 * value there. The parsing itself is Go code in fmt.go; a pointer to a named type (type Celsius float64) is why
 * this cannot be a type switch alone.
 */
public final class ScanTargets {
    private ScanTargets() {
    }

    /**
     * The kind of {@code *arg}: "bool", "int", "uint", "float", "complex", "string", "bytes" (a slice of bytes), "other"
     * (nothing fmt scans), "" when arg is not a pointer, "nil" for a nil interface; with the size in bits of
     * numbers, and whether the pointed-to type is a defined type rather than the predeclared one.
     */
    public static Object[] kind(Object arg) {
        if (!(arg instanceof Iface i)) {
            return new Object[] {"nil", 0L, false};
        }
        if (!(i.type.underlying() instanceof PointerType p)) {
            return new Object[] {"", 0L, false};
        }
        GoType elem = p.elem;
        boolean named = elem instanceof NamedType;
        GoType u = elem.underlying();
        String kind = "other";
        long bits = 0;
        if (u instanceof BasicType b) {
            Kind k = b.kind();
            bits = k.bits();
            if (k.isBoolean()) {
                kind = "bool";
            } else if (k.isUnsigned()) {
                kind = "uint";
            } else if (k.isInteger()) {
                kind = "int";
            } else if (k.isFloat()) {
                kind = "float";
            } else if (k.isComplex()) {
                kind = "complex";
            } else if (k.isString()) {
                kind = "string";
            }
        } else if (u instanceof SliceType s && s.elem.underlying() instanceof BasicType b && b.kind() == Kind.UINT8) {
            kind = "bytes";
        }
        return new Object[] {kind, bits, named};
    }

    /** Stores v (an int64, uint64, float64, bool, string or []byte in an interface) in {@code *arg}. */
    public static void store(Object arg, Object v) {
        Iface target = (Iface) arg;
        if (!(target.value instanceof Pointer p)) {
            throw RuntimeErrors.nilDeref();
        }
        Object value = v instanceof Iface i ? i.value : v;
        GoType elem = ((PointerType) target.type.underlying()).elem.underlying();
        switch (value) {
            case Long l -> p.setLong(l);
            case Double d -> p.setDouble(elem instanceof BasicType b && b.kind() == Kind.FLOAT32 ? (double) (float) (double) d : d);
            case Boolean b -> p.setBool(b);
            case Complex c -> p.setObject(elem instanceof BasicType b && b.kind() == Kind.COMPLEX64 ? c.toComplex64() : c);
            default -> p.setObject(value);
        }
    }
}
