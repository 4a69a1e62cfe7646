package gosub.language.methods;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.GoArguments;

import java.util.function.Function;

/**
 * A method written in Java (the methods of runtime.Error values) as a call target, so that interface calls, method
 * values and fmt reach it exactly as they reach a Go method.
 */
final class JavaMethodRoot extends RootNode {
    private final String name;
    private final Function<Object, Object> body;

    private JavaMethodRoot(TruffleLanguage<?> language, String name, Function<Object, Object> body) {
        super(language);
        this.name = name;
        this.body = body;
    }

    static CallTarget create(TruffleLanguage<?> language, String name, Function<Object, Object> body) {
        return new JavaMethodRoot(language, name, body).getCallTarget();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(body, GoArguments.param(frame, 0));
    }

    @TruffleBoundary
    private static Object run(Function<Object, Object> body, Object receiver) {
        return body.apply(receiver);
    }

    @Override
    public String getName() {
        return name;
    }
}
