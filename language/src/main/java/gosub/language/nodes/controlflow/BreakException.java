package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** break [label]: target identifies the loop/switch/select to leave (null: the innermost). */
public final class BreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final Object target;

    public BreakException(Object target) {
        this.target = target;
    }
}
