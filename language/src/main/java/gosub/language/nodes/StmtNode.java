package gosub.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A Go statement. */
public abstract class StmtNode extends GoNode {
    /** What {@link #executeResult} returns when the statement completed without executing a return. */
    public static final Object NO_RETURN = new Object() {
        @Override
        public String toString() {
            return "<no return>";
        }
    };

    /** An unlabelled break, passed up by {@link #executeResult} to the innermost loop, switch or select. */
    public static final Object BREAK = new Object() {
        @Override
        public String toString() {
            return "<break>";
        }
    };

    /** An unlabelled continue, passed up by {@link #executeResult} to the innermost loop. */
    public static final Object CONTINUE = new Object() {
        @Override
        public String toString() {
            return "<continue>";
        }
    };

    public abstract void executeVoid(VirtualFrame frame);

    /**
     * Executes the statement and returns how it completed: {@link #NO_RETURN} normally, {@link #BREAK} or
     * {@link #CONTINUE} for an unlabelled break/continue, or the function's result for a return. Blocks, ifs,
     * switches and loops pass these up, so the common control transfers need no exceptions (labelled ones and
     * those inside constructs that only implement executeVoid still unwind with exceptions).
     */
    public Object executeResult(VirtualFrame frame) {
        executeVoid(frame);
        return NO_RETURN;
    }
}
