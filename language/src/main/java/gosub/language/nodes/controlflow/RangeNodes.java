package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.LongNode;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.Goroutines;
import gosub.language.runtime.Preemption;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.Kind;
import gosub.language.values.Aggregates;
import gosub.language.values.Aggregates.Storage;
import gosub.language.values.ByteStrings;
import gosub.language.values.GoMap;
import gosub.language.values.MapKey;
import gosub.language.values.Slice;
import gosub.runtime.FatalError;

import java.util.List;

/**
 * for-range loops. The key/value assignment statements read the current iteration's key and value through the
 * {@link Current} nodes, which read the frame slots the loop fills each iteration.
 */
public final class RangeNodes {
    private RangeNodes() {
    }

    /** Reads the current iteration's key or value, which the loop left boxed in a frame slot. */
    public static final class Current extends ExprNode {
        private final int slot;

        public Current(int slot) {
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return frame.getObjectStatic(slot);
        }
    }

    /** Reads the current iteration's index (of an int, slice, array or string), which the loop left in a long slot. */
    public static final class CurrentIndex extends LongNode {
        private final int slot;

        public CurrentIndex(int slot) {
            this.slot = slot;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return frame.getLongStatic(slot);
        }
    }

    /** The per-iteration state lives in the frame of the loop's activation: these hold it per loop execution. */
    abstract static class Loop extends StmtNode {
        @Child protected StmtNode body;
        protected final Object target;

        @Child protected StmtNode assignKey;
        @Child protected StmtNode assignValue;
        protected final int keySlot;
        protected final int valueSlot;

        Loop(StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot) {
            this.assignKey = assignKey;
            this.assignValue = assignValue;
            this.body = body;
            this.target = target;
            this.keySlot = keySlot;
            this.valueSlot = valueSlot;
        }

        /** One iteration: publish key and value, assign them to the loop variables, run the body. */
        protected final Object iterate(VirtualFrame frame, Object key, Object value) {
            frame.setObjectStatic(keySlot, key);
            if (assignKey != null) {
                assignKey.executeVoid(frame);
            }
            if (assignValue != null) {
                frame.setObjectStatic(valueSlot, value);
                assignValue.executeVoid(frame);
            }
            return runBody(frame);
        }

        /** Result of an iteration that lets the loop go on. */
        protected static final Object NEXT = NO_RETURN;

        /**
         * Runs the body once: {@link #NEXT} to go on, {@link #BREAK} to stop, or the function's result when the
         * body executed a return.
         */
        protected final Object runBody(VirtualFrame frame) {
            Object r = LoopBody.run(body, target, frame);
            if (r == RepeatingNode.CONTINUE_LOOP_STATUS) {
                Preemption.check(frame, this);
                return NEXT;
            }
            return r == RepeatingNode.BREAK_LOOP_STATUS ? BREAK : r;
        }

        /** The loop itself: NO_RETURN when it ended normally or by break, else the function's result. */
        protected abstract Object loop(VirtualFrame frame);

        @Override
        public final Object executeResult(VirtualFrame frame) {
            Object r = loop(frame);
            return r == BREAK ? NO_RETURN : r;
        }

        @Override
        public final void executeVoid(VirtualFrame frame) {
            ReturnException.passOn(executeResult(frame));
        }
    }

    /**
     * Where a stepped range loop is: the range expression's value, evaluated once, and the next position in it. It
     * lives in a frame slot of the loop's function, so the loop can be compiled on its own (OSR) while it runs.
     */
    static final class Cursor {
        final Object data;
        final int offset;
        final long end;
        long next;

        Cursor(Object data, int offset, long end) {
            this.data = data;
            this.offset = offset;
            this.end = end;
        }
    }

    /**
     * A range loop that runs as a Truffle {@link LoopNode}: a long loop in a function called once (a script's main
     * loop over a big buffer) is compiled while it runs rather than interpreted to its end.
     */
    abstract static class Stepped extends StmtNode {
        @Child private LoopNode loop;
        private final int cursorSlot;

        Stepped(Step step) {
            this.loop = Truffle.getRuntime().createLoopNode(step);
            this.cursorSlot = step.cursorSlot;
        }

        /** Evaluates the range expression: the cursor at its first position, or null when there is nothing to visit. */
        protected abstract Cursor start(VirtualFrame frame);

