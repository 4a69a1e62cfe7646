package gosub.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import gosub.ast.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every Go source file of the repository parses (golden programs, standard packages, examples, benchmarks). */
class ParseProgramsTest {

    @TestFactory
    Stream<DynamicTest> repositoryProgramsParse() {
        return RepositoryPrograms.all().stream().map(f -> DynamicTest.dynamicTest(RepositoryPrograms.name(f), () -> {
            SourceFile parsed;
            try {
                parsed = parseDeep(f);
            } catch (SyntaxError e) {
                fail(e.toString());
                return;
            }
            assertFalse(parsed.decls().isEmpty(), "no declarations in " + f);
        }));
    }

    /** The golden programs written as syntax errors really are: excluding them above hides nothing else. */
    @TestFactory
    Stream<DynamicTest> goldenSyntaxErrorsDoNotParse() {
        return RepositoryPrograms.syntaxErrors().stream().map(f -> DynamicTest.dynamicTest(RepositoryPrograms.name(f),
                () -> assertThrows(SyntaxError.class, () -> parseDeep(f))));
    }

    /** Some golden programs nest thousands deep: parse as gosub does, on a deep stack. */
    static SourceFile parseDeep(Path f) throws Exception {
        String text = Files.readString(f);
        return DeepStack.call("parse " + f.getFileName(), () -> Parser.parse(f.getFileName().toString(), text));
    }

    /** all_syntax.go holds every form of Go syntax in one file that gofmt accepts. */
    @Test
    void syntaxShowcaseParses() throws Exception {
        Path showcase = Path.of(ParseProgramsTest.class.getResource("all_syntax.go").toURI());
        SourceFile parsed = Parser.parse("all_syntax.go", Files.readString(showcase));
        assertEquals(17, parsed.decls().size());
        assertEquals(5, parsed.imports().size());
    }
}
