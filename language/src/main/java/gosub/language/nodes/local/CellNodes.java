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

    /** A read of the variable in the cell that cell yields, of representation rep. */
    public static ExprNode read(ExprNode cell, Rep rep) {
        return switch (rep) {
            case LONG -> new ReadLong(cell);
            case DOUBLE -> new ReadDouble(cell);
            case BOOL -> new ReadBool(cell);
            case OBJECT -> new ReadObject(cell);
        };
    }

    /** A write of value to the variable in the cell that cell yields (value first, as Go evaluates it). */
    public static StmtNode write(ExprNode cell, Rep rep, ExprNode value) {
        return switch (rep) {
            case LONG -> new WriteLong(cell, value);
            case DOUBLE -> new WriteDouble(cell, value);
            case BOOL -> new WriteBool(cell, value);
            case OBJECT -> new WriteObject(cell, value);
        };
    }

    abstract static class Read extends ExprNode {
        @Child ExprNode cell;

        Read(ExprNode cell) {
            this.cell = cell;
        }

        final Cell cell(VirtualFrame frame) {
            return (Cell) cell.execute(frame);
        }
    }

    static final class ReadLong extends Read {
        ReadLong(ExprNode cell) {
            super(cell);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return cell(frame).prim;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return cell(frame).prim;
        }
    }

    static final class ReadDouble extends Read {
        ReadDouble(ExprNode cell) {
            super(cell);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return executeDouble(frame);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return Double.longBitsToDouble(cell(frame).prim);
        }
    }

    static final class ReadBool extends Read {
        ReadBool(ExprNode cell) {
            super(cell);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return executeBool(frame);
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return cell(frame).prim != 0;
        }
    }

    static final class ReadObject extends Read {
        ReadObject(ExprNode cell) {
            super(cell);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return cell(frame).ref;
        }
    }

    abstract static class Write extends StmtNode {
        @Child ExprNode cell;
        @Child ExprNode value;

        Write(ExprNode cell, ExprNode value) {
            this.cell = cell;
            this.value = value;
        }

        final Cell cell(VirtualFrame frame) {
            return (Cell) cell.execute(frame);
        }
    }

    static final class WriteLong extends Write {
        WriteLong(ExprNode cell, ExprNode value) {
            super(cell, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            long v = value.executeLong(frame);
            cell(frame).prim = v;
        }
    }

    static final class WriteDouble extends Write {
        WriteDouble(ExprNode cell, ExprNode value) {
            super(cell, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            double v = value.executeDouble(frame);
            cell(frame).prim = Double.doubleToRawLongBits(v);
        }
    }

    static final class WriteBool extends Write {
        WriteBool(ExprNode cell, ExprNode value) {
            super(cell, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            boolean v = value.executeBool(frame);
            cell(frame).prim = v ? 1 : 0;
        }
    }

    static final class WriteObject extends Write {
        WriteObject(ExprNode cell, ExprNode value) {
            super(cell, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object v = value.execute(frame);
            cell(frame).ref = v;
        }
    }
}
