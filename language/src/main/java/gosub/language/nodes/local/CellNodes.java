package gosub.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.types.GoType.Rep;
import gosub.language.values.Cell;

/** Reads and writes of variables that live in a {@link Cell}. */
public final class CellNodes {
    private CellNodes() {
    }

    public static void storeBoxed(Cell c, Rep rep, Object v) {
        if (rep == Rep.LONG) {
            c.prim = (Long) v;
        } else if (rep == Rep.DOUBLE) {
            c.prim = Double.doubleToRawLongBits((Double) v);
        } else if (rep == Rep.BOOL) {
            c.prim = ((Boolean) v) ? 1 : 0;
        } else {
            c.ref = v;
        }
    }

    public static Object loadBoxed(Cell c, Rep rep) {
        if (rep == Rep.LONG) {
            return c.prim;
        } else if (rep == Rep.DOUBLE) {
            return Double.longBitsToDouble(c.prim);
        } else if (rep == Rep.BOOL) {
            return c.prim != 0;
        } else {
            return c.ref;
        }
    }

    /** A package-level variable's cell, fixed when the program is built. */
    public static final class Global extends ExprNode {
        private final Cell cell;

        public Global(Cell cell) {
            this.cell = cell;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return cell;
        }
    }

    public static final class Read extends ExprNode {
        @Child private ExprNode cell;
        private final Rep rep;

        public Read(ExprNode cell, Rep rep) {
            this.cell = cell;
            this.rep = rep;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return loadBoxed((Cell) cell.execute(frame), rep);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return ((Cell) cell.execute(frame)).prim;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return Double.longBitsToDouble(((Cell) cell.execute(frame)).prim);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return ((Cell) cell.execute(frame)).prim != 0;
        }
    }

    public static final class Write extends StmtNode {
        @Child private ExprNode cell;
        @Child private ExprNode value;
        private final Rep rep;

        public Write(ExprNode cell, Rep rep, ExprNode value) {
            this.cell = cell;
            this.rep = rep;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (rep == Rep.LONG) {
                long v = value.executeLong(frame);
                ((Cell) cell.execute(frame)).prim = v;
            } else if (rep == Rep.DOUBLE) {
                double v = value.executeDouble(frame);
                ((Cell) cell.execute(frame)).prim = Double.doubleToRawLongBits(v);
            } else if (rep == Rep.BOOL) {
                boolean v = value.executeBool(frame);
                ((Cell) cell.execute(frame)).prim = v ? 1 : 0;
            } else {
                Object v = value.execute(frame);
                ((Cell) cell.execute(frame)).ref = v;
            }
        }
    }
}
