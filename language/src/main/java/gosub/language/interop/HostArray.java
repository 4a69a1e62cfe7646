package gosub.language.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A read-only interop array of values already exported or Java strings: a call's several results, a map entry's
 * key and value, the member names of an object or a scope.
 */
@ExportLibrary(InteropLibrary.class)
public final class HostArray implements TruffleObject {
    private final Object[] items;

    public HostArray(Object[] items) {
        this.items = items;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return items.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long i) {
        return i >= 0 && i < items.length;
    }

    @ExportMessage
    Object readArrayElement(long i) throws InvalidArrayIndexException {
        if (i < 0 || i >= items.length) {
            throw InvalidArrayIndexException.create(i);
        }
        return items[(int) i];
    }

    /** As fmt prints a slice of the items: {@code [3 2]}, {@code [Add Sub]}. */
    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        InteropLibrary lib = InteropLibrary.getUncached();
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            Object item = items[i];
            if (item instanceof String || item instanceof Number || item instanceof Boolean) {
                sb.append(item);
            } else {
                try {
                    sb.append(lib.asString(lib.toDisplayString(item, allowSideEffects)));
                } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
                    sb.append('?'); // every item is one of ours or a primitive, which all display
                }
            }
        }
        return sb.append(']').toString();
    }
}
