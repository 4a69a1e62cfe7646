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
            case INT8, INT16, INT32, UINT8, UINT16, UINT32 -> new Truncate(kind, x);
            default -> x;
        };
    }

    /** The kind is a final field: compiled, {@link Kind#truncate} folds to the one cast or mask of that kind. */
    static final class Truncate extends LongNode {
        @Child private ExprNode x;
        private final Kind kind;

        Truncate(Kind kind, ExprNode x) {
            this.kind = kind;
            this.x = x;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return kind.truncate(x.executeLong(frame));
        }
    }
}
