package gosub.language.interop;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.GoContext;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.values.ByteStrings;

/**
 * A function of another language (a Java lambda, a JavaScript function) called from Go as a func of signature sig:
 * the Go arguments are exported, the host function runs on the calling goroutine's thread, and its result is
 * converted to the Go result types. A failure in the host function, or a result that does not fit, is a Go panic
 * the caller can recover; a Go panic that went out through the host function comes back as itself.
 */
final class HostFunctionRoot extends RootNode {
    private final GoContext ctx;
    private final FuncType sig;

    private HostFunctionRoot(GoContext ctx, FuncType sig) {
        super(ctx.language);
        this.ctx = ctx;
        this.sig = sig;
    }

    /** The call target for host functions of signature sig (one per signature and context). */
    static CallTarget target(GoContext ctx, FuncType sig) {
        return ctx.hostFunctions.computeIfAbsent(sig, s -> new HostFunctionRoot(ctx, s).getCallTarget());
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] params = new Object[sig.params.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = GoArguments.param(frame, i);
        }
        return call(GoArguments.environment(frame), params);
    }

    @Override
    public String getName() {
        return "host function " + sig;
    }

    @TruffleBoundary
    private Object call(Object fn, Object[] params) {
        Object[] hostArgs = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            hostArgs[i] = GoToHost.exportArgument(ctx, sig.params.get(i), params[i]);
        }
        InteropLibrary lib = InteropLibrary.getUncached();
        Object r;
        try {
            r = lib.execute(fn, hostArgs);
        } catch (GoGuestException e) {
            if (e.panic != null) {
                throw e.panic;
            }
            throw panic(e.getMessage());
        } catch (AbstractTruffleException e) {
            if (isRuntimeError(lib, e)) {
                throw panic(String.valueOf(ForeignValues.describeException(e)));
            }
            throw e;
        } catch (InteropException e) {
            throw panic(e.getMessage());
        }
        try {
            return switch (sig.results.size()) {
                case 0 -> null;
                case 1 -> HostToGo.convert(ctx, sig.results.get(0), r, "result of host function " + sig);
                default -> results(lib, r);
            };
        } catch (HostToGo.Mismatch e) {
            throw panic(e.getMessage());
        } catch (InteropException e) {
            throw panic("host function " + sig + " returned " + lib.toDisplayString(r) + ", not " + sig.results.size() + " results");
        }
    }

    private Object[] results(InteropLibrary lib, Object r) throws InteropException, HostToGo.Mismatch {
        if (!lib.hasArrayElements(r) || lib.getArraySize(r) != sig.results.size()) {
            throw HostToGo.mismatch(gosub.language.types.Types.tuple(sig.results), r, "results of host function " + sig, null);
        }
        Object[] out = new Object[sig.results.size()];
        for (int i = 0; i < out.length; i++) {
            GoType t = sig.results.get(i);
            out[i] = HostToGo.convert(ctx, t, lib.readArrayElement(r, i), "result " + (i + 1) + " of host function " + sig);
        }
        return out;
    }

    private static boolean isRuntimeError(InteropLibrary lib, AbstractTruffleException e) {
        try {
            return lib.getExceptionType(e) == ExceptionType.RUNTIME_ERROR;
        } catch (InteropException x) {
            return false;
        }
    }

    /** A Go panic with an error value whose Error() is message. */
    private static GoPanicException panic(String message) {
        return RuntimeErrors.plain(ByteStrings.fromJava(message));
    }
}
