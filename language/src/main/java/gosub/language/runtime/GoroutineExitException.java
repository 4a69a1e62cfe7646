package gosub.language.runtime;

/**
 * runtime.Goexit: unwinds the goroutine running every deferred call (recover() returns nil meanwhile, and nothing
 * can stop it), then ends the goroutine.
 */
public final class GoroutineExitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GoroutineExitException() {
        super(null, null, false, false);
    }
}
