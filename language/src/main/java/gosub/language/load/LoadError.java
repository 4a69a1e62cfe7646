package gosub.language.load;

/**
 * Why the go command would not compile the program, found before type checking (a file that cannot be read, files of
 * several packages, an import cycle, a package no module provides): the message is Go's text.
 */
public final class LoadError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LoadError(String message) {
        super(message, null, false, false);
    }
}
