package gosub.language.values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map. Keys are normalised to values with Go's equality ({@link MapKey}); iteration starts at a random entry
 * like Go's, so programs cannot come to depend on an order.
 */
public final class GoMap {
    public final HashMap<Object, Object> entries;

    public GoMap() {
        this.entries = new HashMap<>();
    }

    public GoMap(int hint) {
        this.entries = new HashMap<>(Math.max(4, hint * 4 / 3 + 1));
    }

    public int size() {
        return entries.size();
    }

    /** A snapshot of the keys in a randomly rotated order, for {@code range}. */
    public List<Object> keysForRange() {
        List<Object> keys = new ArrayList<>(entries.keySet());
        int n = keys.size();
        if (n > 1) {
            int start = ThreadLocalRandom.current().nextInt(n);
            List<Object> rotated = new ArrayList<>(n);
            rotated.addAll(keys.subList(start, n));
            rotated.addAll(keys.subList(0, start));
            return rotated;
        }
        return keys;
    }

    public Map<Object, Object> map() {
        return entries;
    }
}
