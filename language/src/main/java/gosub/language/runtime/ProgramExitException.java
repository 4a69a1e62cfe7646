package gosub.language.runtime;

/** os.Exit(code): ends the program at once, without running deferred calls. */
public final class ProgramExitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final int code;

    public ProgramExitException(int code) {
        super(null, null, false, false);
        this.code = code;
    }
}