        @Override
        public final Object executeResult(VirtualFrame frame) {
            Cursor c = start(frame);
            if (c == null) {
                return NO_RETURN;
            }
            frame.setObjectStatic(cursorSlot, c);
            Object r = loop.execute(frame);
            frame.setObjectStatic(cursorSlot, null);
            return r == RepeatingNode.BREAK_LOOP_STATUS ? NO_RETURN : r;
        }

        @Override
        public final void executeVoid(VirtualFrame frame) {
            ReturnException.passOn(executeResult(frame));
        }
    }

    /** One iteration of a stepped loop: move the cursor, publish key and value, assign them, run the body. */
    abstract static class Step extends Node implements RepeatingNode {
        @Child private StmtNode body;
        @Child private StmtNode assignKey;
        @Child private StmtNode assignValue;
        private final Object target;
        protected final int keySlot;
        protected final int valueSlot;
        final int cursorSlot;

        Step(StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot, int cursorSlot) {
            this.assignKey = assignKey;
            this.assignValue = assignValue;
            this.body = body;
            this.target = target;
            this.keySlot = keySlot;
            this.valueSlot = valueSlot;
            this.cursorSlot = cursorSlot;
        }

        protected final boolean wantsKey() {
            return assignKey != null;
        }

        protected final boolean wantsValue() {
            return assignValue != null;
        }

        /** Moves c to its next position and publishes its key (and value, when wanted); false at the end. */
        protected abstract boolean advance(VirtualFrame frame, Cursor c);

        /** For a cursor over indexes: moves c on and publishes the index as the key; -1 at the end. */
        protected final long nextIndex(VirtualFrame frame, Cursor c) {
            long i = c.next;
            if (i >= c.end) {
                return -1;
            }
            c.next = i + 1;
            if (wantsKey()) {
                frame.setLongStatic(keySlot, i);
            }
            return i;
        }

        @Override
        public final boolean executeRepeating(VirtualFrame frame) {
            return executeRepeatingWithValue(frame) == CONTINUE_LOOP_STATUS;
        }

        @Override
        public final Object executeRepeatingWithValue(VirtualFrame frame) {
            Cursor c = CompilerDirectives.castExact(frame.getObjectStatic(cursorSlot), Cursor.class);
            for (int run = LoopBody.runsPerPoll(); run > 0; run--) {
                if (!advance(frame, c)) {
                    return BREAK_LOOP_STATUS;
                }
                if (assignKey != null) {
                    assignKey.executeVoid(frame);
                }
                if (assignValue != null) {
                    assignValue.executeVoid(frame);
                    // The element was handed over boxed; a box still in the frame at the back-edge is live into the
                    // next iteration, so the compiler had to allocate it for every element (range over a []int took
                    // twice as long per element as an index loop). Once assigned, nothing reads the slot again.
                    frame.setObjectStatic(valueSlot, null);
                }
                Object r = LoopBody.run(body, target, frame);
                if (r != CONTINUE_LOOP_STATUS) {
                    return r;
                }
            }
            Preemption.check(frame, this);
            return CONTINUE_LOOP_STATUS;
        }
    }

    /** for i := range n. */
    public static final class Count extends Stepped {
        @Child private ExprNode n;

        public Count(ExprNode n, StmtNode assignKey, StmtNode body, Object target, int keySlot, int cursorSlot) {
            super(new CountStep(assignKey, body, target, keySlot, cursorSlot));
            this.n = n;
        }

        @Override
        protected Cursor start(VirtualFrame frame) {
            long max = n.executeLong(frame);
            return max <= 0 ? null : new Cursor(null, 0, max);
        }
    }

    static final class CountStep extends Step {
        CountStep(StmtNode assignKey, StmtNode body, Object target, int keySlot, int cursorSlot) {
            super(assignKey, null, body, target, keySlot, -1, cursorSlot);
        }

        @Override
        protected boolean advance(VirtualFrame frame, Cursor c) {
            return nextIndex(frame, c) >= 0;
        }
    }

    /** range over a slice, an array or a pointer to an array. */
    public static final class OverSlice extends Stepped {
        @Child private ExprNode x;
        private final boolean isArray;

        public OverSlice(ExprNode x, boolean isArray, Storage storage, GoType elem, StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot, int cursorSlot) {
            super(new SliceStep(storage, elem, assignKey, assignValue, body, target, keySlot, valueSlot, cursorSlot));
            this.x = x;
            this.isArray = isArray;
        }

        @Override
        protected Cursor start(VirtualFrame frame) {
            Object v = x.execute(frame);
            if (v == null) {
                return null;
            }
            if (isArray) {
                return new Cursor(Aggregates.backing(v), Aggregates.start(v), Aggregates.length(v));
            }
            Slice s = (Slice) v;
            return s.len == 0 ? null : new Cursor(s.array, s.offset, s.len);
        }
    }

