package gosub.language.stdlib.reflect;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
import gosub.language.types.FuncType;

/**
 * The code of the func a reflect method value (Value.Method) or method expression (Type.Method's Func) is when it
 * leaves reflect through Interface, Set or an argument: its environment is the {@link Held}, so a call made
 * directly in Go does what Value.Call does, reading the receiver when the call happens (Go's reflect does too: a
 * method value of an addressable Value sees later changes to it). One root per signature and context, as the
 * parameters are counted from the signature (a deferred call has one more argument).
 */
final class MethodFuncRoot extends RootNode {
    private final Reflection r;
    private final int params;

    MethodFuncRoot(Reflection r, FuncType sig) {
        super(r.context.language);
        this.r = r;
        this.params = sig.params.size();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = new Object[params];
        for (int i = 0; i < params; i++) {
            args[i] = GoArguments.param(frame, i);
        }
        return call(GoArguments.goroutine(frame), (Held) GoArguments.environment(frame), args);
    }

    @TruffleBoundary
    private Object call(GoroutineState g, Held method, Object[] args) {
        return r.invokeMethod(g, method, args);
    }

    @Override
    public String getName() {
        return "reflect.methodValueCall";
    }
}
