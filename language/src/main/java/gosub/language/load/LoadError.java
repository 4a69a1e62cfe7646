package gosub.language.load;

/**
 * Why the go command would not compile the program, found before type checking (a file that cannot be read, files of
 * several packages, an import cycle, a package no module provides), or a syntax error met while the files were read,
 * which is the compiler's error to Go: the message is Go's text.
 */
public class LoadError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The package whose file the compiler found in error; null for the go command's refusals. */
    private final String compiledPackage;

    public LoadError(String message) {
        this(message, null);
    }

    private LoadError(String message, String compiledPackage) {
        super(message, null, false, false);
        this.compiledPackage = compiledPackage;
    }

    /**
     * A syntax error met while reading the files of package importPath: the compiler's error, not the go command's.
     */
    static LoadError syntax(String importPath, gosub.parser.SyntaxError e) {
        return new LoadError(e.toString(), importPath);
    }

    public boolean foundByCompiler() {
        return compiledPackage != null;
    }

    /** The import path of the package the compiler was compiling, for the header of its errors. */
    public String compiledPackage() {
        return compiledPackage;
    }
}
