package gosub.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType.Rep;
import gosub.language.types.StructType;
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

    public static final class Read extends ExprNode {
        @Child private ExprNode struct;
        private final int slot;
        private final Rep rep;

        public Read(ExprNode struct, int slot, Rep rep) {
            this.struct = struct;
            this.slot = slot;
            this.rep = rep;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            StructValue s = nonNil(struct.execute(frame));
            return switch (rep) {
                case LONG -> s.prims[slot];
                case DOUBLE -> Double.longBitsToDouble(s.prims[slot]);
                case BOOL -> s.prims[slot] != 0;
                case OBJECT -> s.refs[slot];
            };
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return nonNil(struct.execute(frame)).prims[slot];
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return Double.longBitsToDouble(nonNil(struct.execute(frame)).prims[slot]);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return nonNil(struct.execute(frame)).prims[slot] != 0;
        }
    }

    public static final class Write extends StmtNode {
        @Child private ExprNode struct;
        @Child private ExprNode value;
        private final int slot;
        private final Rep rep;

        public Write(ExprNode struct, int slot, Rep rep, ExprNode value) {
            this.struct = struct;
            this.slot = slot;
            this.rep = rep;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            StructValue s = nonNil(struct.execute(frame));
            switch (rep) {
                case LONG -> s.prims[slot] = value.executeLong(frame);
                case DOUBLE -> s.prims[slot] = Double.doubleToRawLongBits(value.executeDouble(frame));
                case BOOL -> s.prims[slot] = value.executeBool(frame) ? 1 : 0;
                case OBJECT -> s.refs[slot] = value.execute(frame);
            }
        }
    }

    /** T{...}: unset fields keep their zero values. */
    public static final class Literal extends ExprNode {
        private final StructType type;
        private final int[] slots;
        private final Rep[] reps;
        @Children private final ExprNode[] values;

        public Literal(StructType type, int[] slots, Rep[] reps, ExprNode[] values) {
            this.type = type;
            this.slots = slots;
            this.reps = reps;
            this.values = values;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            StructValue s = new StructValue(type);
            for (int i = 0; i < values.length; i++) {
                switch (reps[i]) {
                    case LONG -> s.prims[slots[i]] = values[i].executeLong(frame);
                    case DOUBLE -> s.prims[slots[i]] = Double.doubleToRawLongBits(values[i].executeDouble(frame));
                    case BOOL -> s.prims[slots[i]] = values[i].executeBool(frame) ? 1 : 0;
                    case OBJECT -> s.refs[slots[i]] = values[i].execute(frame);
                }
            }
            return s;
        }
    }
}
