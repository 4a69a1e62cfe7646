package gosub.language.load;

/**
 * Why the go command would not compile the program, found before type checking (a file that cannot be read, files of
 * several packages, an import cycle, a package no module provides), or a syntax error met while the files were read,
 * which is the compiler's error to Go: the message is Go's text.
 */
public final class LoadError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean foundByCompiler;

    public LoadError(String message) {
        this(message, false);
    }

    private LoadError(String message, boolean foundByCompiler) {
        super(message, null, false, false);
        this.foundByCompiler = foundByCompiler;
    }

    /** A syntax error met while reading the files: the compiler's error, not the go command's. */
    static LoadError syntax(gosub.parser.SyntaxError e) {
        return new LoadError(e.toString(), true);
    }

    public boolean foundByCompiler() {
        return foundByCompiler;
    }
}
