package gosub.language.values;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import gosub.runtime.FatalError;

/**
 * A Go map. Keys are normalised to values with Go's equality ({@link MapKey}); iteration starts at a random entry
 * like Go's, so programs cannot come to depend on an order.
 *
 * <p>Unsynchronised use by several goroutines ends the program as Go's runtime ends it, with a fatal error that no
 * recover sees ({@code concurrent map writes}, {@code concurrent map read and map write}, {@code concurrent map
 * iteration and map write}), instead of corrupting the Java HashMap underneath. Every change goes through
 * {@link #put}, {@link #remove} and {@link #clear}, which hold {@link #writing} for their duration. Taking it is a
 * compare-and-set, so two writers that overlap are always caught and the HashMap only ever has one writer: its
 * structure stays sound whatever the program does. Readers and iterations only look at the flag (a plain load on
 * x86, as Go's check is one instruction), so like Go's they catch a write in progress on a best-effort basis; a
 * read that overlaps a write without seeing the flag may find the HashMap half-changed and fail inside it, and such
 * a failure is reported as the same fatal error rather than escaping as a Java exception.
 */
public final class GoMap {
    /** What {@link #lookup} returns for a key the map does not hold (a held value may be null: a nil pointer). */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing map entry>";
        }
    };

    static final String CONCURRENT_WRITES = "concurrent map writes";
    static final String CONCURRENT_READ = "concurrent map read and map write";
    static final String CONCURRENT_ITERATION = "concurrent map iteration and map write";

    private static final VarHandle WRITING;

    static {
        try {
            WRITING = MethodHandles.lookup().findVarHandle(GoMap.class, "writing", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final HashMap<Object, Object> entries;
    /** 1 while a goroutine changes {@link #entries}; taken by compare-and-set, read by readers without a fence. */
    @SuppressWarnings("unused") private int writing;

    public GoMap() {
        this.entries = new HashMap<>();
    }

    public GoMap(int hint) {
        this.entries = new HashMap<>(Math.max(4, hint * 4 / 3 + 1));
    }

    /** len(m): Go reads the count without looking at the flag, and so does this. */
    public int size() {
        return entries.size();
    }

    /** The value at key (a normalised {@link MapKey}), or {@link #MISSING}. */
    public Object lookup(Object key) {
        return lookupOrFail(key, CONCURRENT_READ);
    }

    /** As {@link #lookup}, for a {@code range} over the map: a writer found is reported as during an iteration. */
    public Object lookupWhileRanging(Object key) {
        return lookupOrFail(key, CONCURRENT_ITERATION);
    }

    /** The value at key, or {@link #MISSING}; a writer at work ends the program with the fatal error named failure. */
    private Object lookupOrFail(Object key, String failure) {
        checkNoWriter(failure);
        try {
            return entries.getOrDefault(key, MISSING);
        } catch (ConcurrentModificationException | IndexOutOfBoundsException | NullPointerException | ClassCastException e) {
            throw torn(failure);
        }
    }

    /** m[key] = value. */
    public void put(Object key, Object value) {
        beginWrite();
        try {
            entries.put(key, value);
        } finally {
            endWrite();
        }
    }

    /** delete(m, key). */
    public void remove(Object key) {
        beginWrite();
        try {
            entries.remove(key);
        } finally {
            endWrite();
        }
    }

    /** clear(m). */
    public void clear() {
        beginWrite();
        try {
            entries.clear();
        } finally {
            endWrite();
        }
    }

    /** A snapshot of the keys in a randomly rotated order, for {@code range}. */
    public List<Object> keysForRange() {
        checkNoWriter(CONCURRENT_ITERATION);
        List<Object> keys;
        try {
            keys = new ArrayList<>(entries.keySet());
        } catch (ConcurrentModificationException | IndexOutOfBoundsException | NullPointerException | ClassCastException e) {
            throw torn(CONCURRENT_ITERATION);
        }
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

    /**
     * A snapshot of the entries (keys normalised), in the HashMap's order: for library code that goes through a
     * whole map (fmt, encoding/json, reflect.DeepEqual) and sorts or compares rather than exposing an order.
     */
    public List<Map.Entry<Object, Object>> entriesSnapshot() {
        checkNoWriter(CONCURRENT_ITERATION);
        List<Map.Entry<Object, Object>> out = new ArrayList<>(entries.size());
        try {
            for (Map.Entry<Object, Object> e : entries.entrySet()) {
                out.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
            }
        } catch (ConcurrentModificationException | IndexOutOfBoundsException | NullPointerException | ClassCastException e) {
            throw torn(CONCURRENT_ITERATION);
        }
        return out;
    }

    private void beginWrite() {
        if (!WRITING.compareAndSet(this, 0, 1)) {
            throw new FatalError(CONCURRENT_WRITES);
        }
    }

    private void endWrite() {
        WRITING.setRelease(this, 0);
    }

    private void checkNoWriter(String message) {
        if ((int) WRITING.getAcquire(this) != 0) {
            throw new FatalError(message);
        }
    }

    /**
     * A read failed inside the HashMap with one of the exceptions a HashMap read can meet while another thread changes
     * the map (the table grown under it, a bin turned into a tree, the iterator's change count): since keys are
     * gosub's own classes, whose equality cannot fail so, that is the program's race, reported as Go reports one.
     */
    private static FatalError torn(String message) {
        return new FatalError(message);
    }
}
