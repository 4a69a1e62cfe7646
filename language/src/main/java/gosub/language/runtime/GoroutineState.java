package gosub.language.runtime;

/**
 * The interpreter's per-goroutine data, passed to every Go function as argument 0, so that nothing depends on
 * which thread runs the goroutine (DESIGN.md rule 1). It links to the scheduler's goroutine record.
 */
public final class GoroutineState {
    /** The runtime's goroutine (gosub.runtime), or null when running outside the scheduler. */
    public Object goroutine;
    public final long id;
    /** Depth of Go calls, for Go's "stack overflow" fatal error instead of a JVM StackOverflowError. */
    public int depth;
    /** The panic being handled while deferred calls run (what recover() returns), or null. */
    public GoPanicException panicking;
    /** The name of the function this goroutine was started with, for traces. */
    public String startFunction = "main.main";

    /** Set by the scheduler integration: true when this goroutine's time slice is spent. */
    public java.util.function.BooleanSupplier preemptHook;
    /** Set by the scheduler integration: yields this goroutine (runtime.Gosched). */
    public Runnable yieldAction;

    public void yieldNow() {
        if (yieldAction != null) {
            yieldAction.run();
        }
    }

    public GoroutineState(long id) {
        this.id = id;
    }
}
