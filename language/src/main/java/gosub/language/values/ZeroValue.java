package gosub.language.values;

import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.StructType;

/** Go's zero values, boxed. Aggregates get fresh storage each time. */
public final class ZeroValue {
    private ZeroValue() {
    }

    private static final Long ZERO_LONG = 0L;
    private static final Double ZERO_DOUBLE = 0.0;

    public static Object of(GoType t) {
        GoType u = t.underlying();
        if (u instanceof BasicType b) {
            if (b.kind().isInteger()) {
                return ZERO_LONG;
            }
            if (b.kind().isFloat()) {
                return ZERO_DOUBLE;
            }
            if (b.kind().isComplex()) {
                return Complex.ZERO;
            }
            if (b.kind().isBoolean()) {
                return Boolean.FALSE;
            }
            if (b.kind().isString()) {
                return "";
            }
            return null;
        }
        if (u instanceof StructType st) {
            return new StructValue(st);
        }
        if (u instanceof ArrayType at) {
            return Aggregates.newArray(at.elem, (int) at.length);
        }
        return null;
    }
}
