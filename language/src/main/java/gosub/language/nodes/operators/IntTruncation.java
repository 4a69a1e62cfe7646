package gosub.language.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;
import gosub.language.types.Kind;

/**
 * Go's wrap-around for integer kinds narrower than 64 bits: every integer is held in a long, sign-extended for
 * signed kinds and zero-extended for unsigned ones, and an operation whose exact result may leave that range
 * truncates it to the kind's width here. 64-bit kinds need nothing (Java's long arithmetic wraps as Go's does).
 */
public final class IntTruncation {
    private IntTruncation() {
    }

    /** x truncated to kind's width: x itself for 64-bit kinds, else a node that truncates. */
    public static ExprNode to(Kind kind, ExprNode x) {
        return switch (kind) {
            case INT8 -> new ToInt8(x);
            case INT16 -> new ToInt16(x);
            case INT32 -> new ToInt32(x);
            case UINT8 -> new ToUint8(x);
            case UINT16 -> new ToUint16(x);
            case UINT32 -> new ToUint32(x);
            default -> x;
        };
    }

    abstract static class Truncate extends LongNode {
        @Child ExprNode x;

        Truncate(ExprNode x) {
            this.x = x;
        }
    }

    static final class ToInt8 extends Truncate {
        ToInt8(ExprNode x) {
            super(x);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return (byte) x.executeLong(frame);
        }
    }

    static final class ToInt16 extends Truncate {
        ToInt16(ExprNode x) {
            super(x);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return (short) x.executeLong(frame);
        }
    }

    static final class ToInt32 extends Truncate {
        ToInt32(ExprNode x) {
            super(x);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return (int) x.executeLong(frame);
        }
    }

    static final class ToUint8 extends Truncate {
        ToUint8(ExprNode x) {
            super(x);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return x.executeLong(frame) & 0xFFL;
        }
    }

    static final class ToUint16 extends Truncate {
        ToUint16(ExprNode x) {
            super(x);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return x.executeLong(frame) & 0xFFFFL;
        }
    }

    static final class ToUint32 extends Truncate {
        ToUint32(ExprNode x) {
            super(x);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return x.executeLong(frame) & 0xFFFFFFFFL;
        }
    }
}
