package gosub.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void callsExportedGoFunctionsWithJavaArguments() {
        try (Context context = EmbeddingExample.newContext()) {
            Value calc = EmbeddingExample.loadPackage(context);
            assertTrue(calc.hasMember("Add"), "the package exports Add");
            assertEquals(5, calc.getMember("Add").execute(2, 3).asLong());
            assertEquals(-7, calc.getMember("Add").execute(-10, 3).asLong());
            assertEquals(6765, calc.getMember("Fib").execute(20).asLong());
        }
    }

    @Test
    void mainPrintsTheResults() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertEquals("calc.Add(2, 3) = 5\n", buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theReadmeShowsMain() throws java.io.IOException {
        ReadmeSnippets.assertShown("EmbeddingExample.java");
    }
}
