package gosub.ast;

import java.util.List;
import java.util.Set;

/**
 * One parsed Go source file.
 *
 * <p>parseErrors: what Go's parser found wrong without calling it a syntax error (a malformed literal, a line
 * directive with a bad number, {@code defer f} without its call, a method without a receiver, ...). The file still
 * has a tree, repaired as Go's parser repairs it, and Go's compiler type-checks it and reports these errors among
 * the type checker's. bodiesWithParseErrors: the function bodies (by the position of their opening brace) that hold
 * one of them, whose labels and branch statements Go's parser then leaves unchecked.
 */
public record SourceFile(Pos pos, String fileName, String packageName, List<ImportSpec> imports, List<Decl> decls,
                List<ParseError> parseErrors, Set<Pos> bodiesWithParseErrors) implements Node {

    /**
     * An error Go's parser reports, at the place Go names: "invalid line number: 0", "newline in string", or, for the
     * error that stops a file from parsing, "syntax error: unexpected newline, ...".
     */
    public record ParseError(Pos pos, String message) {
    }

    /** {@code import alias "path"}; alias is null when absent, or "." / "_". */
    public record ImportSpec(Pos pos, String alias, String path, Pos pathPos) implements Node {
    }
}
