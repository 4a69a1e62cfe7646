package gosub.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Checks that the README's embedding guide shows the examples' code as it is compiled and tested here. */
final class ReadmeSnippets {
    /** The repository's root: the example module sits two levels below it. */
    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();

    private ReadmeSnippets() {
    }

    /** The lines between "// guide:begin" and "// guide:end" of an example's source, unindented, are in the README. */
    static void assertShown(String exampleFile) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String java = Files.readString(ROOT.resolve("examples/embedding/src/main/java/gosub/examples/embedding/" + exampleFile));
        int begin = java.indexOf("// guide:begin\n");
        int end = java.indexOf("// guide:end");
        assertTrue(begin >= 0 && end > begin, exampleFile + " marks its guide part");
        String part = java.substring(begin + "// guide:begin\n".length(), java.lastIndexOf('\n', end) + 1);
        String indent = java.substring(java.lastIndexOf('\n', begin) + 1, begin);
        String unindented = part.lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                .collect(Collectors.joining("\n", "", "\n"));
        assertTrue(readme.contains("```java\n" + unindented + "```\n"), "README.md shows this part of " + exampleFile + " as it is:\n" + unindented);
    }
}
