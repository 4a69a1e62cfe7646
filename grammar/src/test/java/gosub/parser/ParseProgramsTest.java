package gosub.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import gosub.ast.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every Go program of the shared conformance suite and benchmarks parses. */
class ParseProgramsTest {

    private static final List<String> DIRECTORIES = List.of("shared/conformance", "shared/bench/programs");

    @TestFactory
    Stream<DynamicTest> sharedProgramsParse() throws IOException {
        List<Path> files;
        try (Stream<Path> all = DIRECTORIES.stream().map(ParseProgramsTest::locate).flatMap(ParseProgramsTest::goFiles)) {
            files = all.sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .go files in " + DIRECTORIES);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> {
            SourceFile parsed;
            try {
                parsed = Parser.parse(f.getFileName().toString(), Files.readString(f));
            } catch (SyntaxError e) {
                fail(e.toString());
                return;
            }
            assertFalse(parsed.decls().isEmpty(), "no declarations in " + f);
        }));
    }

    /** all_syntax.go holds every form of Go syntax in one file that gofmt accepts. */
    @Test
    void syntaxShowcaseParses() throws Exception {
        Path showcase = Path.of(ParseProgramsTest.class.getResource("all_syntax.go").toURI());
        SourceFile parsed = Parser.parse("all_syntax.go", Files.readString(showcase));
        assertEquals(17, parsed.decls().size());
        assertEquals(5, parsed.imports().size());
    }

    /**
     * The shared directory sits next to the checkout (/work/main/grammar -> /work/shared); look for it from the
     * working directory upwards so the test runs from the module, the repository root or an IDE.
     */
    static Path locate(String relative) {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("directory " + relative + " not found above " + System.getProperty("user.dir"));
    }

    private static Stream<Path> goFiles(Path dir) {
        try {
            return Files.walk(dir).filter(p -> p.toString().endsWith(".go")).toList().stream();
        } catch (IOException e) {
            return fail("cannot list " + dir, e);
        }
    }
}
