package gosub.runtime;

/**
 * A Go runtime {@code fatal()}/{@code throw()}: unrecoverable. The interpreter must not let {@code recover}
 * see it; it prints {@code fatal error: MESSAGE} and the goroutine trace and exits with status 2 (through
 * {@link Scheduler#exit}). Raised for misuse such as {@code sync: unlock of unlocked mutex}. Not final: the
 * interpreter's subclass carries the Go frames of the place it was raised, which this module knows nothing of.
 */
public class FatalError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FatalError(String message) {
        super(message, null, false, false);
    }
}
