package gosub.language.debug;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameSlotKind;
import gosub.language.nodes.local.CellNodes;
import gosub.language.types.GoType;
import gosub.language.values.Cell;

/**
 * A variable of a function as the node builder laid it out: its frame slot, holding the value itself or the
 * {@link Cell} of a variable that lives on the heap, and where it is declared (line and column, 1-based).
 */
public record Variable(String name, GoType type, int slot, boolean inCell, int line, int col) {

    /** The variable's Go value in frame, or null when the frame does not hold it (not yet assigned). */
    Object read(Frame frame) {
        if (frame == null || slot < 0 || slot >= frame.getFrameDescriptor().getNumberOfSlots()) {
            return null;
        }
        Object v;
        try {
            if (frame.getTag(slot) == FrameSlotKind.Illegal.tag) {
                return null;
            }
            v = frame.getValue(slot);
        } catch (RuntimeException e) {
            return null; // a slot the frame never set
        }
        if (!inCell) {
            return v;
        }
        return v instanceof Cell c ? CellNodes.loadBoxed(c, type.rep()) : null;
    }

    /** Whether the variable is declared before line:col (a statement that starts there sees it). */
    boolean declaredBefore(int atLine, int atCol) {
        return line < atLine || line == atLine && col < atCol;
    }
}
