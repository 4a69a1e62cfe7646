package gosub.language.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The interpreter's per-goroutine data, passed to every Go function as argument 0, so that nothing depends on
 * which thread runs the goroutine (DESIGN.md rule 1). It links to the scheduler's goroutine record.
 *
 * <p>It also keeps the goroutine's call chain for tracebacks of goroutines other than the one printing (deadlock,
 * SIGQUIT, GOTRACEBACK=all, the leak report, the debugger's goroutine list): {@link #callSites} holds the call node
 * of every Go call under way, outermost first, and {@link #position} the node where the innermost function last
 * blocked, yielded or called a native. Truffle's own frames cannot serve: they belong to the thread, and a parked
 * goroutine's frames are in its unmounted continuation. Keeping the chain costs a store and a restore per call
 * (see gosub.language.traceback.GoroutineStacks for the measurements).
 */
public final class GoroutineState {
    private static final Node[] NO_SITES = new Node[0];

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

    /** The call nodes of the Go calls under way in this goroutine, outermost first; valid below {@link #callDepth}. */
    public Node[] callSites = NO_SITES;
    public int callDepth;
    /** Where the innermost function was when it last blocked, yielded or called a native (null before it did). */
    public Node position;

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
     * Records that a call at {@code site} is under way; returns the depth to give back to {@link #returnTo} when
     * it returns or a panic passes through it. Other exceptions (Goexit, os.Exit, a fatal error) end the goroutine,
     * so no finally block is needed.
     */
    public int enterCall(Node site) {
        int d = callDepth;
        Node[] sites = callSites;
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, d >= sites.length)) {
            sites = grow();
        }
        // recursion and loops call from the same sites at the same depths again and again: skipping the store
        // then also skips the GC's card mark that a reference store into an array costs
        if (sites[d] != site) {
            sites[d] = site;
        }
        callDepth = d + 1;
        return d;
    }

    public void returnTo(int d) {
        callDepth = d;
    }

    @TruffleBoundary
    private Node[] grow() {
        Node[] bigger = java.util.Arrays.copyOf(callSites, Math.max(8, callSites.length * 2));
        callSites = bigger;
        return bigger;
    }
}
