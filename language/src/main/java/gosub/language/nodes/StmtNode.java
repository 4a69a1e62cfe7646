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

    public abstract void executeVoid(VirtualFrame frame);

    /**
     * Executes the statement and returns the function's result if it executed a return statement, else
     * {@link #NO_RETURN}. Blocks, ifs and switches pass results up this way, so the common returns need no
     * exception; a return inside a loop still unwinds with a ReturnException.
     */
    public Object executeResult(VirtualFrame frame) {
        executeVoid(frame);
        return NO_RETURN;
    }
}
