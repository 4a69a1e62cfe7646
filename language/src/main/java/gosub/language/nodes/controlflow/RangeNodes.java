package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.Preemption;
import gosub.language.types.GoType;
import gosub.language.values.Aggregates;
import gosub.language.values.Aggregates.Storage;
import gosub.language.values.ByteStrings;
import gosub.language.values.GoMap;
import gosub.language.values.MapKey;
import gosub.language.values.Slice;

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
            return frame.getObject(slot);
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
            frame.setObject(keySlot, key);
            if (assignKey != null) {
                assignKey.executeVoid(frame);
            }
            if (assignValue != null) {
                frame.setObject(valueSlot, value);
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
            try {
                Object r = body.executeResult(frame);
                if (r != NO_RETURN && r != CONTINUE) {
                    return r;
                }
            } catch (BreakException b) {
                if (b.target == null || b.target == target) {
                    return BREAK;
                }
                throw b;
            } catch (ContinueException c) {
                if (c.target != null && c.target != target) {
                    throw c;
                }
            }
            Preemption.check(frame, this);
            return NEXT;
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
            Object r = executeResult(frame);
            if (r != NO_RETURN) {
                throw new ReturnException(r);
            }
        }
    }

    /** for i := range n. */
    public static final class Count extends Loop {
        @Child private ExprNode n;

        public Count(ExprNode n, StmtNode assignKey, StmtNode body, Object target, int keySlot) {
            super(assignKey, null, body, target, keySlot, -1);
            this.n = n;
        }

        @Override
        protected Object loop(VirtualFrame frame) {
            long max = n.executeLong(frame);
            for (long i = 0; i < max; i++) {
                Object r = iterate(frame, i, null);
                if (r != NEXT) {
                    return r;
                }
            }
            return NO_RETURN;
        }
    }

    /** range over a slice, an array or a pointer to an array. */
    public static final class OverSlice extends Loop {
        @Child private ExprNode x;
        private final boolean isArray;
        private final Storage storage;
        private final GoType elem;

        public OverSlice(ExprNode x, boolean isArray, Storage storage, GoType elem, StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot) {
            super(assignKey, assignValue, body, target, keySlot, valueSlot);
            this.x = x;
            this.isArray = isArray;
            this.storage = storage;
            this.elem = elem;
        }

        @Override
        protected Object loop(VirtualFrame frame) {
            Object v = x.execute(frame);
            Object arr;
            int off;
            int len;
            if (v == null) {
                return NO_RETURN;
            }
            if (isArray) {
                arr = v;
                off = 0;
                len = Aggregates.length(v);
            } else {
                Slice s = (Slice) v;
                arr = s.array;
                off = s.offset;
                len = s.len;
            }
            for (int i = 0; i < len; i++) {
                Object r = iterate(frame, (long) i, assignValue != null ? element(arr, off + i) : null);
                if (r != NEXT) {
                    return r;
                }
            }
            return NO_RETURN;
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
                    return Aggregates.getSigned(arr, i, elem);
                default:
                    Object o = ((Object[]) arr)[i];
                    return Aggregates.isAggregate(elem) ? copy(elem, o) : o;
            }
        }

        @TruffleBoundary
        private static Object copy(GoType t, Object o) {
            return Aggregates.copy(t, o);
        }
    }

    /** range over a string: byte index and rune. */
    public static final class OverString extends Loop {
        @Child private ExprNode x;

        public OverString(ExprNode x, StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot) {
            super(assignKey, assignValue, body, target, keySlot, valueSlot);
            this.x = x;
        }

        @Override
        protected Object loop(VirtualFrame frame) {
            String s = (String) x.execute(frame);
            for (int i = 0; i < s.length();) {
                long d = ByteStrings.decodeRune(s, i);
                Object r = iterate(frame, (long) i, d >> 8);
                i += (int) (d & 0xFF);
                if (r != NEXT) {
                    return r;
                }
            }
            return NO_RETURN;
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
            List<Object> keys = keys(m);
            for (int i = 0; i < keys.size(); i++) {
                Object k = get(keys, i);
                Object[] entry = lookup(m, k);
                if (entry == null) {
                    continue;
                }
                Object r = iterate(frame, MapKey.unwrap(k), entry[0]);
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

        @TruffleBoundary
        private static Object[] lookup(GoMap m, Object k) {
            Object v = m.entries.get(k);
            if (v == null && !m.entries.containsKey(k)) {
                return null;
            }
            return new Object[] {v};
        }
    }
}
