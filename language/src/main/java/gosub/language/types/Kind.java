package gosub.language.types;

/** The predeclared basic types, including the untyped kinds of constants. */
public enum Kind {
    BOOL("bool"), INT("int"), INT8("int8"), INT16("int16"), INT32("int32"), INT64("int64"),
    UINT("uint"), UINT8("uint8"), UINT16("uint16"), UINT32("uint32"), UINT64("uint64"), UINTPTR("uintptr"),
    FLOAT32("float32"), FLOAT64("float64"), COMPLEX64("complex64"), COMPLEX128("complex128"), STRING("string"),
    UNSAFE_POINTER("unsafe.Pointer"),
    // what the checker gives a declaration or expression whose type could not be found, as go/types does: an
    // operand of this type is invalid, so that the first error is not followed by others about a made-up type
    INVALID("invalid type"),
    UNTYPED_BOOL("untyped bool"), UNTYPED_INT("untyped int"), UNTYPED_RUNE("untyped rune"),
    UNTYPED_FLOAT("untyped float"), UNTYPED_COMPLEX("untyped complex"), UNTYPED_STRING("untyped string"), UNTYPED_NIL("untyped nil");

    public final String goName;

    Kind(String goName) {
        this.goName = goName;
    }

    public boolean isInteger() {
        return (ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal()) || this == UNTYPED_INT || this == UNTYPED_RUNE;
    }

    public boolean isUnsigned() {
        return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    /** An unsigned kind of 64 bits: its values do not fit a long's positive range, so they need unsigned operations. */
    public boolean isUnsigned64() {
        return this == UINT || this == UINT64 || this == UINTPTR;
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return this == COMPLEX64 || this == COMPLEX128 || this == UNTYPED_COMPLEX;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isString() {
        return this == STRING || this == UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return this == BOOL || this == UNTYPED_BOOL;
    }

    public boolean isUntyped() {
        return ordinal() >= UNTYPED_BOOL.ordinal();
    }

    /**
     * v cut to this integer kind's width as a long holds such a value: sign-extended for a signed kind, zero-extended
     * for an unsigned one (an untyped rune as an int32; 64-bit kinds keep all of v).
     */
    public long truncate(long v) {
        return switch (this) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32, UNTYPED_RUNE -> (int) v;
            case UINT8 -> v & 0xFF;
            case UINT16 -> v & 0xFFFF;
            case UINT32 -> v & 0xFFFFFFFFL;
            default -> v;
        };
    }

    /** Size in bits of a sized integer type (int and uint are 64 bits, as on amd64). */
    public int bits() {
        return switch (this) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32, FLOAT32 -> 32;
            case COMPLEX64 -> 64;
            case COMPLEX128 -> 128;
            default -> 64;
        };
    }
}
