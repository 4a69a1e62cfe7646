package gosub.language.load;

import gosub.ast.SourceFile;
import java.util.List;

/**
 * Why the go command would not compile the program, found before type checking (a file that cannot be read, files of
 * several packages, an import cycle, a package no module provides), or syntax errors met while the files were read,
 * which are the compiler's errors to Go: the message is Go's text.
 */
public class LoadError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The package whose file the compiler found in error; null for the go command's refusals. */
    private final String compiledPackage;
    /** What Go's parser said about the package's files when one of them has a syntax error, in the order said. */
    private final transient List<SourceFile.ParseError> parseErrors;

    public LoadError(String message) {
        this(message, null, List.of());
    }

    private LoadError(String message, String compiledPackage, List<SourceFile.ParseError> parseErrors) {
        super(message, null, false, false);
        this.compiledPackage = compiledPackage;
        this.parseErrors = parseErrors;
    }

    /**
     * The errors of the parser, a syntax error among them, met while reading the files of package importPath: the
     * compiler's errors, not the go command's.
     */
    static LoadError syntax(String importPath, List<SourceFile.ParseError> errors) {
        return new LoadError("syntax errors in " + importPath, importPath, List.copyOf(errors));
    }

    /** The parser's errors when the compiler found them, else empty. */
    public List<SourceFile.ParseError> parseErrors() {
        return parseErrors;
    }

    public boolean foundByCompiler() {
        return compiledPackage != null;
    }

    /** The import path of the package the compiler was compiling, for the header of its errors. */
    public String compiledPackage() {
        return compiledPackage;
    }
}
