package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An interop iterator over Go values produced one at a time: a map's entries (from a snapshot of its keys, like a
 * range loop) or what a channel receives until it is closed.
 */
@ExportLibrary(InteropLibrary.class)
final class GoIterator implements TruffleObject {
    /** Produces the next exported element, or {@link #END}. */
    interface Source {
        Object next();
    }

    static final Object END = new Object();

    private final Source source;
    private Object lookahead;

    GoIterator(Source source) {
        this.source = source;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    synchronized boolean hasIteratorNextElement() {
        if (lookahead == null) {
            lookahead = source.next();
        }
        return lookahead != END;
    }

    @ExportMessage
    @TruffleBoundary
    synchronized Object getIteratorNextElement() throws StopIterationException {
        if (!hasIteratorNextElement()) {
            throw StopIterationException.create();
        }
        Object v = lookahead;
        lookahead = null;
        return v;
    }
}
