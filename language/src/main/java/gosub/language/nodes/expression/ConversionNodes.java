package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.Kind;
import gosub.language.values.Aggregates;
import gosub.language.values.ByteStrings;
import gosub.language.values.Iface;
import gosub.language.values.Slice;

/** Conversions between representations, and boxing into interfaces. */
public final class ConversionNodes {
    private ConversionNodes() {
    }

    public static final class IntToInt extends LongNode {
        private final Kind to;
        @Child private ExprNode x;

        public IntToInt(Kind to, ExprNode x) {
            this.to = to;
            this.x = x;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return IntOps.wrap(to, x.executeLong(frame));
        }
    }

    public static final class IntToFloat extends DoubleNode {
        private final Kind from;
        private final boolean f32;
        @Child private ExprNode x;

        public IntToFloat(Kind from, boolean f32, ExprNode x) {
            this.from = from;
            this.f32 = f32;
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            double d = IntOps.toDouble(from, x.executeLong(frame));
            return f32 ? (float) d : d;
        }
    }

    public static final class FloatToInt extends LongNode {
        private final Kind to;
        @Child private ExprNode x;

        public FloatToInt(Kind to, ExprNode x) {
            this.to = to;
            this.x = x;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return IntOps.fromDouble(to, x.executeDouble(frame));
        }
    }

    public static final class FloatToFloat extends DoubleNode {
        private final boolean f32;
        @Child private ExprNode x;

        public FloatToFloat(boolean f32, ExprNode x) {
            this.f32 = f32;
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            double d = x.executeDouble(frame);
            return f32 ? (float) d : d;
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

    public enum SliceKind { BYTES_TO_STRING, RUNES_TO_STRING, STRING_TO_BYTES, STRING_TO_RUNES }

    public static final class StringSlice extends ExprNode {
        private final SliceKind kind;
        @Child private ExprNode x;

        public StringSlice(SliceKind kind, ExprNode x) {
            this.kind = kind;
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return convert(kind, x.execute(frame));
        }

        @TruffleBoundary
        static Object convert(SliceKind kind, Object v) {
            switch (kind) {
                case BYTES_TO_STRING -> {
                    Slice s = (Slice) v;
                    return s == null ? "" : ByteStrings.fromBytes((byte[]) s.array, s.offset, s.len);
                }
                case RUNES_TO_STRING -> {
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
                case STRING_TO_BYTES -> {
                    byte[] b = ByteStrings.bytes((String) v);
                    return new Slice(b, 0, b.length, b.length);
                }
                default -> {
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
        }
    }

    /** Boxes a value of static type t into an interface (aggregates are copied: interfaces hold values). */
    public static final class ToIface extends ExprNode {
        private final GoType type;
        private final boolean copy;
        @Child private ExprNode x;

        public ToIface(GoType type, boolean copy, ExprNode x) {
            this.type = type;
            this.copy = copy;
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = x.execute(frame);
            if (copy) {
                v = Aggregates.copy(type, v);
            }
            return new Iface(type, v);
        }
    }

    /** Copies a struct or array value (value semantics on assignment). */
    public static final class CopyAggregate extends ExprNode {
        private final GoType type;
        @Child private ExprNode x;

        public CopyAggregate(GoType type, ExprNode x) {
            this.type = type;
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return copy(type, x.execute(frame));
        }

        @TruffleBoundary
        private static Object copy(GoType t, Object v) {
            return Aggregates.copy(t, v);
        }
    }

    /**
     * (*[N]T)(s) and [N]T(s). A pointer to an array is the array's storage, so the pointer aliases the slice only
     * when the slice covers its whole backing array from the start; otherwise it is a copy (a documented gosub
     * limitation). [N]T(s) always copies, as in Go.
     */
    public static final class SliceToArray extends ExprNode {
        @Child private ExprNode x;
        private final ArrayType type;
        private final boolean pointer;

        public SliceToArray(ArrayType type, boolean pointer, ExprNode x) {
            this.type = type;
            this.pointer = pointer;
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return convert((Slice) x.execute(frame));
        }

        @TruffleBoundary
        private Object convert(Slice s) {
            int n = (int) type.length;
            int len = s == null ? 0 : s.len;
            if (len < n) {
                throw gosub.language.runtime.RuntimeErrors.runtimeError("cannot convert slice with length " + len + " to "
                                + (pointer ? "pointer to array" : "array or pointer to array") + " with length " + n);
            }
            if (s == null) {
                return pointer ? null : Aggregates.newArray(type.elem, 0);
            }
            if (pointer && s.offset == 0 && Aggregates.length(s.array) == n) {
                return s.array;
            }
            Object arr = Aggregates.newArray(type.elem, n);
            SliceNodes.Append.copyElements(type.elem, s.array, s.offset, arr, 0, n);
            return arr;
        }
    }
}
