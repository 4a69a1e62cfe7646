package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType;
import gosub.language.types.MemorySizes;
import gosub.language.values.Aggregates;
import gosub.language.values.Aggregates.Storage;
import gosub.language.values.ArrayView;
import gosub.language.values.ByteStrings;
import gosub.language.values.Slice;

/**
 * Element access on slices and arrays. Both come down to a backing Java array, an offset and a length; an array
 * value is its own backing array. Element reads and writes are typed by {@link Storage}, so {@code []int} and
 * {@code []float64} elements are never boxed.
 */
public final class SliceNodes {
    private SliceNodes() {
    }

    /** Evaluates the indexed operand to (backing array, offset, length) and checks the index. */
    abstract static class Indexed extends ExprNode {
        @Child protected ExprNode x;
        @Child protected ExprNode index;
        protected final boolean isArray;
        protected final Storage storage;
        private final boolean unsignedIndex;
        /**
         * An array operand is an {@link ArrayView} only when reached through a pointer made from a slice: until this
         * node meets one, compiled code only guards against it (a guard a loop can hoist, where testing each operand
         * would be a branch in the loop); the first one deoptimizes. Set does the same.
         */
        @CompilationFinal private boolean viewSeen;
        /** The slot of the local x reads, or -1: x is another expression (see {@link SliceNodes#operand}). */
        private final int xSlot;

        Indexed(ExprNode x, ExprNode index, boolean isArray, Storage storage) {
            this.x = x;
            this.xSlot = LocalNodes.objectSlotRead(x);
            this.index = index;
            this.isArray = isArray;
            this.storage = storage;
            this.unsignedIndex = UnsignedIndex.is(index);
        }

        /** The slice or array indexed. */
        protected final Object operand(VirtualFrame frame) {
            return SliceNodes.operand(frame, xSlot, x);
        }

        /** The backing Java array of v (already checked by {@link #check}). */
        protected final Object array(Object v) {
            return backingArray(v, isArray);
        }

