package gosub.language.debug;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameSlotKind;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.local.CellNodes;
import gosub.language.types.GoType;
import gosub.language.values.Cell;

/**
 * A variable of a function as the node builder laid it out: its frame slot, holding the value itself or the
 * {@link Cell} of a variable that lives on the heap, where it is declared (line and column, 1-based), and for a
 * parameter its index among the call's arguments (else -1): at the function's entry, before the parameters are
 * copied to their slots, a debugger reads them there.
 */
public record Variable(String name, GoType type, int slot, boolean inCell, int line, int col, int param) {

    /** The variable's Go value in frame, or null when the frame does not hold it (not yet assigned). */
    Object read(Frame frame) {
        if (frame == null || slot < 0 || slot >= frame.getFrameDescriptor().getNumberOfSlots()) {
            return null;
        }
        Object v;
        try {
            v = frame.getTag(slot) == FrameSlotKind.Illegal.tag ? null : frame.getValue(slot);
            if (v == null && param >= 0 && param < GoArguments.paramCount(frame)) {
                return GoArguments.param(frame, param); // the function has not started: the argument as passed
            }
            if (v == null) {
                return null;
            }
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
