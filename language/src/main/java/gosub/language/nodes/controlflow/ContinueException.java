package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** continue [label]: target identifies the loop (null: the innermost). */
public final class ContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final Object target;

    public ContinueException(Object target) {
        this.target = target;
    }
}
