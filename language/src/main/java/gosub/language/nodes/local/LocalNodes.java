package gosub.language.nodes.local;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.LongNode;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.operators.IntArithmetic;
import gosub.language.types.GoType.Rep;
import gosub.language.values.Cell;

/**
 * Variables: a frame slot typed by the variable's representation, or a heap {@link Cell} (captured, address-taken or
 * package-level variables) reached through an expression that yields the cell.
 */
public final class LocalNodes {
    private LocalNodes() {
    }

    /** A read of the local in slot, of representation rep. */
    public static ExprNode read(int slot, Rep rep) {
        return switch (rep) {
            case LONG -> new ReadLong(slot);
            case DOUBLE -> new ReadDouble(slot);
            case BOOL -> new ReadBool(slot);
            case OBJECT -> new ReadObject(slot);
        };
    }

    /** A write of value to the local in slot, of representation rep. */
    public static StmtNode write(int slot, Rep rep, ExprNode value) {
        if (rep == Rep.LONG && isRead(IntArithmetic.augend(value), slot)) {
            Long c = IntArithmetic.constantAddend(value);
            return c != null ? new IncrementLong(slot, c) : new AddToLong(slot, IntArithmetic.addend(value));
        }
        return switch (rep) {
            case LONG -> new WriteLong(slot, value);
            case DOUBLE -> new WriteDouble(slot, value);
            case BOOL -> new WriteBool(slot, value);
            case OBJECT -> new WriteObject(slot, value);
        };
    }

    /** Whether n reads the local int in slot. */
    public static boolean isRead(ExprNode n, int slot) {
        return n instanceof ReadLong r && r.slot == slot;
    }

    /** The slot of the local n reads if n reads one held as an object (a slice, a pointer, ...), else -1. */
    public static int objectSlotRead(ExprNode n) {
        return n instanceof ReadObject r ? r.slot : -1;
    }

    /** The slot of the local int n reads, or -1 if n is no such read. */
    public static int longSlotRead(ExprNode n) {
        return n instanceof ReadLong r ? r.slot : -1;
    }

    static final class ReadLong extends LongNode {
        private final int slot;

        ReadLong(int slot) {
            this.slot = slot;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return frame.getLongStatic(slot);
        }
    }

    static final class ReadDouble extends DoubleNode {
        private final int slot;

        ReadDouble(int slot) {
            this.slot = slot;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return frame.getDoubleStatic(slot);
        }
    }

    static final class ReadBool extends BoolNode {
        private final int slot;

        ReadBool(int slot) {
            this.slot = slot;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return frame.getBooleanStatic(slot);
        }
    }

    static final class ReadObject extends ExprNode {
        private final int slot;

        ReadObject(int slot) {
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return frame.getObjectStatic(slot);
        }
    }

    abstract static class Write extends StmtNode {
        final int slot;
        @Child ExprNode value;

        Write(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }
    }

    static final class WriteLong extends Write {
        WriteLong(int slot, ExprNode value) {
            super(slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setLongStatic(slot, value.executeLong(frame));
        }
    }

    static final class WriteDouble extends Write {
        WriteDouble(int slot, ExprNode value) {
            super(slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setDoubleStatic(slot, value.executeDouble(frame));
        }
    }

    static final class WriteBool extends Write {
        WriteBool(int slot, ExprNode value) {
            super(slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setBooleanStatic(slot, value.executeBool(frame));
        }
    }

    static final class WriteObject extends Write {
        WriteObject(int slot, ExprNode value) {
            super(slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObjectStatic(slot, value.execute(frame));
        }
    }

    /**
     * {@code x += c} for a local int x and a constant c: i++, i--, j += 2, and x = x + c. The loops of most programs
     * count with one; as a write of a sum of a read and a constant it took the interpreter three node calls instead
     * of one (compiled, both are the same add).
     */
    static final class IncrementLong extends StmtNode {
        private final int slot;
        private final long delta;

        IncrementLong(int slot, long delta) {
            this.slot = slot;
            this.delta = delta;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setLongStatic(slot, frame.getLongStatic(slot) + delta);
        }
    }

    /** {@code x += y} (and x = x + y) for a local int x: sums and accumulators, two node calls instead of three. */
    static final class AddToLong extends StmtNode {
        private final int slot;
        @Child private ExprNode addend;

