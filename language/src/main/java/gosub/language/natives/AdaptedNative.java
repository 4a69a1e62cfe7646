package gosub.language.natives;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;

/** The node of a {@link JavaNative}: evaluates the arguments, then runs the Java code behind one boundary. */
final class AdaptedNative extends ExprNode {
    private final JavaNative body;
    @Children private final ExprNode[] arguments;

    AdaptedNative(JavaNative body, ExprNode[] arguments) {
        this.body = body;
        this.arguments = arguments;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] params = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            params[i] = arguments[i].execute(frame);
        }
        GoroutineState g = GoArguments.goroutine(frame);
        g.recordPosition(this, frame); // the Java code may block or call back into Go
        return call(body, g, params);
    }

    @TruffleBoundary
    private static Object call(JavaNative body, GoroutineState g, Object[] params) {
        return body.call(g, params);
    }
}
