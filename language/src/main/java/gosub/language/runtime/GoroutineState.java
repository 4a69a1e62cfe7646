package gosub.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.Node;

/**
 * The interpreter's per-goroutine data, passed to every Go function as argument 0, so that nothing depends on
 * which thread runs the goroutine (DESIGN.md rule 1). It links to the scheduler's goroutine record.
 *
 * <p>It also keeps where the goroutine last blocked, for tracebacks of goroutines other than the one printing
 * (deadlock, SIGQUIT, GOTRACEBACK=all, the leak report, the debugger's goroutine list): {@link #position}, the node
 * where it last blocked, yielded or called a native that can block or call back into Go, and
 * {@link #positionArguments}, the argument array of the function that node is in, whose caller links
 * ({@link gosub.language.nodes.GoArguments#caller}) lead through the calls under way to the goroutine's first
 * function. Truffle's own frames cannot serve: they belong to the thread, and a parked goroutine's frames are in
 * its unmounted continuation. A call records nothing here (see gosub.language.traceback.GoroutineStacks).
 */
public final class GoroutineState {
    /** The runtime's goroutine (calls from other languages run on goroutines too; a timer callback passes its M's system goroutine). */
    public gosub.runtime.Goroutine goroutine;
    public final long id;
    /** The panic being handled while deferred calls run (what recover() returns), or null. */
    public GoPanicException panicking;
    /** The name of the function this goroutine was started with, for traces. */
    public String startFunction = "main.main";
    /** The root node of the function the goroutine was started with (null for goroutine 1 and calls from Java). */
    public Node startRoot;
    /** The go statement that created this goroutine, or null (goroutine 1, a goroutine the runtime started). */
    public Node createdAt;
    /** The id of the goroutine that ran the go statement (0 when none did). */
    public long creatorId;

    /** Where the goroutine was when it last blocked, yielded or called a native that can (null before it did). */
    public Node position;
    /** The argument array of the function {@link #position} is in. */
    public Object[] positionArguments;

    /** Yields this goroutine to the scheduler (runtime.Gosched, or preemption). */
    @TruffleBoundary
    public void yieldNow() {
        if (goroutine != null) {
            goroutine.scheduler().gosched(goroutine);
        }
    }

    public GoroutineState(long id) {
        this.id = id;
    }

    /**
     * Records that the goroutine is at {@code where}, in the function running in {@code frame}, before it may block
     * there (or call back into Go, or yield). In compiled code this makes the frame's argument array real if the
     * compiler had inlined it away, so only blocking operations and natives that take the goroutine record.
     */
    public void recordPosition(Node where, Frame frame) {
        position = where;
        positionArguments = frame.getArguments();
    }
}