        protected final int check(Object v, long i) {
            if (isArray && !viewSeen && v instanceof ArrayView) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                viewSeen = true;
            }
            return elementIndex(v, i, isArray, unsignedIndex);
        }
    }

    /**
     * The value of operand x, read straight from its slot when x reads a local (xSlot, else -1). Most indexing and
     * len() is of a local slice (s[i], len(s) in a loop's condition): the interpreter then makes one node call less
     * per element, at a call site every kind of operand goes through; compiled, both are the same read.
     */
    static Object operand(VirtualFrame frame, int xSlot, ExprNode x) {
        return xSlot >= 0 ? frame.getObjectStatic(xSlot) : x.execute(frame);
    }

    /**
     * The position of element i in the backing array of v (a slice, or an array when isArray), after Go's bounds
     * check; a nil slice has length 0, a nil array pointer panics. An unsignedIndex is printed unsigned in the panic.
     */
    static int elementIndex(Object v, long i, boolean isArray, boolean unsignedIndex) {
        int off;
        int len;
        if (isArray) {
            if (v == null) {
                throw RuntimeErrors.nilDeref();
            }
            off = Aggregates.start(v);
            len = Aggregates.length(v);
        } else if (v == null) {
            off = 0;
            len = 0;
        } else {
            Slice s = (Slice) v;
            off = s.offset;
            len = s.len;
        }
        if (i < 0 || i >= len) {
            throw RuntimeErrors.indexOutOfRange(i, len, unsignedIndex);
        }
        return off + (int) i;
    }

    /**
     * The Java array that holds v's elements: v itself for an array, the backing array of a slice or of an
     * {@link ArrayView} (an array reached through a pointer made from a slice); null for a nil slice.
     */
    static Object backingArray(Object v, boolean isArray) {
        if (isArray) {
            return Aggregates.backing(v);
        }
        return v == null ? null : ((Slice) v).array;
    }

    public static final class Get extends Indexed {
        private final boolean signed8;

        public Get(ExprNode x, ExprNode index, boolean isArray, Storage storage, boolean signed8) {
            super(x, index, isArray, storage);
            this.signed8 = signed8;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Object v = operand(frame);
            int i = check(v, index.executeLong(frame));
            Object a = array(v);
            if (storage == Storage.BYTE) {
                byte b = ((byte[]) a)[i];
                return signed8 ? b : b & 0xFFL;
            }
            return ((long[]) a)[i];
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            Object v = operand(frame);
            int i = check(v, index.executeLong(frame));
            return ((double[]) array(v))[i];
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            Object v = operand(frame);
            int i = check(v, index.executeLong(frame));
            return ((boolean[]) array(v))[i];
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (storage == Storage.BYTE || storage == Storage.LONG) {
                return executeLong(frame);
            } else if (storage == Storage.DOUBLE) {
                return executeDouble(frame);
            } else if (storage == Storage.BOOL) {
                return executeBool(frame);
            }
            Object v = operand(frame);
            int i = check(v, index.executeLong(frame));
            return ((Object[]) array(v))[i];
        }
    }

    public static final class Set extends StmtNode {
        @Child private ExprNode x;
        @Child private ExprNode index;
        @Child private ExprNode value;
        private final boolean isArray;
        private final Storage storage;
        /** The element type when it is a struct or array (the value goes into the element's storage), else null. */
        private final GoType aggregate;
        private final boolean flat;
        @CompilationFinal private boolean viewSeen;
        private final int xSlot;

        public Set(ExprNode x, ExprNode index, ExprNode value, boolean isArray, GoType elem) {
            this.x = x;
            this.xSlot = LocalNodes.objectSlotRead(x);
            this.index = index;
            this.value = value;
            this.isArray = isArray;
            this.storage = Aggregates.storageOf(elem);
            this.aggregate = Aggregates.isAggregate(elem) ? elem : null;
            this.flat = aggregate != null && Aggregates.assignsFlat(elem);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object v = operand(frame, xSlot, x);
            long idx = index.executeLong(frame);
            if (isArray && !viewSeen && v instanceof ArrayView) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                viewSeen = true;
            }
            int i = elementIndex(v, idx, isArray, UnsignedIndex.is(index));
            Object a = backingArray(v, isArray);
            if (storage == Storage.BYTE) {
                ((byte[]) a)[i] = (byte) value.executeLong(frame);
            } else if (storage == Storage.LONG) {
                ((long[]) a)[i] = value.executeLong(frame);
            } else if (storage == Storage.DOUBLE) {
                ((double[]) a)[i] = value.executeDouble(frame);
            } else if (storage == Storage.BOOL) {
                ((boolean[]) a)[i] = value.executeBool(frame);
            } else if (aggregate != null) {
                // Go stores into the element itself: &a[i] taken before sees the new value
                Aggregates.assignInto(aggregate, flat, ((Object[]) a)[i], value.execute(frame));
            } else {
                ((Object[]) a)[i] = value.execute(frame);
            }
        }
    }

    public static final class Len extends LongNode {
        @Child private ExprNode x;
        private final boolean cap;
        private final int xSlot;

        public Len(ExprNode x, boolean cap) {
            this.x = x;
            this.xSlot = LocalNodes.objectSlotRead(x);
            this.cap = cap;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Slice s = (Slice) operand(frame, xSlot, x);
            return s == null ? 0 : cap ? s.cap : s.len;
        }
    }

    /**
     * len or cap of an array, or of a pointer to one, when the operand has calls or receives (else the checker made
     * it a constant): the operand runs for its effects, the result is the array's length whatever it gave, nil
     * included.
     */
    public static final class ArrayLen extends LongNode {
        @Child private ExprNode x;
        private final long length;

        public ArrayLen(ExprNode x, long length) {
            this.x = x;
            this.length = length;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            x.execute(frame);
            return length;
        }
    }

    public static final class Make extends ExprNode {
        /** The longest Java array the JVM allocates. */
        static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
        private final GoType elem;
        private final long elemSize;
        @Child private ExprNode len;
        @Child private ExprNode cap;
        @Child private AllocationReport report;

        public Make(GoType elem, ExprNode len, ExprNode cap) {
            this.elem = elem;
            this.report = new AllocationReport(gosub.language.types.Types.slice(elem));
            this.elemSize = MemorySizes.sizeOf(elem);
            this.len = len;
            this.cap = cap;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            long l = len.executeLong(frame);
            long c = cap == null ? l : cap.executeLong(frame);
            // Go's order: a length whose bytes exceed what the address space can hold is a panic; so is a
            // capacity below the length or too large; a size that fits the rule but not the memory is fatal
            if (l < 0 || MemorySizes.multiply(elemSize, l) > MemorySizes.MAX_ALLOC) {
                throw RuntimeErrors.runtimeError("makeslice: len out of range");
            }
            if (c < l || MemorySizes.multiply(elemSize, c) > MemorySizes.MAX_ALLOC) {
                throw RuntimeErrors.runtimeError("makeslice: cap out of range");
            }
            if (c > MAX_ARRAY_LENGTH) {
                if (elemSize == 0) {
                    // Go needs no memory for these (make([]struct{}, maxint) works); a JVM array of them cannot
                    // be made: the panic Go gives a length past its own limit is the nearest recoverable answer
                    throw RuntimeErrors.runtimeError("makeslice: len out of range");
                }
                throw RuntimeErrors.outOfMemory();
            }
            return report.allocated(new Slice(newArray(elem, (int) c), 0, (int) l, (int) c), elemSize * c);
        }

        @TruffleBoundary
        private static Object newArray(GoType elem, int n) {
            return Aggregates.newArray(elem, n);
        }
    }

    /** x[lo:hi:max] on a slice, an array (addressable storage) or a pointer to an array. */
    public static final class Reslice extends ExprNode {
        @Child private ExprNode x;
        @Child private ExprNode lo;
        @Child private ExprNode hi;
        @Child private ExprNode max;
        private final boolean isArray;

        public Reslice(ExprNode x, ExprNode lo, ExprNode hi, ExprNode max, boolean isArray) {
            this.x = x;
            this.lo = lo;
            this.hi = hi;
            this.max = max;
            this.isArray = isArray;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = x.execute(frame);
            Object array;
            int off;
            int len;
            int cap;
            if (isArray) {
                if (v == null) {
                    throw RuntimeErrors.nilDeref();
                }
                array = Aggregates.backing(v);
                off = Aggregates.start(v);
                len = Aggregates.length(v);
                cap = len;
            } else if (v == null) {
                array = null;
                off = 0;
                len = 0;
                cap = 0;
            } else {
                Slice s = (Slice) v;
                array = s.array;
                off = s.offset;
                len = s.len;
                cap = s.cap;
            }
            long l = lo == null ? 0 : lo.executeLong(frame);
            long h = hi == null ? len : hi.executeLong(frame);
            long m = max == null ? cap : max.executeLong(frame);
            if (max != null && (m < 0 || m > cap)) {
                throw RuntimeErrors.sliceBoundsMax(m, cap, isArray, UnsignedIndex.is(max));
            }
            if (h < 0 || h > m) {
                throw max != null ? RuntimeErrors.sliceBoundsHighMax(h, m, UnsignedIndex.is(hi)) : RuntimeErrors.sliceBoundsCap(h, cap, isArray, UnsignedIndex.is(hi));
            }
            if (l < 0 || l > h) {
                throw RuntimeErrors.sliceBounds(l, h, max != null, UnsignedIndex.is(lo));
            }
            if (array == null) {
                return null;
            }
            return new Slice(array, off + (int) l, (int) (h - l), (int) (m - l));
        }
    }

    /** append(s, values...) with Go's growth policy (double below 256, then ~1.25x). */
    public static final class Append extends ExprNode {
        private final GoType elem;
        /** Worked out here: MemorySizes walks types recursively, which partial evaluation must not see. */
        private final long elemSize;
        @Child private ExprNode slice;
        @Children private final ExprNode[] values;
        @Child private AllocationReport report;

        /** Whether elements are structs or arrays, stored into their own storage (Aggregates.setElement). */
        private final boolean aggregate;

        public Append(GoType elem, ExprNode slice, ExprNode[] values) {
            this.elem = elem;
            this.aggregate = Aggregates.isAggregate(elem);
            this.elemSize = MemorySizes.sizeOf(elem);
            this.report = new AllocationReport(gosub.language.types.Types.slice(elem));
            this.slice = slice;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Slice s = (Slice) slice.execute(frame);
            int n = values.length;
            if (n == 1) {
                Slice r = grow(elem, s, 1);
                if (elemSize == 0) {
                    values[0].execute(frame); // a value of no size: the array's one object stands for it (see copyElements)
                } else {
                    storeOne(r, r.offset + r.len - 1, frame);
                }
                return reportGrowth(report, elemSize, s, r);
            }
            Object[] vals = new Object[n];
            for (int i = 0; i < n; i++) {
                vals[i] = values[i].execute(frame);
            }
            if (n == 0) {
                return s;
            }
            Slice r = grow(elem, s, n);
            int base = r.offset + r.len - n;
            for (int i = 0; i < n && elemSize != 0; i++) {
                if (aggregate) {
                    storeAggregate(elem, r.array, base + i, vals[i]);
                } else {
                    Aggregates.set(r.array, base + i, vals[i]);
                }
            }
            return reportGrowth(report, elemSize, s, r);
        }

        /** An append that needed a new array allocated it: AFTER's whole capacity (AFTER is nil for nil + nothing). */
        static Slice reportGrowth(AllocationReport report, long elemSize, Slice before, Slice after) {
            if (after != null && (before == null || after.array != before.array)) {
                report.allocated(after, elemSize * after.cap);
            }
            return after;
        }

        private void storeOne(Slice r, int i, VirtualFrame frame) {
            Object a = r.array;
            if (a instanceof long[] la) {
                la[i] = values[0].executeLong(frame);
            } else if (a instanceof double[] da) {
                da[i] = values[0].executeDouble(frame);
            } else if (a instanceof byte[] ba) {
                ba[i] = (byte) values[0].executeLong(frame);
            } else if (a instanceof boolean[] za) {
                za[i] = values[0].executeBool(frame);
            } else if (aggregate) {
                storeAggregate(elem, a, i, values[0].execute(frame));
            } else {
                ((Object[]) a)[i] = values[0].execute(frame);
            }
        }

        @TruffleBoundary
        private static void storeAggregate(GoType elem, Object array, int i, Object v) {
            Aggregates.setElement(elem, array, i, v);
        }

        /** A slice of len+n elements sharing s's array when it has room, else a grown copy. */
        @TruffleBoundary
        public static Slice grow(GoType elem, Slice s, int n) {
            if (s == null) {
                int cap = Math.max(n, 1);
                return new Slice(Aggregates.newArray(elem, cap), 0, n, cap);
            }
            // in longs: near 2^31 elements the int sums wrapped, and the growth loop then never ended
            long newLen = (long) s.len + n;
            if (newLen <= s.cap) {
                return new Slice(s.array, s.offset, (int) newLen, s.cap);
            }
            if (newLen > Make.MAX_ARRAY_LENGTH) {
                // more elements than a JVM array holds: the memory Go would ask the system for is not there
                throw RuntimeErrors.outOfMemory();
            }
            long cap = s.cap;
            long newCap;
            if (newLen > cap * 2) {
                newCap = newLen;
            } else if (cap < 256) {
                newCap = cap * 2;
            } else {
                newCap = cap;
                while (newCap < newLen) {
                    newCap += (newCap + 3 * 256) / 4;
                }
            }
            if (MemorySizes.multiply(MemorySizes.sizeOf(elem), newCap) > MemorySizes.MAX_ALLOC) {
                throw RuntimeErrors.runtimeError("growslice: cap out of range");
            }
            newCap = Math.min(newCap, Make.MAX_ARRAY_LENGTH);
            Object arr = Aggregates.newArray(elem, (int) newCap);
            copyElements(elem, s.array, s.offset, arr, 0, s.len);
            return new Slice(arr, 0, (int) newLen, (int) newCap);
        }

        /**
         * Copies elements; struct and array elements are values, so each is copied (not shared). Elements of no
         * size have nothing to copy, and the destination's keep the one object its array has for them all
         * (Aggregates.newArray), as Go gives them one address.
         */
        public static void copyElements(GoType elem, Object src, int from, Object dst, int to, int n) {
            if (Aggregates.isAggregate(elem)) {
                if (MemorySizes.hasZeroSize(elem)) {
                    return;
                }
                Object[] s = (Object[]) src;
                Object[] d = (Object[]) dst;
                // into the elements' own storage, as Go copies bytes: pointers to dst's elements see the new values
                if (s == d && to > from) {
                    for (int i = n - 1; i >= 0; i--) {
                        Aggregates.setElement(elem, d, to + i, s[from + i]);
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        Aggregates.setElement(elem, d, to + i, s[from + i]);
                    }
                }
                return;
            }
            System.arraycopy(src, from, dst, to, n);
        }
    }

    /** append(s, t...) and append(bytes, str...). */
    public static final class AppendSlice extends ExprNode {
        private final GoType elem;
        private final long elemSize;
        @Child private ExprNode slice;
        @Child private ExprNode other;
        @Child private AllocationReport report;

        public AppendSlice(GoType elem, ExprNode slice, ExprNode other) {
            this.elem = elem;
            this.elemSize = MemorySizes.sizeOf(elem);
            this.report = new AllocationReport(gosub.language.types.Types.slice(elem));
            this.slice = slice;
            this.other = other;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Slice s = (Slice) slice.execute(frame);
            return Append.reportGrowth(report, elemSize, s, append(elem, s, other.execute(frame)));
        }

        @TruffleBoundary
        static Slice append(GoType elem, Slice s, Object o) {
            if (o instanceof String str) {
                byte[] b = ByteStrings.bytes(str);
                o = new Slice(b, 0, b.length, b.length);
            }
            Slice t = (Slice) o;
            if (t == null || t.len == 0) {
                return s;
            }
            // System.arraycopy copies as if through a temporary, so overlapping source and destination are fine
            Slice r = Append.grow(elem, s, t.len);
            Append.copyElements(elem, t.array, t.offset, r.array, r.offset + r.len - t.len, t.len);
            return r;
        }
    }

    /** copy(dst, src) for slices (src may be a string when dst is []byte). */
    public static final class Copy extends LongNode {
        @Child private ExprNode dst;
        @Child private ExprNode src;
        private final GoType elem;
        /** The elements are plain values (numbers, strings, pointers, references): copied as they are. */
        private final boolean plain;

        public Copy(GoType elem, ExprNode dst, ExprNode src) {
            this.elem = elem;
            this.dst = dst;
            this.src = src;
            this.plain = !Aggregates.isAggregate(elem);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Slice d = (Slice) dst.execute(frame);
            Object s = src.execute(frame);
            if (plain && d != null && s instanceof Slice ss) {
                // here, not behind the boundary: compiled, this is the JVM's arraycopy intrinsic in place of a call
                // the compiler cannot inline (fannkuch copies a 12-element slice 3.6 million times)
                int n = Math.min(d.len, ss.len);
                System.arraycopy(ss.array, ss.offset, d.array, d.offset, n);
                return n;
            }
            return copy(elem, d, s);
        }

        @TruffleBoundary
        static long copy(GoType elem, Slice d, Object s) {
            if (d == null) {
                return 0;
            }
            if (s instanceof String str) {
                int n = Math.min(d.len, str.length());
                byte[] da = (byte[]) d.array;
                for (int i = 0; i < n; i++) {
                    da[d.offset + i] = (byte) str.charAt(i);
                }
                return n;
            }
            Slice ss = (Slice) s;
            if (ss == null) {
                return 0;
            }
            int n = Math.min(d.len, ss.len);
            Append.copyElements(elem, ss.array, ss.offset, d.array, d.offset, n);
            return n;
        }
    }

    /** A slice or array composite literal; elements at their (constant) indexes. */
    public static final class Literal extends ExprNode {
        private final GoType elem;
        private final int[] indexes;
        private final int length;
        /** The literal's bytes, worked out here since MemorySizes walks types recursively (not for partial evaluation). */
        private final long bytes;
        private final boolean isArray;
        @Children private final ExprNode[] values;
        @Child private AllocationReport report;

        public Literal(GoType elem, int[] indexes, int length, boolean isArray, ExprNode[] values) {
            this.elem = elem;
            this.bytes = MemorySizes.multiply(MemorySizes.sizeOf(elem), length);
            this.report = new AllocationReport(isArray ? gosub.language.types.Types.array(elem, length)
                    : gosub.language.types.Types.slice(elem));
            this.indexes = indexes;
            this.length = length;
            this.isArray = isArray;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object arr = newArray(elem, length);
            for (int i = 0; i < values.length; i++) {
                Aggregates.set(arr, indexes[i], values[i].execute(frame));
            }
            return report.allocated(isArray ? arr : new Slice(arr, 0, length, length), bytes);
        }

        @TruffleBoundary
        private static Object newArray(GoType elem, int n) {
            return Aggregates.newArray(elem, n);
        }
    }
}
