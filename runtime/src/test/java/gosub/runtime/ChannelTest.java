package gosub.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import gosub.runtime.sync.WaitGroup;

class ChannelTest {
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 3;

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void tenMillionBufferedMessagesNeitherLostNorDuplicated(int procs) {
        exchange(procs, 64, 10_000_000);
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void tenMillionUnbufferedMessagesNeitherLostNorDuplicated(int procs) {
        exchange(procs, 0, 10_000_000);
    }

    /**
     * A huge capacity costs nothing until values arrive (the ring grows), and a ring that grows while it wraps keeps
     * FIFO order: receive some, send more than the ring holds, and everything comes out in the order it went in.
     */
    @ParameterizedTest(name = "capacity={0}")
    @ValueSource(ints = {Integer.MAX_VALUE, 40, 100})
    void growingRingKeepsFifoOrder(int capacity) {
        GoTesting.runOk(1, main -> {
            Channel ch = new Channel(capacity, null);
            long next = 0;
            long expected = 0;
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < 30 && ch.length() < capacity; i++) {
                    assertTrue(ch.trySend(main, next++));
                }
                for (int i = 0; i < 7; i++) {
                    assertEquals(expected++, ch.tryReceive(main));
                }
            }
            while (expected < next) {
                assertEquals(expected++, ch.tryReceive(main));
            }
            assertSame(Channel.WOULD_BLOCK, ch.tryReceive(main));
            assertEquals(capacity, ch.capacity());
        });
    }

    /**
     * PRODUCERS goroutines each send (producer, sequence) for their share; CONSUMERS goroutines receive until
     * close. Each consumer checks that every producer's sequence numbers arrive increasing (channels are FIFO)
     * and marks them in its own bitmap; at the end the bitmaps must be disjoint and cover everything.
     */
    private static void exchange(int procs, int capacity, int total) {
        int each = total / PRODUCERS;
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Channel ch = new Channel(capacity, null);
            WaitGroup producers = new WaitGroup();
            Channel results = new Channel(CONSUMERS, null);
            producers.add(main, PRODUCERS);
            for (int p = 0; p < PRODUCERS; p++) {
                long tag = (long) p << 32;
                s.go(main, g -> {
                    for (int i = 0; i < each; i++) {
                        ch.send(g, tag | i);
                    }
                    producers.done(g);
                });
            }
            for (int c = 0; c < CONSUMERS; c++) {
                s.go(main, g -> {
                    BitSet[] seen = new BitSet[PRODUCERS];
                    int[] last = new int[PRODUCERS];
                    for (int p = 0; p < PRODUCERS; p++) {
                        seen[p] = new BitSet(each);
                        last[p] = -1;
                    }
                    long count = 0;
                    long sum = 0;
                    while (true) {
                        Object v = ch.receiveOrClosed(g);
                        if (v == Channel.CLOSED) {
                            break;
                        }
                        long m = (Long) v;
                        int p = (int) (m >>> 32);
                        int seq = (int) m;
                        if (seq <= last[p]) {
                            throw new AssertionError("producer " + p + " out of order: " + seq + " after " + last[p]);
                        }
                        last[p] = seq;
                        seen[p].set(seq);
                        count++;
                        sum += seq;
                    }
                    results.send(g, new Object[] {seen, count, sum});
                });
            }
            producers.await(main);
            ch.close(main);
            BitSet[] union = new BitSet[PRODUCERS];
            for (int p = 0; p < PRODUCERS; p++) {
                union[p] = new BitSet(each);
            }
            long count = 0;
            long sum = 0;
            for (int c = 0; c < CONSUMERS; c++) {
                Object[] r = (Object[]) results.receive(main);
                BitSet[] seen = (BitSet[]) r[0];
                for (int p = 0; p < PRODUCERS; p++) {
                    assertFalse(union[p].intersects(seen[p]), "a message was delivered twice");
                    union[p].or(seen[p]);
                }
                count += (Long) r[1];
                sum += (Long) r[2];
            }
            assertEquals((long) each * PRODUCERS, count);
            assertEquals((long) PRODUCERS * each * (each - 1L) / 2, sum);
            for (int p = 0; p < PRODUCERS; p++) {
                assertEquals(each, union[p].cardinality(), "messages lost from producer " + p);
            }
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void bufferedChannelIsFifoWithLenAndCap(int procs) {
        GoTesting.runOk(procs, g -> {
            Channel ch = new Channel(3, 0);
            assertEquals(3, ch.capacity());
            ch.send(g, 1);
            ch.send(g, 2);
            assertEquals(2, ch.length());
            assertTrue(ch.trySend(g, 3));
            assertFalse(ch.trySend(g, 4), "full");
            assertEquals(1, ch.receive(g));
            assertEquals(2, ch.tryReceive(g));
            ch.close(g);
            assertEquals(3, ch.receiveOrClosed(g), "buffered values survive close");
            assertSame(Channel.CLOSED, ch.receiveOrClosed(g));
            assertEquals(0, ch.receive(g), "zero value after close");
            assertSame(Channel.CLOSED, ch.tryReceive(g));
            assertEquals(0, Channel.length(null));
            assertEquals(0, Channel.capacity(null));
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void tryOperationsOnUnbufferedChannel(int procs) {
        GoTesting.runOk(procs, main -> {
            Channel ch = new Channel(0, "zero");
            assertSame(Channel.WOULD_BLOCK, ch.tryReceive(main));
            assertFalse(ch.trySend(main, "x"), "no receiver");
            Channel started = new Channel(0, null);
            main.scheduler().go(main, g -> {
                started.send(g, true);
                assertEquals("y", ch.receive(g));
                started.send(g, true);
            });
            started.receive(main);
            // the receiver is about to block (or has); spin until the non-blocking send finds it
            while (!ch.trySend(main, "y")) {
                main.scheduler().gosched(main);
            }
            started.receive(main);
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void closeWakesAllReceivers(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Channel ch = new Channel(0, "zero");
            Channel results = new Channel(10, null);
            for (int i = 0; i < 10; i++) {
                s.go(main, g -> {
                    Object v = ch.receiveOrClosed(g);
                    Object zero = Channel.receive(g, ch);
                    results.send(g, v == Channel.CLOSED && zero.equals("zero"));
                });
            }
            awaitBlocked(main, 10);
            ch.close(main);
            for (int i = 0; i < 10; i++) {
                assertEquals(Boolean.TRUE, results.receive(main));
            }
        });
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void closeMakesBlockedAndLaterSendersPanic(int procs) {
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Channel ch = new Channel(1, 0);
            ch.send(main, 42); // full: senders block
            Channel results = new Channel(5, null);
            for (int i = 0; i < 5; i++) {
                s.go(main, g -> {
                    try {
                        ch.send(g, 1);
                        results.send(g, "sent");
                    } catch (GoPanic p) {
                        results.send(g, p.getMessage());
                    }
                });
            }
            awaitBlocked(main, 5);
            ch.close(main);
            for (int i = 0; i < 5; i++) {
                assertEquals("send on closed channel", results.receive(main));
            }
            assertEquals(42, ch.receive(main), "the buffered value is still there");

            GoPanic again = assertThrows(GoPanic.class, () -> ch.close(main));
            assertEquals("close of closed channel", again.getMessage());
            GoPanic send = assertThrows(GoPanic.class, () -> ch.send(main, 2));
            assertEquals("send on closed channel", send.getMessage());
            assertTrue(send.isRuntimeError());
            assertThrows(GoPanic.class, () -> ch.trySend(main, 2));
            GoPanic nil = assertThrows(GoPanic.class, () -> Channel.close(main, null));
            assertEquals("close of nil channel", nil.getMessage());
        });
    }

    /** Polls (sleeping 100 us, so the others run) until {@code n} goroutines are parked. */
    static void awaitBlocked(Goroutine main, int n) {
        while (main.scheduler().blockedGoroutines().size() < n) {
            main.scheduler().sleep(main, 100_000);
        }
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void nilChannelOperationsBlockForeverAndAreReportedAsDeadlock(int procs) {
        GoTesting.Outcome o = GoTesting.run(procs, main -> {
            main.scheduler().go(main, g -> Channel.send(g, null, 1));
            Channel.receive(main, null);
        });
        assertEquals(2, o.exitCode());
        assertEquals("""
                fatal error: all goroutines are asleep - deadlock!

                goroutine 1 [chan receive (nil chan)]:
                \tframes of 1

                goroutine 2 [chan send (nil chan)]:
                \tframes of 2
                """, o.stderr());
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = {1, 2})
    void hundredThousandParkedGoroutinesAllComplete(int procs) {
        int n = 100_000;
        GoTesting.runOk(procs, main -> {
            Scheduler s = main.scheduler();
            Channel gate = new Channel(0, null);
            Channel[] pairs = new Channel[n];
            AtomicInteger arrived = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            WaitGroup wg = new WaitGroup();
            wg.add(main, n);
            for (int i = 0; i < n; i++) {
                Channel mine = new Channel(0, null);
                pairs[i] = mine;
                s.go(main, g -> {
                    arrived.incrementAndGet();
                    gate.receive(g);     // half of the release: close
                    mine.receive(g);     // the other half: one send each
                    done.incrementAndGet();
                    wg.done(g);
                });
            }
            while (arrived.get() < n) { // cheap to poll; then one or two scans of all goroutines
                s.sleep(main, 1_000_000);
            }
            awaitBlocked(main, n);
            assertEquals(n + 1, s.numGoroutine());
            gate.close(main);
            for (Channel c : pairs) {
                c.send(main, Boolean.TRUE);
            }
            wg.await(main);
            assertEquals(n, done.get());
        });
    }
}
