package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.GoRootNode;
import gosub.language.runtime.DeferredRun;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.traceback.GoroutineStacks;

import java.util.Arrays;

/**
 * The deferred calls of one function activation, run last-in first-out when it returns or panics. A deferred call
 * that recovers stops the panic; one that panics replaces it (Go chains the two in the report).
 */
public final class DeferList {
    /** One deferred call with its arguments already evaluated. */
    public interface Deferred {
        void run(GoroutineState g);
    }

    /**
     * The calls in the order deferred. Most functions defer one call (a million goroutines parked under
     * {@code defer wg.Done()} each keep their list), so the first is held in a field and a growable array is made
     * only for a second.
     */
    private Deferred first;
    private Deferred[] more;
    private int count;
    /** The line of the return statement the function is returning at; 0 while it has not reached one. */
    private int returnLine;

    @TruffleBoundary
    private static DeferList create() {
        return new DeferList();
    }

    public static void push(VirtualFrame frame, int slot, Deferred d) {
        Object o = frame.getObjectStatic(slot);
        DeferList list;
        if (o == null) {
            list = create();
            frame.setObjectStatic(slot, list);
        } else {
            list = (DeferList) o;
        }
        list.add(d);
    }

    @TruffleBoundary
    private void add(Deferred d) {
        if (count == 0) {
            first = d;
        } else {
            if (more == null) {
                more = new Deferred[4];
            } else if (count > more.length) {
                more = Arrays.copyOf(more, more.length * 2);
            }
            more[count - 1] = d;
        }
        count++;
    }

    /** Takes the call deferred last off the list. */
    private Deferred removeLast() {
        int i = --count;
        Deferred d;
        if (i == 0) {
            d = first;
            first = null;
        } else {
            d = more[i - 1];
            more[i - 1] = null;
        }
        return d;
    }

    /**
     * Notes that the function of frame returns at the return statement on line (its deferred calls show it there);
     * nothing to note before it has deferred a call.
     */
    public static void noteReturn(VirtualFrame frame, int slot, int line) {
        Object o = frame.getObjectStatic(slot);
        if (o != null) {
            ((DeferList) o).returnLine = line;
        }
    }

    /**
     * Runs the deferred calls of function, running in frame, as it returns (panic null) or panics; a deferred call's
     * frames show function returning or the panic's frames below it (gosub.language.runtime.DeferredRun).
     */
    public static GoPanicException runAll(VirtualFrame frame, int slot, GoroutineState g, GoPanicException panic, GoRootNode function) {
        Object o = frame.getObjectStatic(slot);
        if (o == null) {
            return panic;
        }
        return ((DeferList) o).run(g, panic, function, GoArguments.depth(frame.getArguments()));
    }

    /** Runs the deferred calls of the function running in frame as runtime.Goexit ends its goroutine. */
    public static GoPanicException runAllAtExit(VirtualFrame frame, int slot, GoroutineState g) {
        Object o = frame.getObjectStatic(slot);
        if (o == null) {
            return null;
        }
        return ((DeferList) o).run(g, null, null, 0);
    }

    @TruffleBoundary
    private GoPanicException run(GoroutineState g, GoPanicException panic, GoRootNode function, int depth) {
        DeferList list = this;
        GoPanicException outer = g.panicking;
        GoPanicException outerAtReturn = g.panickingAtReturn;
        DeferredRun outerRun = g.deferredRun;
        DeferredRun run = function == null ? null : new DeferredRun(depth + 1, function, returnLine(function), outerRun);
        while (list.count > 0) {
            Deferred d = list.removeLast();
            g.panicking = panic;
            g.panickingAtReturn = panic == null ? outer : null;
            if (run != null) { // runtime.Goexit's deferred calls keep their defer statements' frames
                run.panic = panic;
                g.deferredRun = run;
            }
            try {
                d.run(g);
            } catch (GoPanicException p) {
                if (run != null && p != panic) {
                    // the new panic started on top of the frames below the deferred call (Go's report shows them)
                    GoroutineStacks.addCallerOfDeferred(run, p.frames);
                }
                if (panic != null && p != panic) {
                    p.previous = panic; // Go reports the chain, marking the recovered ones
                }
                panic = p;
            } finally {
                g.panicking = outer;
                g.panickingAtReturn = outerAtReturn;
                g.deferredRun = outerRun;
            }
            if (panic != null && panic.recovered) {
                panic = null;
            }
        }
        return panic;
    }

    /** Where function returns: the return statement it reached, else its closing brace. */
    private int returnLine(GoRootNode function) {
        if (returnLine > 0) {
            return returnLine;
        }
        com.oracle.truffle.api.source.SourceSection s = function.getSourceSection();
        return s == null || !s.isAvailable() ? 0 : s.getEndLine();
    }
}
