package gosub.language.runtime;

import java.util.List;

import gosub.language.traceback.StackFrame;
import gosub.runtime.FatalError;

/**
 * A fatal error together with the Go frames of the goroutine where a node raised it (innermost first), so that the
 * report at the goroutine's top shows the line of the failing operation and its callers, as Go's throw does, rather
 * than the goroutine's start function alone. Made by {@link Goroutines#locate}; it unwinds as any FatalError does:
 * no deferred call runs and recover never sees it.
 */
public final class LocatedFatalError extends FatalError {
    private static final long serialVersionUID = 1L;

    /** The goroutine's frames where the error was raised, innermost first. */
    public final transient List<StackFrame> frames;
    /** Whether the goroutine had more frames than {@link #frames} (Go's traceback elides past a limit). */
    public final boolean elided;

    LocatedFatalError(String message, List<StackFrame> frames, boolean elided) {
        super(message);
        this.frames = frames;
        this.elided = elided;
    }
}
