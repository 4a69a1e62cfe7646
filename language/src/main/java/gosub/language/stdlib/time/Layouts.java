package gosub.language.stdlib.time;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layouts a program has formatted or parsed with, cut once each: programs use a handful of layouts over and
 * over, and cutting one costs about as much as using it. One per context, as all run state is.
 */
final class Layouts {
    /** A program that builds layouts on the fly gets its first ones kept, and the others cut at every call. */
    static final int LIMIT = 256;

    private final Map<String, Layout> cut = new ConcurrentHashMap<>();

    Layout of(String layout) {
        Layout l = cut.get(layout);
        if (l == null) {
            l = Layout.cut(layout);
            if (cut.size() < LIMIT) {
                cut.putIfAbsent(layout, l);
            }
        }
        return l;
    }
}
