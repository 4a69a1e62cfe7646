package gosub.language.debug;

import com.oracle.truffle.api.frame.Frame;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.local.CellNodes;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.types.GoType;
import gosub.language.values.Cell;

/**
 * A variable of a function as the node builder laid it out: its frame slot, holding the value itself or the
 * {@link Cell} of a variable that lives on the heap, where it is declared (line and column, 1-based), and for a
 * parameter its index among the call's arguments (else -1): at the function's entry, before the parameters are
 * copied to their slots, a debugger reads them there.
 */
public record Variable(String name, GoType type, int slot, boolean inCell, int line, int col, int param) {

    /**
     * The variable's Go value in frame, or null when it has none yet. atEntry: the frame is at its function's entry,
     * before the prologue copied the arguments into their slots (the slots are static and untagged, so they cannot
     * tell "not yet assigned" themselves): a parameter is then read from the call's arguments, and nothing else
     * has a value yet.
     */
    Object read(Frame frame, boolean atEntry) {
        if (frame == null || slot < 0 || slot >= frame.getFrameDescriptor().getNumberOfSlots()) {
            return null;
        }
        if (atEntry) {
            return param >= 0 && param < GoArguments.paramCount(frame) ? GoArguments.param(frame, param) : null;
        }
        if (!inCell) {
            return LocalNodes.readBoxed(frame, slot, type.rep());
        }
        return frame.getObjectStatic(slot) instanceof Cell c ? CellNodes.loadBoxed(c, type.rep()) : null;
    }

    /** Whether the variable is declared before line:col (a statement that starts there sees it). */
    boolean declaredBefore(int atLine, int atCol) {
        return line < atLine || line == atLine && col < atCol;
    }
}
