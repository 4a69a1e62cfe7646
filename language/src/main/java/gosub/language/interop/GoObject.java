package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import gosub.language.GoLanguage;

/**
 * Base of the objects that are Go's own when another language meets them (values, types, functions): they say
 * that they belong to Go, so tools and embedders can ask Go for their display string and meta object. Subclasses
 * export the rest of the interop protocol and inherit these messages; each says how it is displayed.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class GoObject implements TruffleObject {
    @ExportMessage
    public final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    public final Class<? extends TruffleLanguage<?>> getLanguage() {
        return GoLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    public final Object toDisplayString(boolean allowSideEffects) {
        return displayString(allowSideEffects);
    }

    /** How Go shows this object; allowSideEffects: Go code (a String or Error method) may run to say it. */
    protected abstract String displayString(boolean allowSideEffects);
}
