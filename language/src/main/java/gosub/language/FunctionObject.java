package gosub.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import gosub.language.interop.GoCalls;
import gosub.language.interop.GoObject;
import gosub.language.nodes.GoArguments;
import gosub.language.types.FuncType;

import java.util.List;

/** A package's function callable from Java: arguments convert to the parameter types, the result back (interop.GoCalls). */
@ExportLibrary(InteropLibrary.class)
final class FunctionObject extends GoObject {
    private final CallTarget target;
    private final FuncType sig;
    private final String name;
    private final List<String> paramNames;
    private final GoContext context;

    FunctionObject(GoContext context, CallTarget target, FuncType sig, String name, List<String> paramNames) {
        this.context = context;
        this.target = target;
        this.sig = sig;
        this.name = name;
        this.paramNames = paramNames;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) throws ArityException, UnsupportedTypeException {
        return GoCalls.call(context, name, sig, paramNames, arguments,
                        (g, params) -> target.call((com.oracle.truffle.api.nodes.Node) null, GoArguments.of(g, null, params)));
    }

    @Override
    protected String displayString(boolean allowSideEffects) {
        return "func " + name + sig.signatureString();
    }
}
