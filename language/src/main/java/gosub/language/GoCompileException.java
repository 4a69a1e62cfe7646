package gosub.language;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Why a program does not compile; the message is Go's text. The go command gives two exit statuses here, and a
 * launcher sees only the polyglot exception, so the kind travels as the exception type: what the compiler finds
 * (syntax and type errors, {@code FILE:LINE:COL: message} lines) is a parse error to the polyglot API
 * ({@code PolyglotException.isSyntaxError()}); what the go command finds before compiling (a package that is not
 * main, an unreadable file, an import cycle, a package nothing provides) is not.
 */
@ExportLibrary(InteropLibrary.class)
public final class GoCompileException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final boolean foundByCompiler;

    private GoCompileException(String message, boolean foundByCompiler) {
        super(message);
        this.foundByCompiler = foundByCompiler;
    }

    /** Syntax or type errors in the program's source. */
    public static GoCompileException compileErrors(String message) {
        return new GoCompileException(message, true);
    }

    /** A program the go command would refuse before compiling it. */
    public static GoCompileException loadError(String message) {
        return new GoCompileException(message, false);
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return foundByCompiler ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }
}
