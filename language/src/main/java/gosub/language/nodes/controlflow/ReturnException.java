package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;
import gosub.language.nodes.StmtNode;

/** Unwinds to the function's root with the result (a value, an Object[] for several results, or null). */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final Object result;

    public ReturnException(Object result) {
        this.result = result;
    }

    /**
     * For a statement whose executeVoid runs its executeResult (loops, function bodies): a return it executed
     * (completion, what executeResult returned, is not StmtNode.NO_RETURN) goes on up as this exception.
     */
    public static void passOn(Object completion) {
        if (completion != StmtNode.NO_RETURN) {
            throw new ReturnException(completion);
        }
    }
}
