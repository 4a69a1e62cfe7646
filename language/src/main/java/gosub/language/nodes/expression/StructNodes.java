package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;
import gosub.language.values.PrimWords;
import gosub.language.values.StructValue;

/** Struct fields (numbers unboxed in the prims array) and struct literals. */
public final class StructNodes {
    private StructNodes() {
    }

    static StructValue nonNil(Object o) {
        if (o == null) {
            throw RuntimeErrors.nilDeref();
        }
        return (StructValue) o;
    }

    /** A read of field slot (of representation rep) of the struct that struct yields. */
    public static ExprNode read(ExprNode struct, int slot, Rep rep) {
        return new Read(struct, slot, rep);
    }

    /** A write of value to field f of the struct that struct yields. */
    public static StmtNode write(ExprNode struct, StructType.Field f, ExprNode value) {
        return new Write(struct, f.slot(), f.type().rep(), Aggregates.isAggregate(f.type()) ? f.type() : null, value);
    }

    /**
     * A field read. The parent calls the typed execute method of the field's representation (rep), which reads the
     * field's word unboxed; execute boxes it by rep, a compilation constant.
     */
    static final class Read extends ExprNode {
        @Child private ExprNode struct;
        private final int slot;
        private final Rep rep;

        Read(ExprNode struct, int slot, Rep rep) {
            this.struct = struct;
            this.slot = slot;
            this.rep = rep;
        }

        private StructValue struct(VirtualFrame frame) {
            return nonNil(struct.execute(frame));
        }

        @Override
        public Object execute(VirtualFrame frame) {
            StructValue s = struct(frame);
            return rep == Rep.OBJECT ? s.refs[slot] : PrimWords.box(rep, s.prims[slot]);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return struct(frame).prims[slot];
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return Double.longBitsToDouble(struct(frame).prims[slot]);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return struct(frame).prims[slot] != 0;
        }
    }

    /** A field write. Go evaluates the right-hand side before the indirection through a nil pointer fails. */
    static final class Write extends StmtNode {
        @Child private ExprNode struct;
        @Child private ExprNode value;
        private final int slot;
        private final Rep rep;
        /** The field's type when it is a struct or array (the value goes into the field's storage), else null. */
        private final GoType aggregate;
        private final boolean flat;

        Write(ExprNode struct, int slot, Rep rep, GoType aggregate, ExprNode value) {
            this.struct = struct;
            this.slot = slot;
            this.rep = rep;
            this.aggregate = aggregate;
            this.flat = aggregate != null && Aggregates.assignsFlat(aggregate);
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object target = struct.execute(frame);
            if (target == null) {
                value.execute(frame);
                throw RuntimeErrors.nilDeref();
            }
            if (aggregate != null) {
                // Go stores into the field itself: &x.f taken before sees the new value
                StructValue s = (StructValue) target;
                Aggregates.assignInto(aggregate, flat, s.refs[slot], value.execute(frame));
                return;
            }
            store((StructValue) target, slot, rep, value, frame);
        }
    }

    /** Stores value's value into field slot of s, unboxed unless rep is OBJECT. */
    static void store(StructValue s, int slot, Rep rep, ExprNode value, VirtualFrame frame) {
        if (rep == Rep.OBJECT) {
            s.refs[slot] = value.execute(frame);
        } else {
            s.prims[slot] = value.executeWord(frame, rep);
        }
    }

    /** T{...}: unset fields keep their zero values. */
    public static final class Literal extends ExprNode {
        /** The slot of a value evaluated only for its effects (one given for a blank field). */
        public static final int DROPPED = -1;
        private final StructType type;
        @CompilationFinal(dimensions = 1) private final int[] slots;
        @CompilationFinal(dimensions = 1) private final Rep[] reps;
        @Children private final ExprNode[] values;
        @Child private AllocationReport report;
        private final long size;

        public Literal(StructType type, int[] slots, Rep[] reps, ExprNode[] values) {
            this.type = type;
            this.report = new AllocationReport(type);
            this.size = gosub.language.types.MemorySizes.sizeOf(type);
            this.slots = slots;
            this.reps = reps;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            StructValue s = new StructValue(type);
            for (int i = 0; i < values.length; i++) {
                if (slots[i] == DROPPED) {
                    values[i].execute(frame);
                } else {
                    store(s, slots[i], reps[i], values[i], frame);
                }
            }
            return report.allocated(s, size);
        }
    }
}
