package gosub.language.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.language.natives.Natives;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Natives register when a name of their package is first asked for, so each class of natives must declare every
 * package it registers names in: a name in an undeclared package would be missing until something else happened to
 * register its class.
 */
class StdlibNativesTest {

    @Test
    void eachRegistrarDeclaresThePackagesOfItsNames() {
        StringBuilder wrong = new StringBuilder();
        for (StdlibNatives.Registrar r : StdlibNatives.REGISTRARS) {
            Natives n = new Natives();
            r.register().accept(n, null); // registering reads no context; the natives use it when they run
            Set<String> packages = new TreeSet<>();
            for (String name : n.names()) {
                packages.add(Natives.packageOf(name));
            }
            assertFalse(packages.isEmpty());
            if (!new TreeSet<>(r.packages()).equals(packages)) {
                wrong.append("\n  declared ").append(r.packages()).append(", registers ").append(packages);
            }
        }
        assertEquals("", wrong.toString());
    }

    @Test
    void aNativeIsRegisteredWhenItsPackageIsFirstAskedFor() {
        Natives n = new Natives();
        StdlibNatives.registerAll(n, null);
        assertTrue(n.names().isEmpty(), "nothing registered before it is asked for");
        assertTrue(n.has("strings.Index"));
        assertTrue(n.names().stream().allMatch(name -> Natives.packageOf(name).equals("strings")), "only strings");
        assertTrue(n.has("math/rand.Intn") || n.names().stream().anyMatch(name -> name.startsWith("math/rand.")));
        assertEquals("sync", Natives.packageOf("sync.Mutex.Lock"));
        assertEquals("math/rand", Natives.packageOf("math/rand.Intn"));
        assertEquals("unicode/utf8", Natives.packageOf("unicode/utf8.RuneLen"));
    }
}
