package gosub.language.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.types.Kind;

/** Unary - and ^ (bitwise complement) on numbers; unary + is the operand itself. */
public final class UnaryArithmetic {
    private UnaryArithmetic() {
    }

    /** -x on an integer of kind (wrapping: the most negative value negates to itself). */
    public static ExprNode negateInt(Kind kind, ExprNode x) {
        return IntTruncation.to(kind, new IntNeg(x));
    }

    /** -x on a float (exact, so float32 needs no rounding). */
    public static ExprNode negateFloat(ExprNode x) {
        return new FloatNeg(x);
    }

    /** ^x on an integer of kind. */
    public static ExprNode complement(Kind kind, ExprNode x) {
        return IntTruncation.to(kind, new IntComplement(x));
    }

    static final class IntNeg extends LongNode {
        @Child private ExprNode x;

        IntNeg(ExprNode x) {
            this.x = x;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return -x.executeLong(frame);
        }
    }

    static final class IntComplement extends LongNode {
        @Child private ExprNode x;

        IntComplement(ExprNode x) {
            this.x = x;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return ~x.executeLong(frame);
        }
    }

    static final class FloatNeg extends DoubleNode {
        @Child private ExprNode x;

        FloatNeg(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return -x.executeDouble(frame);
        }
    }
}
