package gosub.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.DoubleNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.values.Pointer;

/**
 * Hot standard-library functions as nodes rather than natives behind a call boundary, so the compiler sees
 * through them: math.Sqrt and the 64-bit sync/atomic operations. Their natives stay registered for calls through
 * function values.
 */
public final class IntrinsicNodes {
    private IntrinsicNodes() {
    }

    static Pointer nonNil(Object o) {
        if (o == null) {
            throw RuntimeErrors.nilDeref();
        }
        return (Pointer) o;
    }

    public static final class Sqrt extends DoubleNode {
        @Child private ExprNode x;

        public Sqrt(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return Math.sqrt(x.executeDouble(frame));
        }
    }

    public static final class AddInt64 extends LongNode {
        @Child private ExprNode addr;
        @Child private ExprNode delta;

        public AddInt64(ExprNode addr, ExprNode delta) {
            this.addr = addr;
            this.delta = delta;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Pointer p = nonNil(addr.execute(frame));
            long d = delta.executeLong(frame);
            return p.getAndAddLong(d) + d;
        }
    }

    public static final class LoadInt64 extends LongNode {
        @Child private ExprNode addr;

        public LoadInt64(ExprNode addr) {
            this.addr = addr;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return nonNil(addr.execute(frame)).getLongVolatile();
        }
    }

    public static final class CompareAndSwapInt64 extends BoolNode {
        @Child private ExprNode addr;
        @Child private ExprNode old;
        @Child private ExprNode value;

        public CompareAndSwapInt64(ExprNode addr, ExprNode old, ExprNode value) {
            this.addr = addr;
            this.old = old;
            this.value = value;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            Pointer p = nonNil(addr.execute(frame));
            long o = old.executeLong(frame);
            long v = value.executeLong(frame);
            return p.compareAndSetLong(o, v);
        }
    }
}
