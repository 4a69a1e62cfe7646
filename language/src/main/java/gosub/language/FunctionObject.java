package gosub.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import gosub.language.runtime.GoroutineState;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.values.ByteStrings;

/** A Go function callable from Java: arguments are converted to the parameter types, the result back to Java. */
@ExportLibrary(InteropLibrary.class)
final class FunctionObject implements TruffleObject {
    private final CallTarget target;
    private final FuncType sig;
    private final String name;

    FunctionObject(CallTarget target, FuncType sig, String name) {
        this.target = target;
        this.sig = sig;
        this.name = name;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) throws ArityException, UnsupportedTypeException {
        if (arguments.length != sig.params.size()) {
            throw ArityException.create(sig.params.size(), sig.params.size(), arguments.length);
        }
        Object[] a = new Object[arguments.length + 2];
        a[0] = new GoroutineState(1);
        InteropLibrary lib = InteropLibrary.getUncached();
        for (int i = 0; i < arguments.length; i++) {
            a[i + 2] = toGo(lib, arguments[i], sig.params.get(i), arguments);
        }
        Object r = target.call(a);
        return toHost(r);
    }

    private static Object toGo(InteropLibrary lib, Object v, GoType t, Object[] all) throws UnsupportedTypeException {
        try {
            if (t.isInteger()) {
                return lib.asLong(v);
            }
            if (t.isFloat()) {
                return lib.asDouble(v);
            }
            if (t.isBoolean()) {
                return lib.asBoolean(v);
            }
            if (t.isString()) {
                return ByteStrings.fromJava(lib.asString(v));
            }
        } catch (UnsupportedMessageException e) {
            throw UnsupportedTypeException.create(all, "expected a value for Go type " + t);
        }
        throw UnsupportedTypeException.create(all, "unsupported Go parameter type " + t);
    }

    private static Object toHost(Object r) {
        if (r == null || r instanceof Long || r instanceof Double || r instanceof Boolean) {
            return r == null ? gosub.language.values.NilObject.INSTANCE : r;
        }
        if (r instanceof String s) {
            return ByteStrings.toJava(s);
        }
        return String.valueOf(r);
    }
}
