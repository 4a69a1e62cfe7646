package gosub.language.load;

import gosub.ast.SourceFile;

import java.util.List;

/**
 * The parsed files of one package of the program, in the order Go hands them to its compiler. Each file is named as
 * compile errors name it ({@link SourceNames#compileName}); {@code absolutePaths} are the same files as a stack
 * trace names them.
 */
public record PackageFiles(String importPath, String name, List<SourceFile> files, List<String> absolutePaths) {
}
