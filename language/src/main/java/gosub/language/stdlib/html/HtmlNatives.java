package gosub.language.stdlib.html;

import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** html.entity: the one or two code points a character reference's name stands for. */
public final class HtmlNatives {
    private HtmlNatives() {
    }

    /** No code point: the name is not a reference. */
    private static final Object[] UNKNOWN = {0L, 0L};

    public static void register(Natives n) {
        n.register("html.entity", (JavaNative) (g, a) -> lookup((String) a[0]));
    }

    /** The code points of NAME (with its ';' if it has one) as Go's two rune results, the second 0 when unused. */
    static Object[] lookup(String name) {
        int[] cps = Table.ENTITIES.get(name);
        if (cps == null) {
            return UNKNOWN;
        }
        return new Object[] {(long) cps[0], cps.length > 1 ? (long) cps[1] : 0L};
    }

    /** Every name, with its ';' or, for a legacy one, also without, and its code points. */
    static Map<String, int[]> table() {
        return Table.ENTITIES;
    }

    /** Read on first use (a class initialised once per JVM), since most programs never unescape HTML. */
    private static final class Table {
        static final Map<String, int[]> ENTITIES = Map.copyOf(read());

        private static Map<String, int[]> read() {
            Map<String, int[]> names = new HashMap<>(4096);
            try (InputStream in = HtmlNatives.class.getResourceAsStream("entities.txt");
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
                for (String line; (line = r.readLine()) != null;) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] fields = line.split(" ");
                    int[] cps = new int[fields.length - 1];
                    for (int i = 1; i < fields.length; i++) {
                        cps[i - 1] = Integer.parseInt(fields[i], 16);
                    }
                    String name = fields[0];
                    if (name.endsWith("+")) {
                        name = name.substring(0, name.length() - 1);
                        names.put(name, cps);
                    }
                    names.put(name + ";", cps);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("html's entity table is unreadable", e);
            }
            return names;
        }
    }
}
