package gosub.language.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.ExprNode;

/** The boolean operators: !, and the short-circuit && and ||. */
public final class Logic {
    private Logic() {
    }

    public static ExprNode not(ExprNode x) {
        return new Not(x);
    }

    public static ExprNode and(ExprNode x, ExprNode y) {
        return new And(x, y);
    }

    public static ExprNode or(ExprNode x, ExprNode y) {
        return new Or(x, y);
    }

    static final class Not extends BoolNode {
        @Child private ExprNode x;

        Not(ExprNode x) {
            this.x = x;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return !x.executeBool(frame);
        }
    }

    static final class And extends BoolNode {
        @Child private ExprNode left;
        @Child private ExprNode right;

        And(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeBool(frame) && right.executeBool(frame);
        }
    }

    static final class Or extends BoolNode {
        @Child private ExprNode left;
        @Child private ExprNode right;

        Or(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            return left.executeBool(frame) || right.executeBool(frame);
        }
    }
}
