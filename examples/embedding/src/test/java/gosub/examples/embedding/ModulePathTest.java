package gosub.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The jars gosub-embed brings work on the module path too: the gosub jars as automatic modules (the language found
 * through its provider service), the example itself on the class path, as the README's command line says.
 */
class ModulePathTest {
    /** The jar the build made of a module whose classes are at dir (target/classes), which must exist. */
    private static String moduleJar(Path dir) throws java.io.IOException {
        Path target = dir.getParent();
        try (var files = java.nio.file.Files.list(target)) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().matches("gosub-.*-SNAPSHOT\\.jar")).toList();
            assumeTrue(jars.size() == 1, "no jar of " + target.getParent().getFileName() + " yet: run ./gosub build first");
            return jars.get(0).toString();
        }
    }

    @Test
    void theExampleRunsWithTheJarsOnTheModulePath() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> modules = new ArrayList<>();
        String classes = null;
        for (String entry : classPath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            Path dir = Path.of(entry);
            if (dir.endsWith(Path.of("examples", "embedding", "target", "classes"))) {
                classes = entry;
            } else if (dir.endsWith(Path.of("target", "classes"))) {
                // a gosub module of this build, resolved by the reactor as its classes: the module path needs its jar
                modules.add(moduleJar(dir));
            } else if (name.endsWith(".jar") && !name.startsWith("junit") && !name.startsWith("opentest4j") && !name.startsWith("apiguardian")) {
                modules.add(entry);
            }
        }
        assertTrue(classes != null && modules.stream().anyMatch(m -> m.contains("gosub-language")), classPath);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", "ALL-MODULE-PATH",
                "--add-exports", "java.base/jdk.internal.vm=dev.gosub.runtime",
                "--enable-native-access=org.graalvm.truffle",
                "--sun-misc-unsafe-memory-access=allow",
                "-Dpolyglot.engine.WarnInterpreterOnly=false",
                "-cp", classes, OrdersExample.class.getName());
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the example did not finish");
        String errText = new String(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), errText);
        assertEquals("ada: 2 orders, 14 items, 4.50\nbob: 2 orders, 3 items, 2.00\n", new String(out, StandardCharsets.UTF_8), errText);
    }
}
