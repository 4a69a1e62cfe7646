package gosub.language.values;

import gosub.language.types.GoType.Rep;

/**
 * How a number or boolean is held in a 64-bit word, the {@code prims} of a struct value and the {@code prim} of a
 * cell: an integer as itself, a float as its raw IEEE bits, a boolean as 1 or 0. These convert between a word and
 * the boxed value of representation rep (LONG, DOUBLE or BOOL).
 */
public final class PrimWords {
    private PrimWords() {
    }

    public static Object box(Rep rep, long word) {
        if (rep == Rep.DOUBLE) {
            return Double.longBitsToDouble(word);
        }
        if (rep == Rep.BOOL) {
            return word != 0;
        }
        return word;
    }

    public static long unbox(Rep rep, Object boxed) {
        if (rep == Rep.DOUBLE) {
            return Double.doubleToRawLongBits((Double) boxed);
        }
        if (rep == Rep.BOOL) {
            return ((Boolean) boxed) ? 1 : 0;
        }
        return (Long) boxed;
    }
}
