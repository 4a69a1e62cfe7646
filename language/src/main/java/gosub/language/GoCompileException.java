package gosub.language;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

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
    /** Where the first error is, when the source is one the embedder gave (null otherwise). */
    private final SourceSection location;

    private GoCompileException(String message, boolean foundByCompiler, SourceSection location) {
        super(message);
        this.foundByCompiler = foundByCompiler;
        this.location = location;
    }

    private GoCompileException(String message, boolean foundByCompiler) {
        this(message, foundByCompiler, null);
    }

    /** Syntax or type errors in the program's source. */
    public static GoCompileException compileErrors(String message) {
        return new GoCompileException(message, true);
    }

    /**
     * Syntax or type errors in source, the first at line and column col (1-based): the polyglot API reports that place
     * as the exception's source location, where an IDE or an embedder's editor can show it.
     */
    public static GoCompileException compileErrors(String message, Source source, int line, int col) {
        return new GoCompileException(message, true, at(source, line, col));
    }

    /** The character at line:col of source, or the line when the column is past its end; null if there is no such line. */
    private static SourceSection at(Source source, int line, int col) {
        if (source == null || !source.hasCharacters() || line < 1 || line > source.getLineCount()) {
            return null;
        }
        int length = source.getLineLength(line);
        if (col >= 1 && col <= length) {
            return source.createSection(line, col, 1);
        }
        return source.createSection(line);
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return location != null;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection sourceLocation() throws UnsupportedMessageException {
        if (location == null) {
            throw UnsupportedMessageException.create();
        }
        return location;
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
