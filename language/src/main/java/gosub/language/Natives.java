package gosub.language;

import gosub.language.nodes.call.NativeFunction;

import java.util.HashMap;
import java.util.Map;

/** The registry of standard-library functions implemented in Java, by qualified name ("strings.Index"). */
public final class Natives {
    private final Map<String, NativeFunction> functions = new HashMap<>();

    public void register(String name, NativeFunction f) {
        functions.put(name, f);
    }

    public NativeFunction lookup(String name) {
        return functions.get(name);
    }
}
