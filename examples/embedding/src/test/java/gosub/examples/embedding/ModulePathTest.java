package gosub.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The jars gosub-embed brings work on the module path too: the gosub jars as automatic modules (the language found
 * through its provider service), the example itself on the class path, as the README's command line says.
 */
class ModulePathTest {
    /**
     * A jar of the gosub module whose classes are at dir (target/classes), made here rather than taken from the build:
     * `mvn test` stops before packaging (CI has no jars), and a jar left by an earlier build may be stale. It carries
     * the Automatic-Module-Name that the module's pom gives its real jar, so the module path sees the same module.
     */
    private static String moduleJar(Path dir) throws IOException {
        Path target = dir.getParent();
        String pom = Files.readString(target.getParent().resolve("pom.xml"));
        Matcher name = Pattern.compile("<Automatic-Module-Name>([^<]+)</Automatic-Module-Name>").matcher(pom);
        assertTrue(name.find(), "no Automatic-Module-Name in the pom of " + target.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), name.group(1));
        Path jar = Files.createTempDirectory("gosub-modules").resolve("gosub-" + target.getParent().getFileName() + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                var entries = Files.walk(dir)) {
            for (Path f : entries.filter(Files::isRegularFile).sorted().toList()) {
                String entry = dir.relativize(f).toString().replace(File.separatorChar, '/');
                if (entry.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(entry));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        jar.getParent().toFile().deleteOnExit(); // deleted in reverse order: the jar first, then its folder
        jar.toFile().deleteOnExit();
        return jar.toString();
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
