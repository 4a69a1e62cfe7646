package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the function's root with the result (a value, an Object[] for several results, or null). */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final Object result;

    public ReturnException(Object result) {
        this.result = result;
    }
}
