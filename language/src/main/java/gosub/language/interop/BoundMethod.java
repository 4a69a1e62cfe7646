package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A method read as a member ({@code point.getMember("Dist")}): Go's method value, bound to its receiver. */
@ExportLibrary(InteropLibrary.class)
final class BoundMethod implements TruffleObject {
    private final GoValue receiver;
    private final String name;

    BoundMethod(GoValue receiver, String name) {
        this.receiver = receiver;
        this.name = name;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] args) throws ArityException, UnsupportedTypeException, UnsupportedMessageException {
        try {
            return InteropLibrary.getUncached().invokeMember(receiver, name, args);
        } catch (UnknownIdentifierException e) {
            throw UnsupportedMessageException.create(e);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return "method " + receiver.type + "." + name;
    }
}
