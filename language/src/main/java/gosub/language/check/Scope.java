package gosub.language.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical scope: universe → package → file → function → blocks. */
public final class Scope {
    public final Scope parent;
    private final Map<String, Entity> entries = new LinkedHashMap<>();

    public Scope(Scope parent) {
        this.parent = parent;
    }

    public Entity lookupLocal(String name) {
        return entries.get(name);
    }

    public Entity lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Entity e = s.entries.get(name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** Returns the previous entity of that name in this scope, if any (a redeclaration). */
    public Entity declare(Entity e) {
        if (e.name.equals("_")) {
            return null;
        }
        return entries.putIfAbsent(e.name, e);
    }

    public Map<String, Entity> entries() {
        return entries;
    }
}
