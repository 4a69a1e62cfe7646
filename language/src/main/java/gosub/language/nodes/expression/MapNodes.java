package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.Goroutines;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType;
import gosub.language.values.Aggregates;
import gosub.language.values.GoMap;
import gosub.language.values.MapKey;
import gosub.language.values.ZeroValue;
import gosub.runtime.FatalError;

/**
 * Map operations; a nil map reads as empty and panics on write, as in Go. A map used by goroutines at once ends the
 * program with Go's fatal error (GoMap finds it), given its frames here, where the node knows its line.
 */
public final class MapNodes {
    private MapNodes() {
    }

    public static final class Get extends ExprNode {
        @Child private ExprNode map;
        @Child private ExprNode key;
        private final GoType keyType;
        private final GoType valueType;
        private final boolean commaOk;

        public Get(ExprNode map, ExprNode key, GoType keyType, GoType valueType, boolean commaOk) {
            this.map = map;
            this.key = key;
            this.keyType = keyType;
            this.valueType = valueType;
            this.commaOk = commaOk;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            GoMap m = (GoMap) map.execute(frame);
            Object k = key.execute(frame);
            try {
                return get(m, k);
            } catch (FatalError f) {
                throw Goroutines.locate(this, f);
            }
        }

        @TruffleBoundary
        private Object get(GoMap m, Object k) {
            Object v = m == null ? GoMap.MISSING : m.lookup(MapKey.of(keyType, k));
            boolean ok = v != GoMap.MISSING;
            if (!ok) {
                v = ZeroValue.of(valueType);
            }
            return commaOk ? new Object[] {v, ok} : v;
        }
    }

    public static final class Put extends StmtNode {
        @Child private ExprNode map;
        @Child private ExprNode key;
        @Child private ExprNode value;
        private final GoType keyType;

        public Put(ExprNode map, ExprNode key, ExprNode value, GoType keyType) {
            this.map = map;
            this.key = key;
            this.value = value;
            this.keyType = keyType;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            GoMap m = (GoMap) map.execute(frame);
            Object k = key.execute(frame);
            Object v = value.execute(frame);
            if (m == null) {
                throw RuntimeErrors.nilMapWrite();
            }
            try {
                put(m, MapKey.of(keyType, k), v);
            } catch (FatalError f) {
                throw Goroutines.locate(this, f);
            }
        }

        @TruffleBoundary
        private static void put(GoMap m, Object k, Object v) {
            m.put(k, v);
        }
    }

    public static final class Delete extends StmtNode {
        @Child private ExprNode map;
        @Child private ExprNode key;
        private final GoType keyType;

        public Delete(ExprNode map, ExprNode key, GoType keyType) {
            this.map = map;
            this.key = key;
            this.keyType = keyType;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            GoMap m = (GoMap) map.execute(frame);
            Object k = key.execute(frame);
            if (m != null) {
                try {
                    remove(m, MapKey.of(keyType, k));
                } catch (FatalError f) {
                    throw Goroutines.locate(this, f);
                }
            }
        }

        @TruffleBoundary
        private static void remove(GoMap m, Object k) {
            m.remove(k);
        }
    }

    public static final class Len extends LongNode {
        @Child private ExprNode map;

        public Len(ExprNode map) {
            this.map = map;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            GoMap m = (GoMap) map.execute(frame);
            return m == null ? 0 : m.size();
        }
    }

    public static final class Make extends ExprNode {
        @Child private ExprNode hint;
        @Child private AllocationReport report;

        public Make(gosub.language.types.MapType type, ExprNode hint) {
            this.hint = hint;
            this.report = new AllocationReport(type);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            GoMap m = hint == null ? new GoMap() : new GoMap((int) Math.min(1 << 20, Math.max(0, hint.executeLong(frame))));
            return report.allocated(m, com.oracle.truffle.api.instrumentation.AllocationReporter.SIZE_UNKNOWN);
        }
    }

    public static final class Literal extends ExprNode {
        private final GoType keyType;
        @Children private final ExprNode[] keys;
        @Children private final ExprNode[] values;
        @Child private AllocationReport report;

        public Literal(gosub.language.types.MapType type, ExprNode[] keys, ExprNode[] values) {
            this.keyType = type.key;
            this.report = new AllocationReport(type);
            this.keys = keys;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            GoMap m = new GoMap();
            for (int i = 0; i < keys.length; i++) {
                Object k = keys[i].execute(frame);
                Object v = values[i].execute(frame);
                Put.put(m, MapKey.of(keyType, k), v);
            }
            return report.allocated(m, com.oracle.truffle.api.instrumentation.AllocationReporter.SIZE_UNKNOWN);
        }
    }

    /** clear(m) / clear(s). */
    public static final class Clear extends StmtNode {
        @Child private ExprNode x;
        private final GoType elem;

        public Clear(ExprNode x, GoType elem) {
            this.x = x;
            this.elem = elem;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            try {
                clear(x.execute(frame), elem);
            } catch (FatalError f) {
                throw Goroutines.locate(this, f);
            }
        }

        @TruffleBoundary
        private static void clear(Object o, GoType elem) {
            if (o instanceof GoMap m) {
                m.clear();
            } else if (o instanceof gosub.language.values.Slice s) {
                for (int i = 0; i < s.len; i++) {
                    Aggregates.setElement(elem, s.array, s.offset + i, ZeroValue.of(elem));
                }
            }
        }
    }
}
