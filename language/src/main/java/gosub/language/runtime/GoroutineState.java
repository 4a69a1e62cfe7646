package gosub.language.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.Node;

/**
 * The interpreter's per-goroutine data, passed to every Go function as argument 0, so that nothing depends on
 * which thread runs the goroutine (DESIGN.md rule 1). It links to the scheduler's goroutine record.
 *
 * <p>It also keeps what tracebacks of goroutines other than the one printing need (deadlock, SIGQUIT,
 * GOTRACEBACK=all, the leak report, the debugger's goroutine list): {@link #position}, the node where it last
 * blocked, yielded or called a native that can block or call back into Go, {@link #positionDepth}, the call depth of
 * the function that node is in, and {@link #callSites}, where entry d is the node that made the call under way at
 * depth d. Entries above the depth of the function running are left over from calls that have returned: they are
 * overwritten by the next call at that depth and never read, so a return records nothing. Truffle's own frames
 * cannot serve: they belong to the thread, and a parked goroutine's frames are in its unmounted continuation (see
 * gosub.language.traceback.GoroutineStacks).
 */
public final class GoroutineState implements gosub.runtime.Goroutine.Body {
    /** The runtime's goroutine (calls from other languages run on goroutines too; a timer callback passes its M's system goroutine). */
    public gosub.runtime.Goroutine goroutine;
    /** The goroutine's id; for one a go statement started, set when it starts (the scheduler numbers it). */
    public long id;
    /** The panic being handled while deferred calls run (what recover() returns), or null. */
    public GoPanicException panicking;
    /**
     * While a function's deferred calls run at its normal return: the panic that function itself could recover,
     * which a deferred {@code recover()} of it recovers (Go counts that as the function's own call); null while they
     * run because the function panicked, as the deferred recover is then called by the panic, not by the function.
     */
    public GoPanicException panickingAtReturn;
    /** The innermost function whose deferred calls are running, or null (what its frames show below them). */
    public DeferredRun deferredRun;
    /** The name of the function this goroutine was started with, for traces. */
    public String startFunction = "main.main";
    /** The go statement that created this goroutine, or null (goroutine 1, a goroutine the runtime started). */
    public Node createdAt;
    /** The id of the goroutine that ran the go statement (0 when none did). */
    public long creatorId;

    /**
     * For a goroutine a go statement started: the function it runs, and until it starts, its arguments. The state
     * itself is the scheduler's {@link gosub.runtime.Goroutine.Body}, so that a goroutine costs no closure object
     * (a million parked goroutines each keep what they were started with).
     */
    CallTarget startTarget;
    Object[] startArgs;

    /** The root node of the function the goroutine was started with (null for goroutine 1 and calls from Java). */
    public Node startRoot() {
        return startTarget instanceof com.oracle.truffle.api.RootCallTarget rt ? rt.getRootNode() : null;
    }

    /** Where the goroutine was when it last blocked, yielded or called a native that can (null before it did). */
    public Node position;
    /** The call depth of the function {@link #position} is in (gosub.language.nodes.GoArguments#depth). */
    public int positionDepth;
    /** Entry d: the node that made the call under way at depth d (valid up to {@link #positionDepth}). */
    public Node[] callSites = NO_SITES;

    private static final Node[] NO_SITES = new Node[0];

    /**
     * How many Go functions of this goroutine are running (entered and not yet left). Counting them is Go's own
     * stack check (its function prologues compare against the stack's limit): past {@link #depthLimit} the goroutine
     * dies of Go's stack overflow while the M's Java stack still has room to report it. Left to the JVM's
     * StackOverflowError, Truffle's own code at the stack's edge overflows again and again, and one such error that
     * leaves a call target makes Truffle walk the whole stack, millions of frames, to record them.
     */
    public int depth;
    /** The deepest {@link #depth} allowed: the M's stack divided by a generous interpreted frame (see GoContext). */
    public int depthLimit = Integer.MAX_VALUE;

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

    /** Links this state and g, the runtime's goroutine that runs it (each reaches the other). */
    void bindTo(gosub.runtime.Goroutine g) {
        goroutine = g;
        id = g.id();
        g.attach(this);
    }

    /**
     * Runs the goroutine g a go statement started with this state ({@link Goroutines#spawn}): calls its function
     * directly rather than through {@link Goroutines#runTop}, since until the JIT has inlined them each Java call
     * between the continuation's entry and the function is one more frame in the saved stack of every parked
     * goroutine.
     */
    @Override
    public void run(gosub.runtime.Goroutine g) {
        bindTo(g);
        Object[] args = startArgs;
        // the function's frame holds the arguments from here on; the state should not keep them after it returns
        startArgs = null;
        gosub.language.nodes.GoArguments.setGoroutine(args, this);
        try {
            startTarget.call((Node) null, args);
        } catch (RuntimeException | Error e) {
            Goroutines.endTop(g, this, e);
        }
    }

    /**
     * Records that the goroutine is at {@code where}, in the function running in {@code frame}, before it may block
     * there (or call back into Go, or yield).
     */
    public void recordPosition(Node where, Frame frame) {
        position = where;
        positionDepth = gosub.language.nodes.GoArguments.depth(frame.getArguments());
    }

    /** Notes that the call at depth is made at site (gosub.language.nodes.GoArguments#enter). */
    public void enterCall(int depth, Node site) {
        Node[] sites = callSites;
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, depth >= sites.length)) {
            sites = grow(depth);
        }
        // loops and recursion call from the same site at the same depth again and again: no store then, and no
        // card mark for the collector
        if (sites[depth] != site) {
            sites[depth] = site;
        }
    }

    @TruffleBoundary
    private Node[] grow(int depth) {
        Node[] bigger = java.util.Arrays.copyOf(callSites, Math.max(Math.max(16, depth + 1), callSites.length * 2));
        callSites = bigger;
        return bigger;
    }
}
