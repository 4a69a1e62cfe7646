package gosub.language.runtime;

/**
 * The interpreter's per-goroutine data, passed to every Go function as argument 0, so that nothing depends on
 * which thread runs the goroutine (DESIGN.md rule 1). It links to the scheduler's goroutine record.
 */
public final class GoroutineState {
    /** The runtime's goroutine (calls from other languages run on goroutines too; a timer callback passes its M's system goroutine). */
    public gosub.runtime.Goroutine goroutine;
    public final long id;
    /** Depth of Go calls, for Go's "stack overflow" fatal error instead of a JVM StackOverflowError. */
    public int depth;
    /** The panic being handled while deferred calls run (what recover() returns), or null. */
    public GoPanicException panicking;
    /** The name of the function this goroutine was started with, for traces. */
    public String startFunction = "main.main";

    /** Yields this goroutine to the scheduler (runtime.Gosched, or preemption). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public void yieldNow() {
        if (goroutine != null) {
            goroutine.scheduler().gosched(goroutine);
        }
    }

    public GoroutineState(long id) {
        this.id = id;
    }
}
