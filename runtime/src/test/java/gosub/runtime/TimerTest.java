package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimerTest {
    private static final long MS = 1_000_000;

    /** 50 timers armed in random order fire in deadline order (deadlines are 2 ms apart). */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void timersFireInDeadlineOrder(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            int n = 50;
            Channel fired = new Channel(n, null);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, new Random(42));
            long base = s.nanotime() + 20 * MS;
            for (int i : order) {
                // time.After-style: the callback must not block, so it uses trySend on a buffered channel
                s.newTimer(base + i * 2 * MS, 0, (on, when) -> assertTrue(fired.trySend(on, i)));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(i, fired.receive(main));
            }
        });
    }

    /**
     * A sleeping goroutine leaves its M to the others: on one P, the other goroutine can only run while main
     * sleeps (it is runnable before main sleeps and main does not yield otherwise).
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void sleepDoesNotBlockTheM(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            AtomicInteger ticks = new AtomicInteger();
            Channel stop = new Channel(0, null);
            Channel stopped = new Channel(0, null);
            s.go(main, g -> {
                while (stop.tryReceive(g) == Channel.WOULD_BLOCK) {
                    ticks.incrementAndGet();
                    s.gosched(g);
                }
                stopped.send(g, true);
            });
            long t0 = s.nanotime();
            s.sleep(main, 50 * MS);
            long slept = s.nanotime() - t0;
            int during = ticks.get();
            stop.send(main, true);
            stopped.receive(main);
            assertTrue(slept >= 50 * MS, "woke early: " + slept);
            assertTrue(during > 0, "the other goroutine did not run during the sleep");
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void stopAndResetReturnGoBooleans(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            AtomicInteger fires = new AtomicInteger();
            Channel c = new Channel(1, null);
            Timer t = s.newTimer(s.nanotime() + 3_600_000 * MS, 0, (on, when) -> {
                fires.incrementAndGet();
                c.trySend(on, when);
            });
            assertTrue(t.stop(), "stopping a pending timer");
            assertFalse(t.stop(), "already stopped");
            assertFalse(t.reset(s.nanotime() + 3_600_000 * MS, 0), "reset of a stopped timer");
            assertTrue(t.reset(s.nanotime() + MS, 0), "reset of a pending timer");
            c.receive(main);
            assertFalse(t.stop(), "stop after firing");
            assertEquals(1, fires.get());
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void tickerFiresRepeatedlyUntilStopped(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Channel ticks = new Channel(1, null);
            Timer ticker = s.newTimer(s.nanotime() + 2 * MS, 2 * MS, (on, when) -> ticks.trySend(on, when));
            long last = 0;
            for (int i = 0; i < 5; i++) {
                long when = (Long) ticks.receive(main);
                assertTrue(when > last);
                last = when;
            }
            assertTrue(ticker.stop());
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void afterFuncStartsAGoroutine(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Channel done = new Channel(0, null);
            s.newTimer(s.nanotime() + MS, 0, (on, when) -> s.go(on, g -> done.send(g, "from AfterFunc")));
            assertEquals("from AfterFunc", done.receive(main));
        });
    }

    /** Everybody else blocked forever while main sleeps is not a deadlock: main wakes and returns. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void blockedGoroutinesWhileMainSleepsIsNotDeadlock(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Channel never = new Channel(0, null);
            for (int i = 0; i < 3; i++) {
                s.go(main, g -> never.receive(g));
            }
            s.sleep(main, 30 * MS);
        });
    }

    /** A pending timer whose callback will unblock main prevents the deadlock verdict. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void pendingTimerPreventsDeadlock(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Channel c = new Channel(1, null);
            s.newTimer(s.nanotime() + 30 * MS, 0, (on, when) -> c.trySend(on, "late"));
            assertEquals("late", c.receive(main));
        });
    }

    /** Once the last timer has fired without waking anyone, the deadlock is detected. */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void deadlockIsDetectedAfterTheLastTimerFires(int procs) {
        GoTesting.Outcome o = GoTesting.run(procs, main -> {
            Scheduler s = main.scheduler();
            Channel full = new Channel(1, null);
            full.send(main, 0);
            s.newTimer(s.nanotime() + 10 * MS, 0, (on, when) -> full.trySend(on, 1)); // finds it full
            new Channel(0, null).receive(main);
        });
        assertEquals(2, o.exitCode());
        assertTrue(o.stderr().startsWith("fatal error: all goroutines are asleep - deadlock!\n\n"
                + "goroutine 1 [chan receive]:\n"), o.stderr());
    }
}
