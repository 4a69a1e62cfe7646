package gosub.language.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ControlFlowException;
import gosub.language.nodes.GoRootNode;
import gosub.language.traceback.GoroutineStacks;
import gosub.language.traceback.StackFrame;

/**
 * A goroutine ran out of stack (its M's Java stack): Go's {@code fatal error: stack overflow}, which ends the program
 * without running deferred calls. A Go function entered past the goroutine's limit of calls under way
 * ({@link GoroutineState#depth}), or the first one that sees the JVM's StackOverflowError, throws this; a few frames
 * further up the program ends with the report (or at the goroutine's top, {@link Goroutines#runTop}, if
 * the overflow was closer to it than that).
 *
 * <p>Why not let the StackOverflowError itself unwind: Truffle records the guest frames of an exception that is not a
 * ControlFlowException as it passes each call, one object per frame, and by the time the JVM's stack is exhausted
 * it holds hundreds of thousands (interpreted) to millions (compiled) of Go frames. As a ControlFlowException this
 * carries no Java stack trace and Truffle records nothing for it; the report's frames are taken once, a few frames
 * above the overflow where there is room to walk them.
 *
 * <p>Why the program ends there rather than at the goroutine's top: the exception would have to leave every one of the
 * hundreds of thousands of frames below, and Truffle's compiled code for a function that has never seen an exception
 * pass through it deoptimizes as one does (its profile of exception types), frame by frame: tens of seconds to
 * minutes once the recursion has been compiled. Go runs no deferred calls here, so nothing below needs to run.
 */
public final class StackOverflow extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    /** How many Go frames the exception climbs before it walks the stack for the report (room to walk it in). */
    private static final int CLIMB = 64;
    /** Go's traceback prints this many frames of a goroutine, then {@code ...additional frames elided...}. */
    public static final int TRACEBACK_FRAMES = 100;

    /** The function that ran out of stack (the innermost frame of the report). */
    private final GoRootNode innermost;
    private int climbed;
    private List<StackFrame> frames;
    private boolean elided;

    private StackOverflow(GoRootNode innermost) {
        this.innermost = innermost;
    }

    /** The innermost Go function saw the JVM's StackOverflowError. */
    public static StackOverflow caughtIn(GoRootNode root) {
        return new StackOverflow(root);
    }

    /**
     * The exception passes a Go function of goroutine G on its way to the goroutine's top; returns itself, to be
     * thrown on. {@link #CLIMB} frames up, where there is room, it ends the program with the report (and the
     * goroutine never resumes).
     */
    public StackOverflow passing(GoroutineState g) {
        if (++climbed == CLIMB) {
            endProgram(g);
        }
        return this;
    }

    @TruffleBoundary
    private void endProgram(GoroutineState g) {
        takeFrames();
        if (g != null && g.goroutine != null) {
            Goroutines.endWithStackOverflow(g, this);
        }
    }

    @TruffleBoundary
    private void takeFrames() {
        List<StackFrame> out = new ArrayList<>();
        out.add(GoroutineStacks.atEntry(innermost));
        elided = GoroutineStacks.addCallers(out, TRACEBACK_FRAMES);
        frames = out;
    }

    /** The frames of the report, innermost first (null if the overflow was within a few frames of the top). */
    public List<StackFrame> frames() {
        return frames;
    }

    /** Whether the goroutine had more frames than the report shows. */
    public boolean elided() {
        return elided;
    }
}
