package gosub.language;

import gosub.language.nodes.GoArguments;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import gosub.language.runtime.ProgramExitException;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Goroutines;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.values.ByteStrings;

/** A Go function callable from Java: arguments are converted to the parameter types, the result back to Java. */
@ExportLibrary(InteropLibrary.class)
final class FunctionObject implements TruffleObject {
    private final CallTarget target;
    private final FuncType sig;
    private final String name;

    private final GoContext context;

    FunctionObject(GoContext context, CallTarget target, FuncType sig, String name) {
        this.context = context;
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
        Object[] a = GoArguments.create(arguments.length);
        InteropLibrary lib = InteropLibrary.getUncached();
        for (int i = 0; i < arguments.length; i++) {
            GoArguments.setParam(a, i, toGo(lib, arguments[i], sig.params.get(i), arguments));
        }
        // the call runs as goroutine 1 of its own scheduler, so it may use goroutines and channels
        Object[] result = new Object[1];
        RuntimeException[] failure = new RuntimeException[1];
        int code = context.newScheduler().runMain(g -> {
            GoroutineState s = Goroutines.stateFor(g, name);
            GoArguments.setGoroutine(a, s);
            try {
                result[0] = target.call((com.oracle.truffle.api.nodes.Node) null, a);
            } catch (GoPanicException | ProgramExitException e) {
                failure[0] = e;
            }
        }, GoContext.cancellableEndWait(null));
        context.flush();
        if (failure[0] instanceof GoPanicException p) {
            throw new GoRuntimeError("panic: " + PanicReport.format(context, p, new GoroutineState(1)).substring(7).split("\n")[0]);
        }
        if (failure[0] instanceof ProgramExitException e) {
            throw new GoRuntimeError("os.Exit(" + e.code + ") called from " + name);
        }
        if (code != 0) {
            throw new GoRuntimeError(name + " ended with status " + code);
        }
        return toHost(result[0]);
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
