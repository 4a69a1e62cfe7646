package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RepeatingNode;
import gosub.language.nodes.StmtNode;

/**
 * One run of a loop's body, as every loop (for, and range over ints, slices, strings and maps) sees it: a break or
 * continue that names this loop (or no loop) ends here, one that names an outer loop goes on up, and a return leaves
 * with the function's result. The loops differ only in what they do around it (post statement, cursor, preemption).
 */
final class LoopBody {
    private LoopBody() {
    }

    /**
     * Runs body once: {@link RepeatingNode#CONTINUE_LOOP_STATUS} to go on, {@link RepeatingNode#BREAK_LOOP_STATUS}
     * to stop, or the function's result when the body executed a return. target is the loop's label object.
     */
    static Object run(StmtNode body, Object target, VirtualFrame frame) {
        try {
            Object r = body.executeResult(frame);
            if (r != StmtNode.NO_RETURN && r != StmtNode.CONTINUE) {
                return r == StmtNode.BREAK ? RepeatingNode.BREAK_LOOP_STATUS : r;
            }
        } catch (BreakException b) {
            if (b.target == null || b.target == target) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            throw b;
        } catch (ContinueException c) {
            if (c.target != null && c.target != target) {
                throw c;
            }
        }
        return RepeatingNode.CONTINUE_LOOP_STATUS;
    }
}
