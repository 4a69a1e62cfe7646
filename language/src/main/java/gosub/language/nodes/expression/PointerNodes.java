package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.local.CellNodes;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;
import gosub.language.values.Cell;
import gosub.language.values.ElementPointer;
import gosub.language.values.FieldPointer;
import gosub.language.values.Pointer;
import gosub.language.values.StructValue;
import gosub.language.values.ZeroValue;

/**
 * Pointers. A pointer to a struct or array is the aggregate's storage itself; any other pointer is a
 * {@link Pointer} (a variable's cell, a slice element or a struct field).
 */
public final class PointerNodes {
    private PointerNodes() {
    }

    /** *p for a non-aggregate element type. */
    public static final class Load extends ExprNode {
        @Child private ExprNode ptr;
        private final Rep rep;

        public Load(ExprNode ptr, Rep rep) {
            this.ptr = ptr;
            this.rep = rep;
        }

        private Pointer p(VirtualFrame frame) {
            Object o = ptr.execute(frame);
            if (o == null) {
                throw RuntimeErrors.nilDeref();
            }
            return (Pointer) o;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Pointer p = p(frame);
            if (rep == Rep.LONG) {
                return p.getLong();
            } else if (rep == Rep.DOUBLE) {
                return p.getDouble();
            } else if (rep == Rep.BOOL) {
                return p.getBool();
            } else {
                return p.getObject();
            }
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return p(frame).getLong();
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return p(frame).getDouble();
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return p(frame).getBool();
        }
    }

    /** *p where *p is a struct or array: the storage itself (nil-checked); also &*p of any type: p, nil-checked. */
    public static final class LoadAggregate extends ExprNode {
        @Child private ExprNode ptr;

        public LoadAggregate(ExprNode ptr) {
            this.ptr = ptr;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object o = ptr.execute(frame);
            if (o == null) {
                throw RuntimeErrors.nilDeref();
            }
            return o;
        }
    }

    public static final class Store extends StmtNode {
        @Child private ExprNode ptr;
        @Child private ExprNode value;
        private final Rep rep;
        private final GoType elem;
        /** *p is a struct or array: the value goes into its storage (p may be a Pointer: an ArrayView). */
        private final boolean aggregate;

        public Store(ExprNode ptr, Rep rep, GoType elem, ExprNode value) {
            this.ptr = ptr;
            this.rep = rep;
            this.elem = elem;
            this.value = value;
            this.aggregate = Aggregates.isAggregate(elem);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object o = ptr.execute(frame);
            if (o == null) {
                value.execute(frame); // Go evaluates the right-hand side before the indirection fails
                throw RuntimeErrors.nilDeref();
            }
            if (!aggregate) {
                Pointer p = (Pointer) o;
                if (rep == Rep.LONG) {
                    p.setLong(value.executeLong(frame));
                } else if (rep == Rep.DOUBLE) {
                    p.setDouble(value.executeDouble(frame));
                } else if (rep == Rep.BOOL) {
                    p.setBool(value.executeBool(frame));
                } else {
                    p.setObject(value.execute(frame));
                }
                return;
            }
            assignAggregate(elem, o, value.execute(frame));
        }
    }

    /** Assignment into existing struct or array storage. */
    @TruffleBoundary
    public static void assignAggregate(GoType t, Object dst, Object src) {
        if (t.underlying() instanceof StructType) {
            ((StructValue) dst).assignFrom((StructValue) src);
        } else if (t.underlying() instanceof ArrayType at) {
            Aggregates.assignArray(at.elem, dst, src);
        }
    }

    /** &s[i] / &a[i]. */
    public static final class ElementAddress extends ExprNode {
        @Child private ExprNode x;
        @Child private ExprNode index;
        private final boolean isArray;

        public ElementAddress(ExprNode x, ExprNode index, boolean isArray) {
            this.x = x;
            this.index = index;
            this.isArray = isArray;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = x.execute(frame);
            int at = SliceNodes.elementIndex(v, index.executeLong(frame), isArray, UnsignedIndex.is(index));
            Object arr = SliceNodes.backingArray(v, isArray);
            if (arr instanceof Object[] oa && (oa[at] instanceof StructValue || oa[at] != null && oa[at].getClass().isArray())) {
                return oa[at]; // pointer to an aggregate element is the element's storage
            }
            return new ElementPointer(arr, at);
        }
    }

    /** &s.f for a non-aggregate field. */
    public static final class FieldAddress extends ExprNode {
        @Child private ExprNode struct;
        private final int slot;

        public FieldAddress(ExprNode struct, int slot) {
            this.struct = struct;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object s = struct.execute(frame);
            if (s == null) {
                throw RuntimeErrors.nilDeref();
            }
            return new FieldPointer((StructValue) s, slot);
        }
    }

    /** new(T) and &T{} of non-aggregates. */
    public static final class New extends ExprNode {
        private final GoType type;
        private final long size;
        @Child private AllocationReport report;

        public New(GoType type) {
            this.type = type;
            this.size = gosub.language.types.MemorySizes.sizeOf(type);
            this.report = new AllocationReport(gosub.language.types.Types.pointer(type));
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return report.allocated(make(type), size);
        }

        @TruffleBoundary
        static Object make(GoType t) {
            if (Aggregates.isAggregate(t)) {
                return ZeroValue.of(t);
            }
            Cell c = new Cell();
            CellNodes.storeBoxed(c, t.rep(), ZeroValue.of(t));
            return c;
        }
    }

    /** new(v) (Go 1.26): a new variable of v's type, holding a copy of v's value. */
    public static final class NewWith extends ExprNode {
        private final GoType type;
        private final long size;
        @Child private ExprNode value;
        @Child private AllocationReport report;

        public NewWith(GoType type, ExprNode value) {
            this.type = type;
            this.size = gosub.language.types.MemorySizes.sizeOf(type);
            this.value = value;
            this.report = new AllocationReport(gosub.language.types.Types.pointer(type));
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            Object p = New.make(type);
            if (p instanceof Pointer cell) {
                CellNodes.storeBoxed((Cell) cell, type.rep(), v);
            } else {
                assignAggregate(type, p, v);
            }
            return report.allocated(p, size);
        }
    }
}
