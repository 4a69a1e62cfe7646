package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import gosub.runtime.sync.Cond;
import gosub.runtime.sync.Mutex;
import gosub.runtime.sync.RWMutex;
import gosub.runtime.sync.WaitGroup;

class SchedulerTest {

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void goroutineIdsCountFromOneAndNumGoroutineTracksLiveOnes(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            assertEquals(1, main.id());
            assertEquals(1, s.numGoroutine());
            Channel block = new Channel(0, null);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(s.go(main, g -> block.receive(g)).id());
            }
            assertEquals(List.of(2L, 3L, 4L), ids);
            assertEquals(4, s.numGoroutine());
            block.close(main);
            while (s.numGoroutine() > 1) {
                s.gosched(main);
            }
        });
    }

    /**
     * Deadlock report: every blocked goroutine, by id, with Go's wait reason, and frames from the printer.
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void deadlockReportsEveryBlockedGoroutineWithItsWaitReason(int procs) {
        GoTesting.Outcome o = GoTesting.run(procs, main -> {
            Scheduler s = main.scheduler();
            Channel unbuffered = new Channel(0, null);
            Mutex held = new Mutex();
            held.lock(main);
            RWMutex rw = new RWMutex();
            rw.lock(main);
            WaitGroup wg = new WaitGroup();
            wg.add(main, 1);
            Mutex condLock = new Mutex();
            Cond cond = new Cond(condLock);
            s.go(main, g -> unbuffered.send(g, 1));                 // 2
            s.go(main, g -> held.lock(g));                          // 3
            s.go(main, g -> rw.rLock(g));                           // 4
            s.go(main, g -> wg.await(g));                           // 5
            s.go(main, g -> {                                       // 6
                condLock.lock(g);
                cond.await(g);
            });
            s.go(main, g -> { });                                   // 7 finishes: not listed
            s.go(main, g -> {                                       // 8
                Select sel = new Select(2);
                sel.receive(new Channel(0, null));
                sel.send(new Channel(0, null), 1);
                sel.select(g);
            });
            Channel.receive(main, new Channel(0, null));
        });
        assertEquals(2, o.exitCode());
        assertEquals("""
                fatal error: all goroutines are asleep - deadlock!

                goroutine 1 [chan receive]:
                \tframes of 1

                goroutine 2 [chan send]:
                \tframes of 2

                goroutine 3 [semacquire]:
                \tframes of 3

                goroutine 4 [semacquire]:
                \tframes of 4

                goroutine 5 [semacquire]:
                \tframes of 5

                goroutine 6 [sync.Cond.Wait]:
                \tframes of 6

                goroutine 8 [select]:
                \tframes of 8
                """, o.stderr());
    }

    /**
     * Go's SIGQUIT report, asked for by another thread (the signal thread) while the program runs: every live
     * goroutine by id with its state, including the running and runnable ones, then exit status 2.
     */
    @Test
    void exitWithTracebackListsEveryGoroutineWithItsState() {
        GoTesting.Outcome o = GoTesting.run(1, main -> {
            Scheduler s = main.scheduler();
            Channel never = new Channel(0, null);
            Goroutine receiver = s.go(main, g -> never.receive(g));          // 2
            Goroutine sleeper = s.go(main, g -> s.sleep(g, 3_600_000_000_000L)); // 3
            s.go(main, g -> { });                                               // 4 ends: not listed
            while (receiver.waitReason() == null || sleeper.waitReason() == null || s.numGoroutine() > 3) {
                s.gosched(main);
            }
            s.go(main, g -> never.receive(g));                                  // 5 has not run yet
            Thread signalThread = Thread.ofPlatform().start(() -> s.exitWithTraceback("SIGQUIT: quit\n", 2));
            try {
                signalThread.join(); // main keeps its P: it is running, 5 is runnable
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            Channel.receive(main, never);
        });
        assertEquals(2, o.exitCode());
        assertEquals("""
                SIGQUIT: quit

                goroutine 1 [running]:
                \tframes of 1

                goroutine 2 [chan receive]:
                \tframes of 2

                goroutine 3 [sleep]:
                \tframes of 3

                goroutine 5 [runnable]:
                \tframes of 5
                """, o.stderr());
    }

    /** Goroutine 1 blocked while another one exits last: the last M going idle detects the deadlock. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void deadlockAfterTheLastRunnableGoroutineExits(int procs) {
        GoTesting.Outcome o = GoTesting.run(procs, main -> {
            Scheduler s = main.scheduler();
            Channel results = new Channel(0, null);
            s.go(main, g -> {
                for (int i = 1; i <= 3; i++) {
                    results.send(g, i * 10);
                }
                // forgot to close(results)
            });
            while (true) {
                results.receive(main);
            }
        });
        assertEquals(2, o.exitCode());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"
                + "\tframes of 1\n", o.stderr());
    }

    /**
     * One spinner per P, in loops that only poll the preemption flag. Main sleeps until both spin, then once
     * more: its timer fires, but with every P busy no M looks at timers or run queues until sysmon has flagged
     * a spinner (after 10 ms) and it yielded. Main then starts a goroutine that stops the spinners.
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void spinningGoroutineIsPreempted(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong spinning = new AtomicLong();
            AtomicLong preemptions = new AtomicLong();
            Channel done = new Channel(0, null);
            for (int k = 0; k < procs; k++) {
                s.go(main, g -> {
                    spinning.incrementAndGet();
                    while (!stop.get()) {
                        if (g.preemptRequested()) {
                            preemptions.incrementAndGet();
                            s.gosched(g);
                        }
                    }
                    done.send(g, true);
                });
            }
            while (spinning.get() < procs) {
                s.sleep(main, 1_000_000);
            }
            s.sleep(main, 1_000_000);
            s.go(main, g -> stop.set(true));
            for (int k = 0; k < procs; k++) {
                done.receive(main);
            }
            assertTrue(preemptions.get() > 0, "main ran again without a preemption");
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void osExitFromAGoroutineEndsTheProgramAtOnce(int procs) {
        long t0 = System.nanoTime();
        GoTesting.Outcome o = GoTesting.run(procs, main -> {
            Scheduler s = main.scheduler();
            s.go(main, g -> { // a CPU-bound goroutine that only polls preemption
                while (true) {
                    s.checkPreempt(g);
                }
            });
            s.go(main, g -> s.exit(g, 3, () -> s.errorOutput().print("config invalid\n")));
            new Channel(0, null).receive(main);
        });
        assertEquals(3, o.exitCode());
        assertEquals("config invalid\n", o.stderr());
        assertNull(o.crash());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "exit took too long");
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void mainReturningEndsTheProgramWithBlockedGoroutines(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Channel prev = new Channel(0, null);
            Channel first = prev;
            for (int i = 0; i < 1000; i++) { // a chain like prime_sieve_chain, still blocked at the end
                Channel in = prev;
                Channel out = new Channel(0, null);
                s.go(main, g -> {
                    while (true) {
                        out.send(g, in.receive(g));
                    }
                });
                prev = out;
            }
            first.send(main, 1);
            assertEquals(1, prev.receive(main));
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void unhandledPanicInAGoroutineCrashesTheProgram(int procs) {
        GoTesting.Outcome o = GoTesting.run(procs, main -> {
            Scheduler s = main.scheduler();
            s.go(main, g -> {
                throw new GoPanic("boom", false);
            });
            new Channel(0, null).receive(main);
        });
        assertEquals(2, o.exitCode());
        assertEquals("panic: boom\n\ngoroutine 2 [running]:\n\tframes of 2\n", o.stderr());
    }

    @Test
    void gomaxprocsQueriesGrowsAndShrinks() {
        GoTesting.runOk(1, main -> {
            Scheduler s = main.scheduler();
            assertEquals(1, s.gomaxprocs(0));
            assertEquals(1, s.gomaxprocs(3));
            assertEquals(3, s.gomaxprocs(-1));
            work(main, 2000);
            assertEquals(3, s.gomaxprocs(1));
            work(main, 2000);
            assertEquals(1, s.gomaxprocs(2));
            work(main, 2000);
        });
    }

    /** Spawns n goroutines that pass a token around and checks they all ran. */
    private static void work(Goroutine main, int n) {
        Scheduler s = main.scheduler();
        WaitGroup wg = new WaitGroup();
        AtomicLong sum = new AtomicLong();
        Channel token = new Channel(1, null);
        token.send(main, 0L);
        wg.add(main, n);
        for (int i = 0; i < n; i++) {
            s.go(main, g -> {
                token.send(g, (Long) token.receive(g) + 1);
                s.sleep(g, 10_000);
                sum.incrementAndGet();
                wg.done(g);
            });
        }
        wg.await(main);
        assertEquals(n, sum.get());
        assertEquals((long) n, token.receive(main));
    }

    @Test
    void runMainTwiceIsRefused() {
        Scheduler s = new Scheduler(1, GoTesting.daemonThreads());
        assertEquals(0, s.runMain(g -> { }));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> s.runMain(g -> { }));
    }

    /**
     * Goroutines started from a thread that is no M (an embedder, a host callback) go to the global queue while
     * main sleeps on a long timer; an M that was spinning as it went idle must still see them, or they wait for
     * the timer. Starts come at random moments around the end of that spin; each gets 10 s (the program fails the 60 s safety net otherwise).
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void goroutinesStartedFromOutsideRunWhileEveryMIsIdle(int procs) throws Exception {
        Scheduler s = new Scheduler(procs, GoTesting.daemonThreads());
        Thread runner = Thread.ofPlatform().daemon().start(() -> s.runMain(main -> {
            while (true) {
                s.sleep(main, 3_600_000_000_000L);
            }
        }));
        try {
            java.util.Random random = new java.util.Random(11);
            for (int i = 0; i < 20_000; i++) {
                // the M spins about 20 us before it goes idle: start the next goroutine around then
                long until = System.nanoTime() + random.nextInt(40_000);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
                s.go(null, g -> {
                    Channel c = new Channel(0, null);
                    s.go(g, h -> c.send(h, 1));
                    c.receive(g);
                    done.countDown();
                });
                assertTrue(done.await(10, java.util.concurrent.TimeUnit.SECONDS), "start " + i + " was not run");
            }
        } finally {
            s.exit(null, 0, null);
            runner.join(5_000);
        }
    }
}
