package gosub.ast;

import java.util.List;

/** One parsed Go source file. */
public record SourceFile(Pos pos, String fileName, String packageName, List<ImportSpec> imports, List<Decl> decls) implements Node {

    /** {@code import alias "path"}; alias is null when absent, or "." / "_". */
    public record ImportSpec(Pos pos, String alias, String path, Pos pathPos) implements Node {
    }
}
