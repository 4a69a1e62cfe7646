package gosub.language.runtime;

/**
 * Cooperative preemption at loop back-edges (DESIGN.md rule 7): a goroutine whose time slice is spent yields to the
 * scheduler. The check is one field read on the goroutine's state.
 */
public final class Preemption {
    private Preemption() {
    }

    public static void check(GoroutineState g) {
        gosub.runtime.Goroutine rg = g.goroutine;
        if (rg != null && rg.preemptRequested()) {
            g.yieldNow();
        }
    }
}
