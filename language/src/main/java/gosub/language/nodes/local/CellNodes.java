package gosub.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.types.GoType.Rep;
import gosub.language.values.Cell;
import gosub.language.values.PrimWords;

/** Reads and writes of variables that live in a {@link Cell}. */
public final class CellNodes {
    private CellNodes() {
    }

    /** Stores the boxed value v of representation rep into cell c. */
    public static void storeBoxed(Cell c, Rep rep, Object v) {
        if (rep == Rep.OBJECT) {
            c.ref = v;
        } else {
            c.prim = PrimWords.unbox(rep, v);
        }
    }

    /** The value in cell c, of representation rep, boxed. */
    public static Object loadBoxed(Cell c, Rep rep) {
        return rep == Rep.OBJECT ? c.ref : PrimWords.box(rep, c.prim);
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

    /** A read of the variable in the cell that cell yields, of representation rep. */
    public static ExprNode read(ExprNode cell, Rep rep) {
        return new Read(cell, rep);
    }

    /** A write of value to the variable in the cell that cell yields (value first, as Go evaluates it). */
    public static StmtNode write(ExprNode cell, Rep rep, ExprNode value) {
        return new Write(cell, rep, value);
    }

    /**
     * A read of a cell. The parent calls the typed execute method of the variable's representation (rep), which
     * reads the cell's word unboxed; execute boxes by rep, a compilation constant.
     */
    static final class Read extends ExprNode {
        @Child private ExprNode cell;
        private final Rep rep;

        Read(ExprNode cell, Rep rep) {
            this.cell = cell;
            this.rep = rep;
        }

        private Cell cell(VirtualFrame frame) {
            return (Cell) cell.execute(frame);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return loadBoxed(cell(frame), rep);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return cell(frame).prim;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return Double.longBitsToDouble(cell(frame).prim);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return cell(frame).prim != 0;
        }
    }

    static final class Write extends StmtNode {
        @Child private ExprNode cell;
        @Child private ExprNode value;
        private final Rep rep;

        Write(ExprNode cell, Rep rep, ExprNode value) {
            this.cell = cell;
            this.rep = rep;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (rep == Rep.OBJECT) {
                Object v = value.execute(frame);
                ((Cell) cell.execute(frame)).ref = v;
            } else {
                long w = value.executeWord(frame, rep);
                ((Cell) cell.execute(frame)).prim = w;
            }
        }
    }
}
