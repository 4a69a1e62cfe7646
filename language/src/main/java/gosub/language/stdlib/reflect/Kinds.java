package gosub.language.stdlib.reflect;

import gosub.language.types.ArrayType;
import gosub.language.types.BasicType;
import gosub.language.types.ChanType;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Kind;
import gosub.language.types.MapType;
import gosub.language.types.PointerType;
import gosub.language.types.SliceType;
import gosub.language.types.StructType;

/** reflect.Kind's numbers (as reflect.go declares them) for gosub's types, and their names. */
final class Kinds {
    private Kinds() {
    }

    static final int INVALID = 0;
    static final int BOOL = 1;
    static final int INT = 2;
    static final int INT64 = 6;
    static final int UINT = 7;
    static final int UINTPTR = 12;
    static final int FLOAT32 = 13;
    static final int FLOAT64 = 14;
    static final int COMPLEX64 = 15;
    static final int COMPLEX128 = 16;
    static final int ARRAY = 17;
    static final int CHAN = 18;
    static final int FUNC = 19;
    static final int INTERFACE = 20;
    static final int MAP = 21;
    static final int POINTER = 22;
    static final int SLICE = 23;
    static final int STRING = 24;
    static final int STRUCT = 25;
    static final int UNSAFE_POINTER = 26;

    private static final String[] NAMES = {"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
        "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func",
        "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"};

    static int of(GoType t) {
        if (t == null) {
            return INVALID;
        }
        GoType u = t.underlying();
        if (u instanceof BasicType b) {
            Kind k = b.kind();
            if (k.ordinal() <= Kind.COMPLEX128.ordinal()) {
                return k.ordinal() + 1; // bool, the integers, floats and complexes are in the same order
            }
            return k == Kind.STRING ? STRING : k == Kind.UNSAFE_POINTER ? UNSAFE_POINTER : INVALID;
        }
        if (u instanceof ArrayType) {
            return ARRAY;
        }
        if (u instanceof ChanType) {
            return CHAN;
        }
        if (u instanceof FuncType) {
            return FUNC;
        }
        if (u instanceof InterfaceType) {
            return INTERFACE;
        }
        if (u instanceof MapType) {
            return MAP;
        }
        if (u instanceof PointerType) {
            return POINTER;
        }
        if (u instanceof SliceType) {
            return SLICE;
        }
        if (u instanceof StructType) {
            return STRUCT;
        }
        return INVALID;
    }

    static String name(int kind) {
        return kind >= 0 && kind < NAMES.length ? NAMES[kind] : "kind" + kind;
    }

    static boolean isSignedInt(int k) {
        return k >= INT && k <= INT64;
    }

    static boolean isUnsignedInt(int k) {
        return k >= UINT && k <= UINTPTR;
    }

    static boolean isFloat(int k) {
        return k == FLOAT32 || k == FLOAT64;
    }

    static boolean isComplex(int k) {
        return k == COMPLEX64 || k == COMPLEX128;
    }
}
