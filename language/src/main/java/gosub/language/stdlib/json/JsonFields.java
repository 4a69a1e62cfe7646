package gosub.language.stdlib.json;

import gosub.language.stdlib.strconv.Unquoting;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.StructType;
import gosub.language.values.ByteStrings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of a struct type as JSON sees them, Go's rules: exported fields (and the fields of embedded structs,
 * exported or not, promoted a level at a time), named by their json tag or their Go name; a tag of "-" hides a
 * field; of several fields with one name, the shallowest wins, a tagged one over an untagged one at the same depth,
 * and a tie hides them all. One instance per context caches the answer per struct type.
 */
final class JsonFields {

    /**
     * One field: its JSON name (a byte string), the path of struct fields to it from the outer struct (embedded ones
     * first), and the tag's options.
     */
    record Field(String name, StructType.Field[] path, int[] index, boolean tagged, boolean omitEmpty, boolean quoted) {
        GoType type() {
            return path[path.length - 1].type();
        }

        int depth() {
            return path.length;
        }
    }

    /** The fields of one struct type in the order JSON writes them, and the names Unmarshal looks up exactly. */
    record Fields(List<Field> list, Map<String, Field> byName) {
    }

    private final Map<StructType, Fields> cache = new ConcurrentHashMap<>();

    Fields of(StructType t) {
        Fields f = cache.get(t);
        if (f == null) {
            f = compute(t);
            cache.put(t, f);
        }
        return f;
    }

    /**
     * The value of key in a struct tag (a Go byte string, as the struct type keeps it), or null; the value is given
     * back as Java text.
     */
    static String tagValue(String tag, String key) {
        if (tag == null) {
            return null;
        }
        int i = 0;
        int n = tag.length();
        while (i < n) {
            while (i < n && tag.charAt(i) == ' ') {
                i++;
            }
            int nameStart = i;
            while (i < n && tag.charAt(i) > ' ' && tag.charAt(i) != ':' && tag.charAt(i) != '"' && tag.charAt(i) != 0x7f) {
                i++;
            }
            if (i == nameStart || i + 1 >= n || tag.charAt(i) != ':' || tag.charAt(i + 1) != '"') {
                return null;
            }
            String name = tag.substring(nameStart, i);
            // the value is a Go string literal, read as strconv.Unquote reads it
            Object[] literal = Unquoting.unquote(tag.substring(i + 1), true);
            if (!(Boolean) literal[2]) {
                return null;
            }
            String rest = (String) literal[1];
            i = n - rest.length();
            if (ByteStrings.toJava(name).equals(key)) {
                return ByteStrings.toJava((String) literal[0]);
            }
        }
        return null;
    }

    /** Go accepts a tag name of letters, digits and these punctuation marks; others make the Go name count. */
    private static boolean validName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("!#$%&()*+-./:;<=>?@[]^_{|}~ ".indexOf(c) >= 0) {
                continue;
            }
            if (!Character.isLetter(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean quotable(GoType t) {
        return t.underlying() instanceof BasicType b && (b.kind().isBoolean() || b.kind().isInteger()
                        || b.kind().isFloat() || b.kind().isString());
    }

    private record Pending(StructType type, StructType.Field[] path, int[] index) {
    }

    private static Fields compute(StructType outer) {
        List<Field> found = new ArrayList<>();
        List<Pending> level = List.of(new Pending(outer, new StructType.Field[0], new int[0]));
        Set<StructType> visited = new HashSet<>();
        Map<StructType, Integer> count = Map.of(outer, 1);
        while (!level.isEmpty()) {
            List<Pending> next = new ArrayList<>();
            Map<StructType, Integer> nextCount = new HashMap<>();
            for (Pending p : level) {
                if (!visited.add(p.type)) {
                    continue;
                }
                for (int fi = 0; fi < p.type.fields.size(); fi++) {
                    StructType.Field sf = p.type.fields.get(fi);
                    if (sf.name().equals("_")) {
                        continue;
                    }
                    if (sf.embedded()) {
                        GoType t = sf.type() instanceof PointerType pt ? pt.elem : sf.type();
                        if (!sf.exported() && !(t.underlying() instanceof StructType)) {
                            continue;
                        }
                    } else if (!sf.exported()) {
                        continue;
                    }
                    String tag = tagValue(sf.tag(), "json");
                    if ("-".equals(tag)) {
                        continue;
                    }
                    String name = tag == null ? "" : tag;
                    String options = "";
                    int comma = name.indexOf(',');
                    if (comma >= 0) {
                        options = name.substring(comma);
                        name = name.substring(0, comma);
                    }
                    if (!validName(name)) {
                        name = "";
                    }
                    StructType.Field[] path = java.util.Arrays.copyOf(p.path, p.path.length + 1);
                    path[p.path.length] = sf;
                    int[] index = java.util.Arrays.copyOf(p.index, p.index.length + 1);
                    index[p.index.length] = fi;
                    GoType ft = sf.type();
                    if (!(ft instanceof NamedType) && ft instanceof PointerType pt) {
                        ft = pt.elem;
                    }
                    boolean quoted = hasOption(options, "string") && quotable(ft);
                    if (!name.isEmpty() || !sf.embedded() || !(ft.underlying() instanceof StructType st)) {
                        boolean tagged = !name.isEmpty();
                        String jsonName = ByteStrings.fromJava(tagged ? name : sf.name());
                        Field f = new Field(jsonName, path, index, tagged, hasOption(options, "omitempty"), quoted);
                        found.add(f);
                        if (count.get(p.type) > 1) {
                            found.add(f); // the same field reached twice at one depth: a tie that hides it
                        }
                        continue;
                    }
                    if (nextCount.merge(st, 1, Integer::sum) == 1) {
                        next.add(new Pending(st, path, index));
                    }
                }
            }
            level = next;
            count = nextCount;
        }
        // Which field each name means: shallowest first, tagged before untagged, then in declaration order.
        found.sort(Comparator.comparing(Field::name).thenComparingInt(Field::depth)
                        .thenComparing(f -> !f.tagged()).thenComparing(JsonFields::order));
        List<Field> kept = new ArrayList<>();
        for (int i = 0; i < found.size();) {
            int j = i + 1;
            while (j < found.size() && found.get(j).name().equals(found.get(i).name())) {
                j++;
            }
            Field first = found.get(i);
            boolean tie = j - i > 1 && found.get(i + 1).depth() == first.depth() && found.get(i + 1).tagged() == first.tagged();
            if (!tie) {
                kept.add(first);
            }
            i = j;
        }
        kept.sort(JsonFields::order);
        Map<String, Field> byName = new HashMap<>();
        for (Field f : kept) {
            byName.put(f.name(), f);
        }
        return new Fields(List.copyOf(kept), byName);
    }

    /** Declaration order: by the position of each field of the path within its struct. */
    private static int order(Field a, Field b) {
        return java.util.Arrays.compare(a.index, b.index);
    }

    private static boolean hasOption(String options, String name) {
        for (String o : options.split(",")) {
            if (o.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
