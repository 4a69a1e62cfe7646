package gosub.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.types.Kind;

/** Integer arithmetic; op and kind are constants, so each node compiles to the one operation it performs. */
public final class IntBinaryNode extends LongNode {
    public enum Op { ADD, SUB, MUL, DIV, REM, AND, OR, XOR, ANDNOT, SHL, SHR }

    private final Op op;
    private final Kind kind;
    @Child private ExprNode left;
    @Child private ExprNode right;

    private final boolean unsignedCount;

    public IntBinaryNode(Op op, Kind kind, ExprNode left, ExprNode right) {
        this(op, kind, left, right, false);
    }

    /** unsignedCount: for shifts, the count's type is unsigned (so it is never negative). */
    public IntBinaryNode(Op op, Kind kind, ExprNode left, ExprNode right, boolean unsignedCount) {
        this.op = op;
        this.kind = kind;
        this.unsignedCount = unsignedCount;
        this.left = left;
        this.right = right;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long a = left.executeLong(frame);
        long b = right.executeLong(frame);
        // an if-chain on the constant op folds to the one operation (an enum switch would not)
        if (op == Op.ADD) {
            return IntOps.wrap(kind, a + b);
        } else if (op == Op.SUB) {
            return IntOps.wrap(kind, a - b);
        } else if (op == Op.MUL) {
            return IntOps.wrap(kind, a * b);
        } else if (op == Op.AND) {
            return a & b;
        } else if (op == Op.OR) {
            return a | b;
        } else if (op == Op.XOR) {
            return IntOps.wrap(kind, a ^ b);
        } else if (op == Op.REM) {
            return IntOps.rem(kind, a, b);
        } else if (op == Op.DIV) {
            return IntOps.div(kind, a, b);
        } else if (op == Op.ANDNOT) {
            return a & ~b;
        } else if (op == Op.SHL) {
            return IntOps.shl(kind, a, b, unsignedCount);
        } else {
            return IntOps.shr(kind, a, b, unsignedCount);
        }
    }
}
