package gosub.language;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/** A syntax or type error: the message holds Go-style {@code FILE:LINE:COL: message} lines. */
public final class GoCompileException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public GoCompileException(String message) {
        super(message);
    }
}
