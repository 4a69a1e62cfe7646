package gosub.golden.gotest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of Go's test suite as Go's driver ({@code test/run.go}) reads it: the recipe in the leading comment
 * (the text up to the first blank line, after an optional first {@code +build} line, without its {@code //}), the
 * build constraints before the package clause, and the packages it imports.
 *
 * @param file the file
 * @param name its path below the suite's folder, e.g. {@code fixedbugs/bug001.go}
 * @param recipe the words of the recipe ({@code [run]} for a bare run test); empty when the file has none
 * @param excludedBy the build constraint line that leaves linux/amd64 out, or null
 * @param imports the import paths, in order
 */
record GoTestFile(Path file, String name, List<String> recipe, String excludedBy, List<String> imports) {

    static GoTestFile read(Path root, Path file) throws IOException {
        String src = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String name = root.relativize(file).toString();
        int pkg = src.indexOf("\npackage");
        String header = pkg < 0 ? src : src.substring(0, pkg);
        return new GoTestFile(file, name, recipe(src), BuildConstraint.excludingLine(header), ImportScanner.imports(src));
    }

    /** Whether the recipe is a bare {@code run}: compile, run with no arguments, judge the output. */
    boolean isBareRun() {
        return recipe.equals(List.of("run"));
    }

    /** The recipe's words, as the driver finds them; empty for a file the driver does not take as a test. */
    private static List<String> recipe(String src) {
        if (src.isEmpty() || src.charAt(0) == '\n') {
            return List.of();
        }
        int blank = src.indexOf("\n\n");
        if (blank < 0) {
            return List.of();
        }
        String action = src.substring(0, blank);
        int nl = action.indexOf('\n');
        if (nl >= 0 && action.substring(0, nl).contains("+build")) {
            action = action.substring(nl + 1);
        }
        if (action.startsWith("//")) {
            action = action.substring(2);
        }
        List<String> words = new ArrayList<>();
        for (String w : action.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
