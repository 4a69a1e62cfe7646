package gosub.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.types.Kind;

/** Unary operators and the short-circuit logical operators. */
public final class UnaryNodes {
    private UnaryNodes() {
    }

    public static final class IntNeg extends LongNode {
        private final Kind kind;
        @Child private ExprNode x;

        public IntNeg(Kind kind, ExprNode x) {
            this.kind = kind;
            this.x = x;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return IntOps.wrap(kind, -x.executeLong(frame));
        }
    }

    public static final class IntComplement extends LongNode {
        private final Kind kind;
        @Child private ExprNode x;

        public IntComplement(Kind kind, ExprNode x) {
            this.kind = kind;
            this.x = x;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return IntOps.wrap(kind, ~x.executeLong(frame));
        }
    }

    public static final class FloatNeg extends DoubleNode {
        @Child private ExprNode x;

        public FloatNeg(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return -x.executeDouble(frame);
        }
    }

    public static final class Not extends BoolNode {
        @Child private ExprNode x;

        public Not(ExprNode x) {
            this.x = x;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return !x.executeBool(frame);
        }
    }

    public static final class And extends BoolNode {
        @Child private ExprNode l;
        @Child private ExprNode r;

        public And(ExprNode l, ExprNode r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return l.executeBool(frame) && r.executeBool(frame);
        }
    }

    public static final class Or extends BoolNode {
        @Child private ExprNode l;
        @Child private ExprNode r;

        public Or(ExprNode l, ExprNode r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return l.executeBool(frame) || r.executeBool(frame);
        }
    }
}
