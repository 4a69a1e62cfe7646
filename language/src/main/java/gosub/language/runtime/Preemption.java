package gosub.language.runtime;

import com.oracle.truffle.api.nodes.Node;

/**
 * Cooperative preemption at loop back-edges (DESIGN.md rule 7): a goroutine whose time slice is spent yields to the
 * scheduler. The check is one field read on the goroutine's state.
 */
public final class Preemption {
    private Preemption() {
    }

    /** {@code loop} is where the goroutine yields: a traceback taken while it is off its M shows that line. */
    public static void check(GoroutineState g, Node loop) {
        gosub.runtime.Goroutine rg = g.goroutine;
        if (rg != null && rg.preemptRequested()) {
            g.position = loop;
            g.yieldNow();
        }
    }
}
