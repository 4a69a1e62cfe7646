package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import gosub.runtime.sync.WaitGroup;

class SelectTest {

    /**
     * Four always-ready cases, 200k selects: each case must win a quarter of the time. The expected count is
     * 50,000 with a standard deviation of ~194; the bound of +-10% is 25 standard deviations wide, so a
     * correct implementation never fails it, while a biased order (e.g. always the first ready case) does.
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void readyCasesAreChosenUniformly(int procs) {
        int rounds = 200_000;
        GoTesting.runOk(procs, g -> {
            Channel[] chans = new Channel[4];
            for (int i = 0; i < 4; i++) {
                chans[i] = new Channel(1, null);
                chans[i].send(g, i);
            }
            int[] wins = new int[4];
            for (int r = 0; r < rounds; r++) {
                Select s = new Select(4);
                for (Channel c : chans) {
                    s.receive(c);
                }
                int i = s.select(g);
                assertEquals(i, s.value());
                assertTrue(s.ok());
                wins[i]++;
                chans[i].send(g, i); // refill
            }
            for (int i = 0; i < 4; i++) {
                assertTrue(Math.abs(wins[i] - rounds / 4) < rounds / 40, "case " + i + " won " + wins[i] + " of " + rounds);
            }
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void defaultIsTakenOnlyWhenNothingIsReady(int procs) {
        GoTesting.runOk(procs, g -> {
            Channel a = new Channel(0, null);
            Channel b = new Channel(1, null);
            Select s = new Select(3);
            s.receive(a);
            s.send(b, "x");
            s.receive(null);
            assertEquals(1, s.selectOrDefault(g), "room in b's buffer");
            Select t = new Select(2);
            t.receive(a);
            t.send(b, "y");
            assertEquals(-1, t.selectOrDefault(g), "a has no sender, b is full");
            Select u = new Select(2);
            u.receive(a);
            u.receive(b);
            assertEquals(1, u.selectOrDefault(g));
            assertEquals("x", u.value());
            assertEquals(-1, new Select(0).selectOrDefault(g), "select {} with default");
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void blockedSelectIsWokenBySendOrReceiveOrClose(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler sched = main.scheduler();
            Channel in = new Channel(0, "zero");
            Channel out = new Channel(0, null);
            Channel idle = new Channel(0, null);
            // a receive case woken by a sender
            sched.go(main, g -> in.send(g, "hello"));
            Select s1 = new Select(3);
            s1.receive(idle);
            s1.receive(in);
            s1.send(idle, "never");
            assertEquals(1, s1.select(main));
            assertEquals("hello", s1.value());
            // a send case woken by a receiver
            Channel got = new Channel(1, null);
            sched.go(main, g -> got.send(g, out.receive(g)));
            Select s2 = new Select(2);
            s2.receive(idle);
            s2.send(out, 7);
            assertEquals(1, s2.select(main));
            assertEquals(7, got.receive(main));
            // a receive case woken by close
            sched.go(main, g -> {
                ChannelTest.awaitBlocked(g, 1);
                in.close(g);
            });
            Select s3 = new Select(2);
            s3.receive(idle);
            s3.receive(in);
            assertEquals(1, s3.select(main));
            assertFalse(s3.ok());
            assertEquals("zero", s3.value());
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void sendCaseOnClosedChannelPanics(int procs) {
        GoTesting.runOk(procs, main -> {
            Channel c = new Channel(0, null);
            Channel idle = new Channel(0, null);
            main.scheduler().go(main, g -> {
                ChannelTest.awaitBlocked(g, 1);
                c.close(g);
            });
            Select s = new Select(2);
            s.receive(idle);
            s.send(c, 1);
            GoPanic p = assertThrows(GoPanic.class, () -> s.select(main));
            assertEquals("send on closed channel", p.getMessage());
            Select t = new Select(1);
            t.send(c, 1);
            assertThrows(GoPanic.class, () -> t.selectOrDefault(main));
        });
    }

    /**
     * Many goroutines select over the same channels in both directions at once: the selectDone race and the
     * removal of losing waiters must neither lose nor duplicate a value. Each goroutine reuses its own Select
     * (as the interpreter does), so a waiter left queued or a waker writing into a reused waiter shows up here.
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void concurrentSelectsLoseNothing(int procs) {
        int perProducer = 200_000;
        GoTesting.runOk(procs, main -> {
            Scheduler sched = main.scheduler();
            Channel a = new Channel(0, null);
            Channel b = new Channel(2, null);
            Channel c = new Channel(0, null);
            Channel quit = new Channel(0, null);
            Channel sums = new Channel(3, null);
            WaitGroup producers = new WaitGroup();
            producers.add(main, 2);
            for (int p = 0; p < 2; p++) {
                sched.go(main, g -> {
                    for (int i = 1; i <= perProducer; i++) {
                        Select s = Select.reusable(g, 2); // send the same value on whichever of a/b is free
                        s.send(a, (long) i);
                        s.send(b, (long) i);
                        s.select(g);
                    }
                    producers.done(g);
                });
            }
            for (int k = 0; k < 3; k++) {
                sched.go(main, g -> {
                    long sum = 0;
                    long count = 0;
                    while (true) {
                        Select s = Select.reusable(g, 4);
                        s.receive(a);
                        s.receive(b);
                        s.receive(c); // nobody sends on c
                        s.receive(quit);
                        int i = s.select(g);
                        if (i == 3) {
                            break;
                        }
                        sum += (Long) s.value();
                        count++;
                    }
                    sums.send(g, new long[] {sum, count});
                });
            }
            producers.await(main);
            // A consumer may take the closed quit case while values are still in b's buffer (select picks at
            // random among ready cases), so main drains b after the consumers are done.
            quit.close(main);
            long sum = 0;
            long count = 0;
            for (int k = 0; k < 3; k++) {
                long[] r = (long[]) sums.receive(main);
                sum += r[0];
                count += r[1];
            }
            while (true) {
                Object v = b.tryReceive(main);
                if (v == Channel.WOULD_BLOCK) {
                    break;
                }
                sum += (Long) v;
                count++;
            }
            assertEquals(2L * perProducer, count);
            assertEquals(2L * perProducer * (perProducer + 1L) / 2, sum);
        });
    }

    /**
     * A goroutine's reusable Select after a select that blocked, one that panicked and a larger one: each
     * starts empty, and a blocked select's waiters are reused without reaching the next select's channels.
     */
    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void reusableSelectStartsEmptyEachTime(int procs) {
        GoTesting.runOk(procs, main -> {
            Channel a = new Channel(0, 0);
            Channel b = new Channel(0, 0);
            Channel closed = new Channel(0, 0);
            closed.close(main);
            for (int round = 0; round < 1000; round++) {
                int r = round;
                main.scheduler().go(main, g -> b.send(g, r));
                Select s = Select.reusable(main, 2);
                s.receive(a);
                s.receive(b);
                assertEquals(1, s.select(main), "round " + round);
                assertEquals(r, s.value());
                assertTrue(s.ok());

                Select t = Select.reusable(main, 1);
                t.send(closed, 1);
                assertThrows(GoPanic.class, () -> t.select(main));

                Select u = Select.reusable(main, 3);
                u.receive(a);
                u.receive(closed);
                u.send(null, 1);
                assertEquals(1, u.select(main));
                assertFalse(u.ok());
                assertEquals(0, u.value());
            }
            assertTrue(a.recvq.isEmpty() && b.recvq.isEmpty(), "no waiter left queued");
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void emptySelectAndAllNilSelectBlockForever(int procs) {
        GoTesting.Outcome o = GoTesting.run(procs, main -> {
            main.scheduler().go(main, g -> {
                Select s = new Select(2);
                s.receive(null);
                s.send(null, 1);
                s.select(g);
            });
            new Select(0).select(main);
        });
        assertEquals(2, o.exitCode());
        assertEquals("""
                fatal error: all goroutines are asleep - deadlock!

                goroutine 1 [select (no cases)]:
                \tframes of 1

                goroutine 2 [select]:
                \tframes of 2
                """, o.stderr());
    }
}
