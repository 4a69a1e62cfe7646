package gosub.language.runtime;

import gosub.language.nodes.GoRootNode;

/**
 * The deferred calls of one function activation while they run, as its goroutine's frames must show them: Go runs a
 * deferred call on top of the stack it has then, so the frame below a deferred call is not the defer statement but
 * either the function returning (at its return statement, or at its closing brace when it runs off its end), or,
 * during a panic, runtime.gopanic over the frames the panic has passed (the panicking line first), which Go unwinds
 * only once a deferred call recovers.
 *
 * <p>Kept by GoroutineState#deferredRun, innermost first, and set only where deferred calls run
 * (gosub.language.nodes.controlflow.DeferList), so calls pay nothing for it; gosub.language.traceback.GoroutineStacks
 * puts these frames in place of the defer statement's call site.
 */
public final class DeferredRun {
    /** The call depth of the deferred calls: one deeper than the function that deferred them. */
    public final int depth;
    /** The function that deferred them. */
    public final GoRootNode function;
    /** The line it returns at (its return statement, or its closing brace), for deferred calls run at its return. */
    public final int returnLine;
    /** The panic the call running now is run for, or null when it runs at the function's return. */
    public GoPanicException panic;
    /** The deferred calls under way further out in the goroutine, or null. */
    public final DeferredRun outer;

    public DeferredRun(int depth, GoRootNode function, int returnLine, DeferredRun outer) {
        this.depth = depth;
        this.function = function;
        this.returnLine = returnLine;
        this.outer = outer;
    }
}
