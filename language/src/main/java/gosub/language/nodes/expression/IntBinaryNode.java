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

    public IntBinaryNode(Op op, Kind kind, ExprNode left, ExprNode right) {
        this.op = op;
        this.kind = kind;
        this.left = left;
        this.right = right;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long a = left.executeLong(frame);
        long b = right.executeLong(frame);
        return switch (op) {
            case ADD -> IntOps.wrap(kind, a + b);
            case SUB -> IntOps.wrap(kind, a - b);
            case MUL -> IntOps.wrap(kind, a * b);
            case DIV -> IntOps.div(kind, a, b);
            case REM -> IntOps.rem(kind, a, b);
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> IntOps.wrap(kind, a ^ b);
            case ANDNOT -> a & ~b;
            case SHL -> IntOps.shl(kind, a, b);
            case SHR -> IntOps.shr(kind, a, b);
        };
    }
}
