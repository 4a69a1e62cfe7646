package gosub.language.natives;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;

/**
 * A standard-library function implemented in Java, as a node whose children are the Go arguments (receiver first
 * for a method). Its specialisations take them typed (long, double, boolean, String; Object for values that may be
 * nil), so numbers stay unboxed, and keep boundaries around the Java library code they call, so the rest is
 * compiled with the caller. Subclasses are annotated @GenerateNodeFactory and @NodeInfo(shortName = Go name) and
 * registered in {@link Natives}.
 */
@NodeChild(value = "arguments", type = ExprNode[].class)
public abstract class NativeNode extends ExprNode {
    /**
     * The running goroutine, which a native that may block (or call back into Go) takes this way: it records that
     * the goroutine is at node, for tracebacks taken while it waits.
     */
    public static GoroutineState blockingAt(Node node, VirtualFrame frame) {
        GoroutineState g = GoArguments.goroutine(frame);
        g.recordPosition(node, frame);
        return g;
    }
}
