package gosub.language.stdlib.unicode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Go 1.19's Unicode 13.0.0 range tables as plain numbers, read from range-tables.txt (written by
 * language/stdlib-gen/unicode_range_tables.go). The file is read when a program first uses one of package unicode's
 * table variables, never at start-up (few programs do); a table's ranges are decoded when that table is first
 * asked for. What is here never changes, so one copy serves every context of the JVM; the Go values made from it
 * are each context's own ({@link RangeTableValues}).
 */
final class RangeTableData {
    /** One table: its ranges as (lo, hi, stride) triples; null for a nil list, as Go's table leaves some. */
    record Table(int latinOffset, int[] r16, int[] r32) {
    }

    /** A map of tables: its keys in order, and the table id each key holds. */
    record Group(String[] keys, String[] ids) {
    }

    private static final String RESOURCE = "/gosub/language/stdlib/unicode/range-tables.txt";

    /** Table lines by id, not yet decoded. */
    private final Map<String, String> tableLines = new HashMap<>();
    private final Map<String, Group> groups = new HashMap<>();
    /** Case ranges by name, as (lo, hi, upper delta, lower delta, title delta) rows. */
    private final Map<String, int[]> caseTables = new HashMap<>();
    private final Map<String, Table> decoded = new ConcurrentHashMap<>();

    private static final class Holder {
        static final RangeTableData DATA = new RangeTableData();
    }

    static RangeTableData get() {
        return Holder.DATA;
    }

    private RangeTableData() {
        try (InputStream in = RangeTableData.class.getResourceAsStream(RESOURCE);
                        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("T ")) {
                    int end = line.indexOf(' ', 2);
                    tableLines.put(line.substring(2, end), line.substring(end + 1));
                } else if (line.startsWith("M ")) {
                    String[] parts = line.split(" ");
                    String[] keys = new String[parts.length - 2];
                    String[] ids = new String[keys.length];
                    for (int i = 0; i < keys.length; i++) {
                        String entry = parts[i + 2];
                        int eq = entry.indexOf('=');
                        keys[i] = eq < 0 ? entry : entry.substring(0, eq);
                        ids[i] = eq < 0 ? entry : entry.substring(eq + 1);
                    }
                    groups.put(parts[1], new Group(keys, ids));
                } else if (line.startsWith("C ")) {
                    String[] parts = line.split(" ");
                    int[] rows = new int[parts.length - 2];
                    for (int i = 0; i < rows.length; i++) {
                        // bounds in hexadecimal, deltas in decimal (they may be negative)
                        rows[i] = i % 5 < 2 ? Integer.parseInt(parts[i + 2], 16) : Integer.parseInt(parts[i + 2]);
                    }
                    caseTables.put(parts[1], rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table ID, or null if there is none. */
    Table table(String id) {
        Table t = decoded.get(id);
        if (t == null) {
            String line = tableLines.get(id);
            if (line == null) {
                return null;
            }
            t = decode(line);
            decoded.put(id, t);
        }
        return t;
    }

    Group group(String name) {
        return groups.get(name);
    }

    int[] caseTable(String name) {
        return caseTables.get(name);
    }

    /**
     * "latinOffset r16... | r32...", each range lo, lo-hi or lo-hi/stride in hexadecimal; a list of no ranges is nil,
     * one of just "_" is empty but not nil.
     */
    private static Table decode(String line) {
        String[] parts = line.split(" ");
        int bar = 1;
        while (!parts[bar].equals("|")) {
            bar++;
        }
        return new Table(Integer.parseInt(parts[0]), ranges(parts, 1, bar), ranges(parts, bar + 1, parts.length));
    }

    private static int[] ranges(String[] parts, int from, int to) {
        if (from == to) {
            return null;
        }
        if (to == from + 1 && parts[from].equals("_")) {
            return new int[0];
        }
        int[] out = new int[3 * (to - from)];
        for (int i = from; i < to; i++) {
            String p = parts[i];
            int dash = p.indexOf('-');
            int slash = p.indexOf('/');
            int lo = Integer.parseInt(dash < 0 ? p : p.substring(0, dash), 16);
            int hi = dash < 0 ? lo : Integer.parseInt(p.substring(dash + 1, slash < 0 ? p.length() : slash), 16);
            int stride = slash < 0 ? 1 : Integer.parseInt(p.substring(slash + 1), 16);
            int k = 3 * (i - from);
            out[k] = lo;
            out[k + 1] = hi;
            out[k + 2] = stride;
        }
        return out;
    }
}
