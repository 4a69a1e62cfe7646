package gosub.language.values;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Go's nil (or no result) as seen from other languages. */
@ExportLibrary(InteropLibrary.class)
public final class NilObject implements TruffleObject {
    public static final NilObject INSTANCE = new NilObject();

    @ExportMessage
    boolean isNull() {
        return true;
    }

    /** As fmt's %v prints a nil pointer, map or interface. */
    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "<nil>";
    }
}
