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

    /** A read of field slot (of representation rep) of the struct that struct yields. */
    public static ExprNode read(ExprNode struct, int slot, Rep rep) {
        return switch (rep) {
            case LONG -> new ReadLong(struct, slot);
            case DOUBLE -> new ReadDouble(struct, slot);
            case BOOL -> new ReadBool(struct, slot);
            case OBJECT -> new ReadObject(struct, slot);
        };
    }

    /** A write of value to field slot (of representation rep) of the struct that struct yields. */
    public static StmtNode write(ExprNode struct, int slot, Rep rep, ExprNode value) {
        return switch (rep) {
            case LONG -> new WriteLong(struct, slot, value);
            case DOUBLE -> new WriteDouble(struct, slot, value);
            case BOOL -> new WriteBool(struct, slot, value);
            case OBJECT -> new WriteObject(struct, slot, value);
        };
    }

    abstract static class Read extends ExprNode {
        @Child ExprNode struct;
        final int slot;

        Read(ExprNode struct, int slot) {
            this.struct = struct;
            this.slot = slot;
        }

        final StructValue struct(VirtualFrame frame) {
            return nonNil(struct.execute(frame));
        }
    }

    static final class ReadLong extends Read {
        ReadLong(ExprNode struct, int slot) {
            super(struct, slot);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return struct(frame).prims[slot];
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return struct(frame).prims[slot];
        }
    }

    static final class ReadDouble extends Read {
        ReadDouble(ExprNode struct, int slot) {
            super(struct, slot);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return executeDouble(frame);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return Double.longBitsToDouble(struct(frame).prims[slot]);
        }
    }

    static final class ReadBool extends Read {
        ReadBool(ExprNode struct, int slot) {
            super(struct, slot);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return executeBool(frame);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return struct(frame).prims[slot] != 0;
        }
    }

    static final class ReadObject extends Read {
        ReadObject(ExprNode struct, int slot) {
            super(struct, slot);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return struct(frame).refs[slot];
        }
    }

    /** Go evaluates the right-hand side before the indirection through a nil pointer fails. */
    abstract static class Write extends StmtNode {
        @Child ExprNode struct;
        @Child ExprNode value;
        final int slot;

        Write(ExprNode struct, int slot, ExprNode value) {
            this.struct = struct;
            this.slot = slot;
            this.value = value;
        }

        final StructValue target(VirtualFrame frame) {
            Object target = struct.execute(frame);
            if (target == null) {
                value.execute(frame);
                throw RuntimeErrors.nilDeref();
            }
            return (StructValue) target;
        }
    }

    static final class WriteLong extends Write {
        WriteLong(ExprNode struct, int slot, ExprNode value) {
            super(struct, slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            StructValue s = target(frame);
            s.prims[slot] = value.executeLong(frame);
        }
    }

    static final class WriteDouble extends Write {
        WriteDouble(ExprNode struct, int slot, ExprNode value) {
            super(struct, slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            StructValue s = target(frame);
            s.prims[slot] = Double.doubleToRawLongBits(value.executeDouble(frame));
        }
    }

    static final class WriteBool extends Write {
        WriteBool(ExprNode struct, int slot, ExprNode value) {
            super(struct, slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            StructValue s = target(frame);
            s.prims[slot] = value.executeBool(frame) ? 1 : 0;
        }
    }

    static final class WriteObject extends Write {
        WriteObject(ExprNode struct, int slot, ExprNode value) {
            super(struct, slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            StructValue s = target(frame);
            s.refs[slot] = value.execute(frame);
        }
    }

    /** T{...}: unset fields keep their zero values. */
    public static final class Literal extends ExprNode {
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
            return report.allocated(s, size);
        }
    }
}
