package gosub.ast;

import java.util.List;

/**
 * One parsed Go source file. directiveErrors: its line directives with a wrong line or column number, which Go's
 * compiler reports with the type checker's errors (they are not syntax errors: the file parsed).
 */
public record SourceFile(Pos pos, String fileName, String packageName, List<ImportSpec> imports, List<Decl> decls,
                List<DirectiveError> directiveErrors) implements Node {

    /** A line directive Go refuses, at the place of its bad number: "invalid line number: 0". */
    public record DirectiveError(Pos pos, String message) {
    }

    /** {@code import alias "path"}; alias is null when absent, or "." / "_". */
    public record ImportSpec(Pos pos, String alias, String path, Pos pathPos) implements Node {
    }
}
