package gosub.language.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import gosub.runtime.FatalError;
import org.junit.jupiter.api.Test;

/**
 * A map used by two threads at once fails as Go's runtime fails: with the fatal error that names the kind of
 * overlap, never a Java exception from the HashMap, and never two writers inside the HashMap. The overlap is forced:
 * a key whose hashCode waits on a latch keeps its writer inside {@link GoMap#put} while the other thread acts.
 */
class GoMapTest {

    /** A key that, the first time the map hashes it, says so and waits until released: a write held open. */
    private static final class HeldKey {
        final CountDownLatch inside = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public int hashCode() {
            if (inside.getCount() > 0) {
                inside.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 42;
        }
    }

    /** Runs action on this thread while another thread is in the middle of writing to m; returns after both end. */
    private static void whileAnotherWrites(GoMap m, Consumer<GoMap> action) throws Exception {
        HeldKey key = new HeldKey();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                m.put(key, "held");
            } catch (Throwable t) {
                writerFailure.set(t);
            }
        });
        writer.start();
        assertTrue(key.inside.await(30, TimeUnit.SECONDS), "the writer did not start its write");
        try {
            action.accept(m);
        } finally {
            key.release.countDown();
            writer.join(30_000);
        }
        assertNull(writerFailure.get(), "the first writer is not the one that fails");
        assertEquals("held", m.lookup(key), "the first writer's entry is in the map");
    }

    private static void assertFatal(String message, Runnable r) {
        FatalError f = assertThrows(FatalError.class, r::run);
        assertEquals(message, f.getMessage());
    }

    @Test
    void aSecondWriterIsAlwaysCaught() throws Exception {
        GoMap m = new GoMap();
        m.put(1L, "one");
        whileAnotherWrites(m, x -> assertFatal("concurrent map writes", () -> x.put(2L, "two")));
        whileAnotherWrites(m, x -> assertFatal("concurrent map writes", () -> x.remove(1L)));
        whileAnotherWrites(m, x -> assertFatal("concurrent map writes", x::clear));
        assertEquals("one", m.lookup(1L), "the refused writes changed nothing");
        assertSame(GoMap.MISSING, m.lookup(2L));
    }

    @Test
    void aReaderOrIterationThatMeetsAWriteIsCaught() throws Exception {
        GoMap m = new GoMap();
        m.put(1L, "one");
        whileAnotherWrites(m, x -> assertFatal("concurrent map read and map write", () -> x.lookup(1L)));
        whileAnotherWrites(m, x -> assertFatal("concurrent map iteration and map write", x::keysForRange));
        whileAnotherWrites(m, x -> assertFatal("concurrent map iteration and map write", () -> x.lookupWhileRanging(1L)));
        whileAnotherWrites(m, x -> assertFatal("concurrent map iteration and map write", x::entriesSnapshot));
        // len(m) does not look at the flag, in Go either (each held write above added its key)
        int before = m.size();
        whileAnotherWrites(m, x -> assertEquals(before, x.size()));
    }

    @Test
    void aWriteThatFailsLeavesTheMapWritable() {
        GoMap m = new GoMap();
        Object badKey = new Object() {
            @Override
            public int hashCode() {
                throw new IllegalStateException("hash failed");
            }
        };
        assertThrows(IllegalStateException.class, () -> m.put(badKey, "x"));
        m.put(1L, "one");
        m.remove(1L);
        assertEquals(0, m.size());
    }

    @Test
    void aReadTornByTheHashMapIsTheFatalErrorNotAJavaException() {
        GoMap m = new GoMap();
        m.put(1L, "one");
        // what HashMap throws to a reader whose table a writer replaces under it (the race itself cannot be timed)
        Object tearing = new Object() {
            @Override
            public int hashCode() {
                throw new ArrayIndexOutOfBoundsException(7);
            }
        };
        assertFatal("concurrent map read and map write", () -> m.lookup(tearing));
        assertFatal("concurrent map iteration and map write", () -> m.lookupWhileRanging(tearing));
    }

    @Test
    void oneThreadSeesAnOrdinaryMap() {
        GoMap m = new GoMap(3);
        m.put(1L, null);
        m.put(2L, "two");
        m.put(3L, "three");
        assertNull(m.lookup(1L), "a nil value is held");
        assertSame(GoMap.MISSING, m.lookup(4L));
        Set<Object> keys = new HashSet<>(m.keysForRange());
        assertEquals(Set.of(1L, 2L, 3L), keys);
        m.remove(2L);
        assertSame(GoMap.MISSING, m.lookupWhileRanging(2L));
        List<Map.Entry<Object, Object>> entries = m.entriesSnapshot();
        assertEquals(2, entries.size());
        m.clear();
        assertEquals(0, m.size());
    }

    /**
     * Writers racing without a forced overlap: each either finishes or stops at the fatal error, nothing else
     * escapes, and when no overlap was caught the map holds every key (the HashMap was never written by two).
     */
    @Test
    void racingWritersNeverCorruptTheMap() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            GoMap m = new GoMap();
            int writers = 4;
            int perWriter = 50_000;
            AtomicReference<Throwable> unexpected = new AtomicReference<>();
            boolean[] caught = new boolean[writers];
            CountDownLatch start = new CountDownLatch(1);
            Thread[] threads = new Thread[writers];
            for (int w = 0; w < writers; w++) {
                int id = w;
                threads[w] = new Thread(() -> {
                    try {
                        start.await();
                        for (long j = 0; j < perWriter; j++) {
                            m.put(j * writers + id, id);
                        }
                    } catch (FatalError f) {
                        caught[id] = true;
                    } catch (Throwable t) {
                        unexpected.set(t);
                    }
                });
                threads[w].start();
            }
            start.countDown();
            for (Thread t : threads) {
                t.join(60_000);
            }
            if (unexpected.get() != null) {
                fail("a writer failed with a Java exception", unexpected.get());
            }
            boolean anyCaught = false;
            for (boolean c : caught) {
                anyCaught |= c;
            }
            int ranged = m.keysForRange().size();
            assertEquals(m.size(), ranged, "len and range agree");
            if (!anyCaught) {
                assertEquals(writers * perWriter, m.size());
            }
        }
    }
}
