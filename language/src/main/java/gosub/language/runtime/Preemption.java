package gosub.language.runtime;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.nodes.GoArguments;

/**
 * Cooperative preemption at loop back-edges (DESIGN.md rule 7): a goroutine whose time slice is spent yields to the
 * scheduler. The check is one field read on the goroutine's state.
 */
public final class Preemption {
    private Preemption() {
    }

    /** {@code loop} is where the goroutine yields: a traceback taken while it is off its M shows that line. */
    public static void check(Frame frame, Node loop) {
        GoroutineState g = GoArguments.goroutine(frame);
        gosub.runtime.Goroutine rg = g.goroutine;
        if (rg != null && rg.preemptRequested()) {
            g.recordPosition(loop, frame);
            g.yieldNow();
        }
    }
}
