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
    /** Whether the Java code may block or call back into Go, so that the call records the goroutine's position. */
    private final boolean recordsPosition;

    AdaptedNative(JavaNative body, ExprNode[] arguments, boolean recordsPosition) {
        this.body = body;
        this.arguments = arguments;
        this.recordsPosition = recordsPosition;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] params = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            params[i] = arguments[i].execute(frame);
        }
        GoroutineState g = GoArguments.goroutine(frame);
        if (recordsPosition) {
            g.recordPosition(this, frame);
        }
        return call(body, g, params);
    }

    @TruffleBoundary
    private static Object call(JavaNative body, GoroutineState g, Object[] params) {
        return body.call(g, params);
    }
}
