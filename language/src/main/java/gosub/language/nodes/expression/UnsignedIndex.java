package gosub.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.LongNode;

/**
 * An index or slice bound of a 64-bit unsigned type (uint, uint64, uintptr). As a long it is negative from 2^63 up,
 * so the bounds checks reject it as they reject a negative index; the node that checks asks {@link #is} at
 * construction so that its panic prints the bound as the unsigned number it is ("index out of range
 * [18446744073709551615] with length 3", where a signed -1 gives "index out of range [-1]").
 */
public final class UnsignedIndex extends LongNode {
    @Child private ExprNode value;

    public UnsignedIndex(ExprNode value) {
        this.value = value;
    }

    /** Whether a bound node is unsigned (null, an omitted bound, is not). */
    public static boolean is(ExprNode bound) {
        return bound instanceof UnsignedIndex;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return value.executeLong(frame);
    }
}
