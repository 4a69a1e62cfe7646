package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;
import gosub.language.values.ArrayView;
import gosub.language.values.ByteStrings;
import gosub.language.values.Iface;
import gosub.language.values.Slice;
import gosub.language.values.StructValue;

/** Conversions between strings, byte and rune slices and arrays, and boxing into interfaces (numbers: operators.NumericConversion). */
public final class ConversionNodes {
    private ConversionNodes() {
    }

    /** A conversion done by library code, out of compiled code: the operand's value in, the converted value out. */
    abstract static class LibraryConversion extends ExprNode {
        @Child private ExprNode x;

        LibraryConversion(ExprNode x) {
            this.x = x;
        }

        abstract Object convert(Object v);

        @Override
        public final Object execute(VirtualFrame frame) {
            return convert(x.execute(frame));
        }
    }

    /** string(rune). */
    public static final class RuneToString extends ExprNode {
        @Child private ExprNode x;

        public RuneToString(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return ByteStrings.encodeRune(x.executeLong(frame));
        }
    }

    /** string(bytes): the bytes as a string (gosub's strings hold one byte per char). */
    public static final class BytesToString extends LibraryConversion {
        public BytesToString(ExprNode x) {
            super(x);
        }

        @Override
        @TruffleBoundary
        Object convert(Object v) {
            Slice s = (Slice) v;
            return s == null ? "" : ByteStrings.fromBytes((byte[]) s.array, s.offset, s.len);
        }
    }

    /** string(runes): the runes encoded in UTF-8. */
    public static final class RunesToString extends LibraryConversion {
        public RunesToString(ExprNode x) {
            super(x);
        }

        @Override
        @TruffleBoundary
        Object convert(Object v) {
            Slice s = (Slice) v;
            if (s == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            long[] a = (long[]) s.array;
            for (int i = 0; i < s.len; i++) {
                ByteStrings.appendRune(sb, (int) a[s.offset + i]);
            }
            return sb.toString();
        }
    }

    /** []byte(s): a new slice holding the string's bytes. */
    public static final class StringToBytes extends LibraryConversion {
        public StringToBytes(ExprNode x) {
            super(x);
        }

        @Override
        @TruffleBoundary
        Object convert(Object v) {
            byte[] b = ByteStrings.bytes((String) v);
            return new Slice(b, 0, b.length, b.length);
        }
    }

    /** []rune(s): the string decoded from UTF-8. */
    public static final class StringToRunes extends LibraryConversion {
        public StringToRunes(ExprNode x) {
            super(x);
        }

        @Override
        @TruffleBoundary
        Object convert(Object v) {
            String s = (String) v;
            long[] runes = new long[s.length()];
            int n = 0;
            for (int i = 0; i < s.length();) {
                long d = ByteStrings.decodeRune(s, i);
                runes[n++] = d >> 8;
                i += (int) (d & 0xFF);
            }
            return new Slice(runes, 0, n, runes.length);
        }
    }

    /** Boxes a value of static type t into an interface (aggregates are copied: interfaces hold values). */
    public static final class ToIface extends ExprNode {
        private final GoType type;
        private final boolean copy;
        /** Non-null when the value copied is a flat struct ({@link StructValue#isFlat}), copied without a call. */
        private final StructType flatStruct;
        @Child private ExprNode x;

        public ToIface(GoType type, boolean copy, ExprNode x) {
            this.type = type;
            this.copy = copy;
            this.flatStruct = copy && type.underlying() instanceof StructType st && StructValue.isFlat(st) ? st : null;
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = x.execute(frame);
            if (flatStruct != null) {
                v = StructValue.copyFlat(flatStruct, (StructValue) v);
            } else if (copy) {
                v = Aggregates.copy(type, v);
            }
            return new Iface(type, v);
        }
    }

    /**
     * Copies a struct or array value (value semantics on assignment). A flat struct ({@link StructValue#isFlat}) is
     * copied field by field in compiled code, so that escape analysis can drop a copy that does not outlive it (a
     * value receiver or argument of an inlined call); anything else is copied by library code.
     */
    public static final class CopyAggregate extends ExprNode {
        private final GoType type;
        private final StructType flatStruct;
        @Child private ExprNode x;

        public CopyAggregate(GoType type, ExprNode x) {
            this.type = type;
            this.flatStruct = type.underlying() instanceof StructType st && StructValue.isFlat(st) ? st : null;
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = x.execute(frame);
            if (flatStruct != null) {
                return StructValue.copyFlat(flatStruct, (StructValue) v);
            }
            return copy(type, v);
        }

        @TruffleBoundary
        private static Object copy(GoType type, Object v) {
            return Aggregates.copy(type, v);
        }
    }

    /**
     * (*[N]T)(s) and [N]T(s). The pointer shares the slice's first N elements: it is the backing array itself when
     * that is exactly those elements, else an {@link ArrayView} of them. [N]T(s) copies, as in Go.
     */
    public static final class SliceToArray extends LibraryConversion {
        private final ArrayType type;
        private final boolean pointer;

        public SliceToArray(ArrayType type, boolean pointer, ExprNode x) {
            super(x);
            this.type = type;
            this.pointer = pointer;
        }

        @Override
        @TruffleBoundary
        Object convert(Object v) {
            Slice s = (Slice) v;
            int n = (int) type.length;
            int len = s == null ? 0 : s.len;
            if (len < n) {
                throw RuntimeErrors.runtimeError("cannot convert slice with length " + len + " to "
                                + (pointer ? "pointer to array" : "array or pointer to array") + " with length " + n);
            }
            if (s == null) {
                return pointer ? null : Aggregates.newArray(type.elem, 0);
            }
            if (pointer) {
                return s.offset == 0 && Aggregates.length(s.array) == n ? s.array : new ArrayView(s.array, s.offset, n);
            }
            Object arr = Aggregates.newArray(type.elem, n);
            SliceNodes.Append.copyElements(type.elem, s.array, s.offset, arr, 0, n);
            return arr;
        }
    }
}
