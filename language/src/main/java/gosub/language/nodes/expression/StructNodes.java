package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
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
            if (rep == Rep.LONG) {
                return s.prims[slot];
            } else if (rep == Rep.DOUBLE) {
                return Double.longBitsToDouble(s.prims[slot]);
            } else if (rep == Rep.BOOL) {
                return s.prims[slot] != 0;
            } else {
                return s.refs[slot];
            }
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
            Object target = struct.execute(frame);
            if (target == null) {
                value.execute(frame); // Go evaluates the right-hand side before the indirection fails
                throw RuntimeErrors.nilDeref();
            }
            StructValue s = (StructValue) target;
            if (rep == Rep.LONG) {
                s.prims[slot] = value.executeLong(frame);
            } else if (rep == Rep.DOUBLE) {
                s.prims[slot] = Double.doubleToRawLongBits(value.executeDouble(frame));
            } else if (rep == Rep.BOOL) {
                s.prims[slot] = value.executeBool(frame) ? 1 : 0;
            } else {
                s.refs[slot] = value.execute(frame);
            }
        }
    }

    /** T{...}: unset fields keep their zero values. */
    public static final class Literal extends ExprNode {
        private final StructType type;
        @CompilationFinal(dimensions = 1) private final int[] slots;
        @CompilationFinal(dimensions = 1) private final Rep[] reps;
        @Children private final ExprNode[] values;

        public Literal(StructType type, int[] slots, Rep[] reps, ExprNode[] values) {
            this.type = type;
            this.slots = slots;
            this.reps = reps;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            StructValue s = new StructValue(type);
            for (int i = 0; i < values.length; i++) {
                if (reps[i] == Rep.LONG) {
                    s.prims[slots[i]] = values[i].executeLong(frame);
                } else if (reps[i] == Rep.DOUBLE) {
                    s.prims[slots[i]] = Double.doubleToRawLongBits(values[i].executeDouble(frame));
                } else if (reps[i] == Rep.BOOL) {
                    s.prims[slots[i]] = values[i].executeBool(frame) ? 1 : 0;
                } else {
                    s.refs[slots[i]] = values[i].execute(frame);
                }
            }
            return s;
        }
    }
}
