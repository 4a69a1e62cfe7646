package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** fallthrough: continue with the next case body of the switch. */
public final class FallthroughException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final FallthroughException INSTANCE = new FallthroughException();
}