        AddToLong(int slot, ExprNode addend) {
            this.slot = slot;
            this.addend = addend;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            long x = frame.getLongStatic(slot); // read first, as x + y does (y cannot change a local in a slot anyway)
            frame.setLongStatic(slot, x + addend.executeLong(frame));
        }
    }

    /**
     * Writes an already-evaluated boxed value (tuple assignment, range, select receive, the arguments of a deferred
     * or go'd built-in); a materialized frame too.
     */
    public static void writeBoxed(Frame frame, int slot, Rep rep, Object v) {
        if (rep == Rep.LONG) {
            frame.setLongStatic(slot, (Long) v);
        } else if (rep == Rep.DOUBLE) {
            frame.setDoubleStatic(slot, (Double) v);
        } else if (rep == Rep.BOOL) {
            frame.setBooleanStatic(slot, (Boolean) v);
        } else {
            frame.setObjectStatic(slot, v);
        }
    }

    /** Reads the local in slot as a boxed value (a function's result at its return, a debugger; a materialized frame too). */
    public static Object readBoxed(Frame frame, int slot, Rep rep) {
        return switch (rep) {
            case LONG -> frame.getLongStatic(slot);
            case DOUBLE -> frame.getDoubleStatic(slot);
            case BOOL -> frame.getBooleanStatic(slot);
            case OBJECT -> frame.getObjectStatic(slot);
        };
    }

    /** Copies parameter i of the call into its slot (or a fresh cell) at function entry. */
    public static final class Param extends StmtNode {
        private final int param;
        private final int slot;
        private final Rep rep;
        private final boolean inCell;

        public Param(int param, int slot, Rep rep, boolean inCell) {
            this.param = param;
            this.slot = slot;
            this.rep = rep;
            this.inCell = inCell;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object v = GoArguments.param(frame, param);
            if (inCell) {
                Cell c = new Cell();
                CellNodes.storeBoxed(c, rep, v);
                frame.setObjectStatic(slot, c);
            } else {
                writeBoxed(frame, slot, rep, v);
            }
        }
    }

    /** Loads captured cell i of the closure environment into its slot at function entry. */
    public static final class Capture extends StmtNode {
        private final int index;
        private final int slot;

        public Capture(int index, int slot) {
            this.index = index;
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObjectStatic(slot, ((Object[]) GoArguments.environment(frame))[index]);
        }
    }

    /** Sets a slot to a fresh cell holding a value (declaration of a heap variable). */
    public static final class NewCell extends StmtNode {
        private final int slot;
        private final Rep rep;
        @Child private ExprNode value;

        public NewCell(int slot, Rep rep, ExprNode value) {
            this.slot = slot;
            this.rep = rep;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Cell c = new Cell();
            if (rep == Rep.OBJECT) {
                c.ref = value.execute(frame);
            } else {
                c.prim = value.executeWord(frame, rep);
            }
            frame.setObjectStatic(slot, c);
        }
    }

    /** Go 1.22 per-iteration loop variables: the next iteration gets a new cell holding the current value. */
    public static final class RenewCell extends StmtNode {
        private final int slot;

        public RenewCell(int slot) {
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Cell old = (Cell) frame.getObjectStatic(slot);
            frame.setObjectStatic(slot, new Cell(old.prim, old.ref));
        }
    }

    /**
     * A value whose operands were saved into temporaries first (Go's compiler evaluates a statement's calls
     * before its other operands): runs the writes, then evaluates value, in the representation it has.
     */
    public static final class AfterWrites extends ExprNode {
        @Children private final StmtNode[] writes;
        @Child private ExprNode value;

        public AfterWrites(StmtNode[] writes, ExprNode value) {
            this.writes = writes;
            this.value = value;
        }

        @ExplodeLoop
        private void writeAll(VirtualFrame frame) {
            for (StmtNode w : writes) {
                w.executeVoid(frame);
            }
        }

        @Override
        public Object execute(VirtualFrame frame) {
            writeAll(frame);
            return value.execute(frame);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            writeAll(frame);
            return value.executeLong(frame);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            writeAll(frame);
            return value.executeDouble(frame);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            writeAll(frame);
            return value.executeBool(frame);
        }
    }
}
