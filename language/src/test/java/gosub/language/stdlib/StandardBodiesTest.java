package gosub.language.stdlib;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every function body of every standard package type-checks. A program checks a standard package's bodies only when
 * it first calls them, and trusts them to be right (it has no errors to report), so a mistake in one that no test
 * calls would crash a user's program; here each package is imported with the option go.CheckStandardBodies.
 */
class StandardBodiesTest {

    private static List<String> importablePackages() throws IOException, URISyntaxException {
        Path root = Path.of(StandardBodiesTest.class.getResource("/gosub/stdlib").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".go"))
                            .map(p -> root.relativize(p).toString().replace('\\', '/').replaceAll("\\.go$", ""))
                            .filter(path -> !path.startsWith("internal/"))
                            .sorted()
                            .toList();
        }
    }

    @Test
    void everyBodyOfEveryStandardPackageChecks() throws Exception {
        List<String> packages = importablePackages();
        assertTrue(packages.size() > 40, packages.toString());
        StringBuilder program = new StringBuilder("package main\n\nimport (\n");
        for (String path : packages) {
            program.append("\t_ \"").append(path).append("\"\n");
        }
        program.append(")\n\nfunc main() {}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context ctx = Context.newBuilder("go").allowCreateThread(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").option("go.CheckStandardBodies", "true")
                        .err(err).build()) {
            Object status = ctx.eval(Source.create("go", program.toString())).as(Object.class);
            assertEquals(0, ((Number) status).intValue(), err.toString());
        } catch (PolyglotException e) {
            throw new AssertionError("a standard package does not check:\n" + e.getMessage(), e);
        }
    }
}