    static final class SliceStep extends Step {
        private final Storage storage;
        private final GoType elem;
        /** int8 elements live in a byte[] as uint8 ones do, but read back signed. */
        private final boolean signedBytes;
        private final boolean copies;

        SliceStep(Storage storage, GoType elem, StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot, int cursorSlot) {
            super(assignKey, assignValue, body, target, keySlot, valueSlot, cursorSlot);
            this.storage = storage;
            this.elem = elem;
            this.signedBytes = elem.underlying() instanceof BasicType b && b.kind() == Kind.INT8;
            this.copies = Aggregates.isAggregate(elem);
        }

        @Override
        protected boolean advance(VirtualFrame frame, Cursor c) {
            long i = nextIndex(frame, c);
            if (i < 0) {
                return false;
            }
            if (wantsValue()) {
                frame.setObjectStatic(valueSlot, element(c.data, c.offset + (int) i));
            }
            return true;
        }

        private Object element(Object arr, int i) {
            switch (storage) {
                case LONG:
                    return ((long[]) arr)[i];
                case DOUBLE:
                    return ((double[]) arr)[i];
                case BOOL:
                    return ((boolean[]) arr)[i];
                case BYTE:
                    byte b = ((byte[]) arr)[i];
                    return signedBytes ? (long) b : (long) (b & 0xFF);
                default:
                    Object o = ((Object[]) arr)[i];
                    return copies ? copy(elem, o) : o;
            }
        }

        @TruffleBoundary
        private static Object copy(GoType t, Object o) {
            return Aggregates.copy(t, o);
        }
    }

    /** range over a string: byte index and rune. */
    public static final class OverString extends Stepped {
        @Child private ExprNode x;

        public OverString(ExprNode x, StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot, int cursorSlot) {
            super(new StringStep(assignKey, assignValue, body, target, keySlot, valueSlot, cursorSlot));
            this.x = x;
        }

        @Override
        protected Cursor start(VirtualFrame frame) {
            String s = (String) x.execute(frame);
            return s.isEmpty() ? null : new Cursor(s, 0, s.length());
        }
    }

    static final class StringStep extends Step {
        StringStep(StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot, int cursorSlot) {
            super(assignKey, assignValue, body, target, keySlot, valueSlot, cursorSlot);
        }

        @Override
        protected boolean advance(VirtualFrame frame, Cursor c) {
            int i = (int) c.next;
            if (i >= c.end) {
                return false;
            }
            long d = ByteStrings.decodeRune((String) c.data, i);
            c.next = i + (d & 0xFF);
            if (wantsKey()) {
                frame.setLongStatic(keySlot, i);
            }
            if (wantsValue()) {
                frame.setObjectStatic(valueSlot, d >> 8);
            }
            return true;
        }
    }

    /** range over a map: a snapshot of the keys in random order, skipping keys deleted meanwhile. */
    public static final class OverMap extends Loop {
        @Child private ExprNode x;

        public OverMap(ExprNode x, StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot) {
            super(assignKey, assignValue, body, target, keySlot, valueSlot);
            this.x = x;
        }

        @Override
        protected Object loop(VirtualFrame frame) {
            GoMap m = (GoMap) x.execute(frame);
            if (m == null) {
                return NO_RETURN;
            }
            List<Object> keys;
            try {
                keys = keys(m);
            } catch (FatalError f) {
                throw Goroutines.locate(this, f);
            }
            for (int i = 0; i < keys.size(); i++) {
                Object k = get(keys, i);
                Object v;
                try {
                    v = lookup(m, k);
                } catch (FatalError f) {
                    throw Goroutines.locate(this, f);
                }
                if (v == GoMap.MISSING) {
                    continue;
                }
                Object r = iterate(frame, MapKey.unwrap(k), v);
                if (r != NEXT) {
                    return r;
                }
            }
            return NO_RETURN;
        }

        @TruffleBoundary
        private static List<Object> keys(GoMap m) {
            return m.keysForRange();
        }

        @TruffleBoundary
        private static Object get(List<Object> keys, int i) {
            return keys.get(i);
        }

        /** The value of a key of the snapshot, or GoMap.MISSING if the loop has deleted it meanwhile. */
        @TruffleBoundary
        private static Object lookup(GoMap m, Object k) {
            return m.lookupWhileRanging(k);
        }
    }
}
