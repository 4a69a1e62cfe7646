package gosub.language.stdlib.reflect;

import gosub.language.types.GoType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types one context's programs have asked reflect about, numbered from 1: a reflect.Type is such a number, so
 * Type values compare, hash and print as Go's do without a Go struct per type. Types are interned (identical types
 * are one object), so a type keeps its number for the context's life.
 */
final class TypeTable {
    private final List<GoType> byId = new ArrayList<>(List.of(NO_TYPE));
    private final Map<GoType, Integer> ids = new IdentityHashMap<>();

    /** Stands at number 0, which is no type (a nil Type). */
    private static final GoType NO_TYPE = gosub.language.types.Types.INVALID;

    synchronized long id(GoType t) {
        if (t == null) {
            return 0;
        }
        Integer n = ids.get(t);
        if (n == null) {
            n = byId.size();
            byId.add(t);
            ids.put(t, n);
        }
        return n;
    }

    synchronized GoType type(long id) {
        return id <= 0 || id >= byId.size() ? null : byId.get((int) id);
    }
}
