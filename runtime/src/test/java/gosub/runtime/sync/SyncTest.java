package gosub.runtime.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import gosub.runtime.Channel;
import gosub.runtime.FatalError;
import gosub.runtime.GoPanic;
import gosub.runtime.GoTesting;
import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;

class SyncTest {

    /** A plain (non-atomic, non-volatile) counter guarded by the lock under test. */
    private static final class Counter {
        long value;
        int inside;
    }

    /**
     * Four goroutines increment a plain field under the Mutex; some hold it across a Gosched so that others
     * really queue on it (and starvation mode is exercised). The count must be exact and nobody may ever find
     * another goroutine inside.
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void mutexGivesMutualExclusion(int procs) {
        int workers = 4;
        int each = 200_000;
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Mutex mu = new Mutex();
            Counter c = new Counter();
            WaitGroup wg = new WaitGroup();
            wg.add(main, workers);
            for (int w = 0; w < workers; w++) {
                s.go(main, g -> {
                    for (int i = 0; i < each; i++) {
                        mu.lock(g);
                        if (c.inside++ != 0) {
                            throw new AssertionError("two goroutines inside the mutex");
                        }
                        c.value++;
                        if (i % 1000 == 0) {
                            s.gosched(g); // hold the lock across a switch: the others must park
                        }
                        c.inside--;
                        mu.unlock(g);
                    }
                    wg.done(g);
                });
            }
            wg.await(main);
            assertEquals((long) workers * each, c.value);
            assertTrue(mu.tryLock());
            assertFalse(mu.tryLock());
            mu.unlock(main);
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void unlockOfUnlockedMutexIsFatal(int procs) {
        GoTesting.runOk(procs, g -> {
            FatalError e = assertThrows(FatalError.class, () -> new Mutex().unlock(g));
            assertEquals("sync: unlock of unlocked mutex", e.getMessage());
            FatalError r = assertThrows(FatalError.class, () -> new RWMutex().rUnlock(g));
            assertEquals("sync: RUnlock of unlocked RWMutex", r.getMessage());
            FatalError w = assertThrows(FatalError.class, () -> new RWMutex().unlock(g));
            assertEquals("sync: Unlock of unlocked RWMutex", w.getMessage());
        });
    }

    /**
     * Readers and writers on one RWMutex: a writer never overlaps anybody, readers do overlap each other, and
     * the writers' plain counter is exact.
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void rwMutexExcludesWritersAndSharesReaders(int procs) {
        int writers = 2;
        int readers = 4;
        int rounds = 50_000;
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            RWMutex rw = new RWMutex();
            Counter c = new Counter();
            int[] readersInside = new int[1];
            int[] maxReadersInside = new int[1];
            Mutex readerBook = new Mutex(); // guards readersInside, which readers share
            WaitGroup wg = new WaitGroup();
            wg.add(main, writers + readers);
            for (int w = 0; w < writers; w++) {
                s.go(main, g -> {
                    for (int i = 0; i < rounds; i++) {
                        rw.lock(g);
                        if (c.inside++ != 0 || readersInside[0] != 0) {
                            throw new AssertionError("writer overlaps");
                        }
                        c.value++;
                        if (i % 500 == 0) {
                            s.gosched(g);
                        }
                        c.inside--;
                        rw.unlock(g);
                    }
                    wg.done(g);
                });
            }
            for (int r = 0; r < readers; r++) {
                s.go(main, g -> {
                    for (int i = 0; i < rounds; i++) {
                        rw.rLock(g);
                        readerBook.lock(g);
                        readersInside[0]++;
                        maxReadersInside[0] = Math.max(maxReadersInside[0], readersInside[0]);
                        readerBook.unlock(g);
                        if (c.inside != 0) {
                            throw new AssertionError("reader overlaps a writer");
                        }
                        if (i % 100 == 0) {
                            s.gosched(g); // hold the read lock across a switch so readers overlap
                        }
                        readerBook.lock(g);
                        readersInside[0]--;
                        readerBook.unlock(g);
                        rw.rUnlock(g);
                    }
                    wg.done(g);
                });
            }
            wg.await(main);
            assertEquals((long) writers * rounds, c.value);
            assertTrue(maxReadersInside[0] > 1, "readers never overlapped");
            assertTrue(rw.tryLock(main));
            assertFalse(rw.tryRLock());
            rw.unlock(main);
            assertTrue(rw.tryRLock());
            assertFalse(rw.tryLock(main));
            rw.rUnlock(main);
        });
    }

    /** A pending writer blocks new readers (writer preference). */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void pendingWriterBlocksNewReaders(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            RWMutex rw = new RWMutex();
            Channel order = new Channel(2, null);
            rw.rLock(main);
            s.go(main, g -> {
                rw.lock(g);
                order.send(g, "writer");
                rw.unlock(g);
            });
            awaitBlocked(main, 1); // the writer waits for our read lock
            s.go(main, g -> {
                rw.rLock(g);
                order.send(g, "reader");
                rw.rUnlock(g);
            });
            awaitBlocked(main, 2); // the new reader queues behind the writer
            rw.rUnlock(main);
            assertEquals("writer", order.receive(main));
            assertEquals("reader", order.receive(main));
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void waitGroupWakesAllWaiters(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            WaitGroup work = new WaitGroup();
            WaitGroup waiters = new WaitGroup();
            AtomicLong done = new AtomicLong();
            work.add(main, 100);
            waiters.add(main, 5);
            Channel seen = new Channel(5, null);
            for (int i = 0; i < 5; i++) {
                s.go(main, g -> {
                    work.await(g);
                    seen.send(g, done.get());
                    waiters.done(g);
                });
            }
            for (int i = 0; i < 100; i++) {
                s.go(main, g -> {
                    s.sleep(g, 1_000_000);
                    done.incrementAndGet();
                    work.done(g);
                });
            }
            waiters.await(main);
            for (int i = 0; i < 5; i++) {
                assertEquals(100L, seen.receive(main));
            }
            work.await(main); // counter is 0: returns at once
            GoPanic p = assertThrows(GoPanic.class, () -> work.done(main));
            assertEquals("sync: negative WaitGroup counter", p.getMessage());
            assertFalse(p.isRuntimeError());
        });
    }

    /** A bounded buffer on one Mutex and two Conds: every item arrives exactly once, in order. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void condSignalAndBroadcast(int procs) {
        int items = 100_000;
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Mutex mu = new Mutex();
            Cond notEmpty = new Cond(mu);
            Cond notFull = new Cond(mu);
            ArrayList<Integer> buffer = new ArrayList<>();
            Channel result = new Channel(1, null);
            s.go(main, g -> {
                long sum = 0;
                int expect = 0;
                for (int i = 0; i < items; i++) {
                    mu.lock(g);
                    while (buffer.isEmpty()) {
                        notEmpty.await(g);
                    }
                    int v = buffer.remove(0);
                    notFull.signal(g);
                    mu.unlock(g);
                    if (v != expect++) {
                        throw new AssertionError("out of order " + v);
                    }
                    sum += v;
                }
                result.send(g, sum);
            });
            for (int i = 0; i < items; i++) {
                mu.lock(main);
                while (buffer.size() == 4) {
                    notFull.await(main);
                }
                buffer.add(i);
                notEmpty.signal(main);
                mu.unlock(main);
            }
            assertEquals((long) items * (items - 1) / 2, result.receive(main));

            // Broadcast wakes every waiter.
            boolean[] go = new boolean[1];
            Cond start = new Cond(mu);
            WaitGroup wg = new WaitGroup();
            wg.add(main, 10);
            for (int i = 0; i < 10; i++) {
                s.go(main, g -> {
                    mu.lock(g);
                    while (!go[0]) {
                        start.await(g);
                    }
                    mu.unlock(g);
                    wg.done(g);
                });
            }
            awaitBlocked(main, 10);
            mu.lock(main);
            go[0] = true;
            start.broadcast(main);
            mu.unlock(main);
            wg.await(main);
        });
    }

    /** Once: f runs once; a second caller arriving while f runs waits until f has finished. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void onceRunsOnceAndLaterCallersWait(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Once once = new Once();
            List<String> log = new ArrayList<>();
            Channel second = new Channel(1, null);
            s.go(main, g -> {
                once.run(g, () -> {
                    log.add("f start");
                    s.sleep(g, 20_000_000); // f blocks; the other caller must wait for it
                    log.add("f end");
                });
                second.send(g, "first returned");
            });
            awaitBlocked(main, 1);
            once.run(main, () -> log.add("f again"));
            log.add("second returned");
            assertEquals(List.of("f start", "f end", "second returned"), log);
            assertEquals("first returned", second.receive(main));

            Once panicking = new Once();
            assertThrows(IllegalStateException.class, () -> panicking.run(main, () -> {
                throw new IllegalStateException("boom");
            }));
            panicking.run(main, () -> log.add("never")); // a panicking f still counts as done
            assertFalse(log.contains("never"));
        });
    }

    private static void awaitBlocked(Goroutine main, int n) {
        while (main.scheduler().blockedGoroutines().size() < n) {
            main.scheduler().sleep(main, 100_000);
        }
    }
}
