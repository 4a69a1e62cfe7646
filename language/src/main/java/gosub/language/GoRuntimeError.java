package gosub.language;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/** A Go panic or exit that ends a call made from another language (embedding): the message is Go's report line. */
public final class GoRuntimeError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public GoRuntimeError(String message) {
        super(message);
    }
}
