package gosub.language.types;

/**
 * Sizes and alignments of values as Go lays them out on a 64-bit machine (gc's amd64 rules: a word of 8 bytes,
 * a string two words, a slice three, an interface two, each field at its alignment, a struct rounded up to its
 * own). gosub stores values differently; these are for Go's own limits on allocations, which are stated in
 * bytes (makeslice refuses a slice whose bytes exceed what the address space can hold), and for the constants
 * {@code unsafe.Sizeof}, {@code Alignof} and {@code Offsetof}, which programs print and size arrays with.
 */
public final class MemorySizes {
    /** The largest allocation Go's runtime tries on linux/amd64 (a 48-bit address space). */
    public static final long MAX_ALLOC = 1L << 48;

    private MemorySizes() {
    }

    /** The bytes of a value of type t; Long.MAX_VALUE when it would not fit in an int64 (a huge array type). */
    public static long sizeOf(GoType t) {
        return switch (t.underlying()) {
            case BasicType b -> switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING, COMPLEX128 -> 16;
                default -> 8;
            };
            case SliceType s -> 24;
            case InterfaceType i -> 16;
            case ArrayType a -> multiply(sizeOf(a.elem), a.length);
            case StructType st -> structSize(st);
            default -> 8; // pointers, maps, channels, functions: one word
        };
    }

    /** Whether values of type t take no bytes (struct{}, [0]T, structs and arrays of such). */
    public static boolean hasZeroSize(GoType t) {
        return sizeOf(t) == 0;
    }

    /** n values of SIZE bytes each, or Long.MAX_VALUE when that overflows. */
    public static long multiply(long size, long n) {
        if (size == 0 || n == 0) {
            return 0;
        }
        return n > Long.MAX_VALUE / size ? Long.MAX_VALUE : size * n;
    }

    /** The alignment of a value of type t, as {@code unsafe.Alignof} reports it. */
    public static long alignOf(GoType t) {
        return switch (t.underlying()) {
            case BasicType b -> switch (b.kind()) {
                case STRING -> 8;
                case COMPLEX64 -> 4;
                case COMPLEX128 -> 8;
                default -> Math.min(8, sizeOf(b));
            };
            case ArrayType a -> alignOf(a.elem);
            case StructType st -> {
                long max = 1;
                for (StructType.Field f : st.fields) {
                    max = Math.max(max, alignOf(f.type()));
                }
                yield max;
            }
            default -> 8;
        };
    }

    /** The byte offset of field INDEX in a value of struct type st, as {@code unsafe.Offsetof} reports it. */
    public static long offsetOf(StructType st, int index) {
        long offset = 0;
        for (int i = 0; ; i++) {
            GoType ft = st.fields.get(i).type();
            offset = roundUp(offset, alignOf(ft));
            if (i == index) {
                return offset;
            }
            offset += sizeOf(ft);
        }
    }

    private static long structSize(StructType st) {
        long offset = 0;
        long lastSize = 0;
        for (StructType.Field f : st.fields) {
            long size = sizeOf(f.type());
            long align = alignOf(f.type());
            offset = roundUp(offset, align);
            if (size > Long.MAX_VALUE - offset) {
                return Long.MAX_VALUE;
            }
            offset += size;
            lastSize = size;
        }
        // gc pads a struct that ends in a zero-size field, so that a pointer to it stays inside the struct
        if (!st.fields.isEmpty() && lastSize == 0 && offset > 0) {
            offset++;
        }
        return roundUp(offset, alignOf(st));
    }

    private static long roundUp(long n, long align) {
        long r = (n + align - 1) / align * align;
        return r < n ? Long.MAX_VALUE : r;
    }
}
