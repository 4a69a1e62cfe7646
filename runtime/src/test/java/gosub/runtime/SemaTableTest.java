package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

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

    /**
     * A program that ends with a goroutine still queued on a semaphore (here: main returns while it waits) leaves
     * the waiter in its own table: nothing of the program stays reachable once it is over. With a table shared by
     * the JVM, every such run kept its scheduler, its goroutines and their heap for good.
     */
    @Test
    void aFinishedProgramsWaitersDoNotKeepItAlive() throws InterruptedException {
        AtomicReference<WeakReference<Scheduler>> program = new AtomicReference<>();
        GoTesting.runOk(1, main -> {
            Scheduler s = main.scheduler();
            program.set(new WeakReference<>(s));
            long[] words = new long[1];
            s.go(main, g -> SemaTable.acquire(g, words, 0, false, WaitReason.SEMACQUIRE));
            while (s.semaTable.waiting() == 0) {
                s.gosched(main);
            }
        });
        Scheduler other = new Scheduler(1, GoTesting.daemonThreads());
        assertEquals(0, other.semaTable.waiting(), "another program's table is empty");
        for (int i = 0; i < 100 && program.get().get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(program.get().get() == null, "the finished program is still reachable");
    }
}
