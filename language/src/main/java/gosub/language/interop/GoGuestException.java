package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;
import gosub.language.runtime.GoPanicException;
import gosub.language.values.NilObject;

/**
 * How a call from another language into Go ends when Go does not return: an unrecovered panic, a fatal error
 * (deadlock, stack overflow) or os.Exit. The message is the line Go prints ({@code panic: boom},
 * {@code fatal error: all goroutines are asleep - deadlock!}). A panic keeps the guest frames Truffle recorded while
 * it unwound the Go stack, and as an interop value it is the panic value: the embedder's
 * {@code PolyglotException.getGuestObject()} reads the value's members or calls its {@code Error} method.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "value")
public final class GoGuestException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    final Object value;
    /** The Go panic this one reports (null for a fatal error or an exit): a host function that lets it through rethrows it. */
    final GoPanicException panic;
    private final ExceptionType type;
    private final int exitStatus;

    private GoGuestException(GoPanicException panic, String message, Object value) {
        super(panic);
        this.panic = panic;
        this.message = message;
        this.value = value;
        this.type = ExceptionType.RUNTIME_ERROR;
        this.exitStatus = 0;
    }

    private GoGuestException(String message, ExceptionType type, int exitStatus) {
        super(message);
        this.panic = null;
        this.message = message;
        this.value = NilObject.INSTANCE;
        this.type = type;
        this.exitStatus = exitStatus;
    }

    private final String message;

    /** An unrecovered panic: Go's report line, and the panic value as the embedder sees it. */
    public static GoGuestException panic(GoPanicException p, String message, Object exportedValue) {
        return new GoGuestException(p, message, exportedValue);
    }

    /** A fatal error (its message is Go's {@code fatal error: ...} line). */
    public static GoGuestException fatal(String message) {
        return new GoGuestException(message, ExceptionType.RUNTIME_ERROR, 0);
    }

    /** os.Exit(code): the embedder sees an exit with that status, as a process would. */
    public static GoGuestException exit(int code) {
        return new GoGuestException("exit status " + code, ExceptionType.EXIT, code);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @ExportMessage
    boolean isException() {
        return true;
    }

    @ExportMessage
    RuntimeException throwException() {
        throw this;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return type;
    }

    @ExportMessage
    int getExceptionExitStatus() throws UnsupportedMessageException {
        if (type != ExceptionType.EXIT) {
            throw UnsupportedMessageException.create();
        }
        return exitStatus;
    }

    /** Where the panic was raised: the panic call, or the statement where a run-time error happened. */
    @ExportMessage
    @TruffleBoundary
    boolean hasSourceLocation() {
        return sourceLocation() != null;
    }

    @ExportMessage
    @TruffleBoundary
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        SourceSection s = sourceLocation();
        if (s == null) {
            throw UnsupportedMessageException.create();
        }
        return s;
    }

    private SourceSection sourceLocation() {
        Node at = panic != null ? panic.placedAt() : getLocation();
        return at == null ? null : at.getEncapsulatingSourceSection();
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    Object getExceptionMessage() {
        return message;
    }
}
