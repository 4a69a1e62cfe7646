package gosub.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.StmtNode;
import gosub.language.types.GoType.Rep;
import gosub.language.values.Cell;

/**
 * Variables: a frame slot typed by the variable's representation, or a heap {@link Cell} (captured, address-taken or
 * package-level variables) reached through an expression that yields the cell.
 */
public final class LocalNodes {
    private LocalNodes() {
    }

    public static final class Read extends ExprNode {
        private final int slot;
        private final Rep rep;

        public Read(int slot, Rep rep) {
            this.slot = slot;
            this.rep = rep;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (rep == Rep.LONG) {
                return frame.getLong(slot);
            } else if (rep == Rep.DOUBLE) {
                return frame.getDouble(slot);
            } else if (rep == Rep.BOOL) {
                return frame.getBoolean(slot);
            } else {
                return frame.getObject(slot);
            }
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return frame.getLong(slot);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return frame.getDouble(slot);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return frame.getBoolean(slot);
        }
    }

    public static final class Write extends StmtNode {
        private final int slot;
        private final Rep rep;
        @Child private ExprNode value;

        public Write(int slot, Rep rep, ExprNode value) {
            this.slot = slot;
            this.rep = rep;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (rep == Rep.LONG) {
                frame.setLong(slot, value.executeLong(frame));
            } else if (rep == Rep.DOUBLE) {
                frame.setDouble(slot, value.executeDouble(frame));
            } else if (rep == Rep.BOOL) {
                frame.setBoolean(slot, value.executeBool(frame));
            } else {
                frame.setObject(slot, value.execute(frame));
            }
        }
    }

    /** Writes an already-evaluated boxed value (tuple assignment, range, select receive). */
    public static void writeBoxed(VirtualFrame frame, int slot, Rep rep, Object v) {
        if (rep == Rep.LONG) {
            frame.setLong(slot, (Long) v);
        } else if (rep == Rep.DOUBLE) {
            frame.setDouble(slot, (Double) v);
        } else if (rep == Rep.BOOL) {
            frame.setBoolean(slot, (Boolean) v);
        } else {
            frame.setObject(slot, v);
        }
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
                frame.setObject(slot, c);
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
            frame.setObject(slot, ((Object[]) GoArguments.environment(frame))[index]);
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
            if (rep == Rep.LONG) {
                c.prim = value.executeLong(frame);
            } else if (rep == Rep.DOUBLE) {
                c.setDouble(value.executeDouble(frame));
            } else if (rep == Rep.BOOL) {
                c.setBool(value.executeBool(frame));
            } else {
                c.ref = value.execute(frame);
            }
            frame.setObject(slot, c);
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
            Cell old = (Cell) frame.getObject(slot);
            frame.setObject(slot, new Cell(old.prim, old.ref));
        }
    }
}
