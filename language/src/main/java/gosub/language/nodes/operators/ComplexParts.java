package gosub.language.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;
import gosub.language.values.Complex;

/** The built-ins complex, real and imag on values that are not constants, and == on complex values. */
public final class ComplexParts {
    private ComplexParts() {
    }

    /** complex(re, im); for complex64 the float32 parts are exact already. */
    public static ExprNode make(ExprNode re, ExprNode im) {
        return new Make(re, im);
    }

    public static ExprNode real(ExprNode x) {
        return new Real(x);
    }

    public static ExprNode imag(ExprNode x) {
        return new Imag(x);
    }

    /** x == y: both parts equal as floats are (NaN never equal, -0 equal to +0). */
    public static ExprNode equal(ExprNode x, ExprNode y) {
        return new Equal(x, y);
    }

    static final class Make extends ExprNode {
        @Child private ExprNode re;
        @Child private ExprNode im;

        Make(ExprNode re, ExprNode im) {
            this.re = re;
            this.im = im;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            double r = re.executeDouble(frame);
            double i = im.executeDouble(frame);
            return new Complex(r, i);
        }
    }

    static final class Real extends DoubleNode {
        @Child private ExprNode x;

        Real(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return ((Complex) x.execute(frame)).re;
        }
    }

    static final class Imag extends DoubleNode {
        @Child private ExprNode x;

        Imag(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return ((Complex) x.execute(frame)).im;
        }
    }

    static final class Equal extends BoolNode {
        @Child private ExprNode left;
        @Child private ExprNode right;

        Equal(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            Complex a = (Complex) left.execute(frame);
            Complex b = (Complex) right.execute(frame);
            return a.re == b.re && a.im == b.im;
        }
    }
}
