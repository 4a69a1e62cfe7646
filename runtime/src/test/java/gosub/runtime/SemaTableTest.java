package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemaTableTest {

    /** The count is the word itself (a uint32): copying the array copies the count, not the waiters. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void countLivesInTheWordAndWaitersAreKeyedByLocation(int procs) {
        GoTesting.runOk(procs, main -> {
            long[] words = new long[2];
            SemaTable.release(main, words, 1, false);
            assertEquals(1, words[1]);
            long[] copy = words.clone();
            assertTrue(SemaTable.tryAcquire(copy, 1));
            assertFalse(SemaTable.tryAcquire(copy, 1));
            assertTrue(SemaTable.tryAcquire(words, 1));
            assertEquals(0, words[0]);

            // a waiter on one location is not woken by a release of another that hashes anywhere
            Scheduler s = main.scheduler();
            AtomicInteger woken = new AtomicInteger();
            s.go(main, g -> {
                SemaTable.acquire(g, words, 1, false, WaitReason.SEMACQUIRE);
                woken.incrementAndGet();
            });
            s.gosched(main);
            SemaTable.release(main, copy, 1, false);
            for (int i = 0; i < 100; i++) {
                s.gosched(main);
            }
            assertEquals(0, woken.get());
            SemaTable.release(main, words, 1, false);
            while (woken.get() == 0) {
                s.gosched(main);
            }
            assertEquals(0, words[1]);
        });
    }

    /** Many goroutines passing units through many semaphores (bucket collisions) lose none. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2, 4})
    void unitsAreNeitherLostNorDuplicated(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            int n = 600;
            long[][] sems = new long[n][1];
            AtomicInteger done = new AtomicInteger();
            for (int i = 0; i < n; i++) {
                long[] w = sems[i];
                s.go(main, g -> {
                    SemaTable.acquire(g, w, 0, false, WaitReason.SEMACQUIRE);
                    done.incrementAndGet();
                });
            }
            for (int i = 0; i < n; i++) {
                SemaTable.release(main, sems[i], 0, i % 2 == 0);
            }
            while (done.get() < n) {
                s.gosched(main);
            }
            for (long[] w : sems) {
                assertEquals(0, w[0]);
            }
        });
    }
}
