package gosub.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

import gosub.runtime.Channel;
import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;
import gosub.runtime.sync.WaitGroup;

/**
 * Standalone runtime micro-benchmarks (not run by the test suite). Run after {@code mvn -pl runtime install}:
 * <pre>
 * java --add-exports java.base/jdk.internal.vm=ALL-UNNAMED \
 *      -cp runtime/target/classes:runtime/target/test-classes gosub.runtime.bench.RuntimeBench [rounds]
 * </pre>
 * Each figure is the best of {@code rounds} runs (default 5) on a fresh Scheduler, first run included in the
 * warm-up of the JIT.
 */
public final class RuntimeBench {
    private static final ThreadFactory THREADS = r -> {
        Thread t = new Thread(r, "bench-M");
        t.setDaemon(true);
        return t;
    };

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String only = args.length > 1 ? args[1] : "";
        for (int procs : new int[] {1, 2}) {
            if (only.isEmpty() || only.equals("pingpong")) {
                report(procs, "ping-pong (unbuffered, 1M round trips)", "round trips/s", rounds, () -> pingPong(procs, 1_000_000));
            }
            if (only.isEmpty() || only.equals("buffered")) {
                report(procs, "buffered cap 128, 1 producer 1 consumer, 8M items", "items/s", rounds, () -> buffered(procs, 8_000_000, 128));
            }
            if (only.isEmpty() || only.equals("spawn")) {
                report(procs, "spawn 200k goroutines + WaitGroup", "goroutines/s", rounds, () -> spawn(procs, 200_000));
            }
        }
        if (only.isEmpty() || only.equals("heap")) {
            parkedHeap(100_000);
        }
    }

    private interface Run {
        Result run();
    }

    private record Result(long ops, long nanos, long migrations) {
    }

    private static void report(int procs, String what, String unit, int rounds, Run run) {
        double best = 0;
        long migrations = 0;
        for (int i = 0; i < rounds; i++) {
            Result r = run.run();
            double rate = r.ops * 1e9 / r.nanos;
            if (rate > best) {
                best = rate;
                migrations = r.migrations;
            }
        }
        System.out.printf("P=%d  %-52s %,14.0f %s  (migrations %d)%n", procs, what, best, unit, migrations);
    }

    private static Result pingPong(int procs, int trips) {
        Scheduler s = new Scheduler(procs, THREADS);
        AtomicLong nanos = new AtomicLong();
        s.runMain(main -> {
            Channel ping = new Channel(0, 0);
            Channel pong = new Channel(0, 0);
            s.go(main, g -> {
                while (true) {
                    Object v = ping.receiveOrClosed(g);
                    if (v == Channel.CLOSED) {
                        return;
                    }
                    pong.send(g, v);
                }
            });
            Integer x = 1;
            long t0 = System.nanoTime();
            for (int i = 0; i < trips; i++) {
                ping.send(main, x);
                x = (Integer) pong.receive(main);
            }
            nanos.set(System.nanoTime() - t0);
            ping.close(main);
        });
        return new Result(trips, nanos.get(), s.migrations());
    }

    private static Result buffered(int procs, int items, int cap) {
        Scheduler s = new Scheduler(procs, THREADS);
        AtomicLong nanos = new AtomicLong();
        s.runMain(main -> {
            Channel ch = new Channel(cap, 0);
            Channel done = new Channel(0, 0);
            long t0 = System.nanoTime();
            s.go(main, g -> {
                long sum = 0;
                while (true) {
                    Object v = ch.receiveOrClosed(g);
                    if (v == Channel.CLOSED) {
                        break;
                    }
                    sum += (Integer) v;
                }
                done.send(g, sum);
            });
            Integer one = 1;
            for (int i = 0; i < items; i++) {
                ch.send(main, one);
            }
            ch.close(main);
            long sum = (Long) done.receive(main);
            nanos.set(System.nanoTime() - t0);
            if (sum != items) {
                throw new AssertionError("lost items: " + sum);
            }
        });
        return new Result(items, nanos.get(), s.migrations());
    }

    private static Result spawn(int procs, int n) {
        Scheduler s = new Scheduler(procs, THREADS);
        AtomicLong nanos = new AtomicLong();
        s.runMain(main -> {
            WaitGroup wg = new WaitGroup();
            AtomicLong sum = new AtomicLong();
            long t0 = System.nanoTime();
            wg.add(main, n);
            for (int i = 0; i < n; i++) {
                final int id = i;
                s.go(main, g -> {
                    sum.addAndGet(id);
                    wg.done(g);
                });
            }
            wg.await(main);
            nanos.set(System.nanoTime() - t0);
        });
        return new Result(n, nanos.get(), s.migrations());
    }

    /** Heap retained per goroutine parked in a channel receive one call deep. */
    private static void parkedHeap(int n) {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        Scheduler s = new Scheduler(1, THREADS);
        s.runMain(main -> {
            Channel gate = new Channel(0, 0);
            WaitGroup wg = new WaitGroup();
            long before = usedAfterGc(mem);
            wg.add(main, n);
            for (int i = 0; i < n; i++) {
                s.go(main, g -> {
                    gate.receive(g);
                    wg.done(g);
                });
            }
            s.sleep(main, 200_000_000L); // let all of them run into the receive
            long after = usedAfterGc(mem);
            System.out.printf("heap per parked goroutine (chan receive): %,d bytes (%d goroutines)%n",
                    (after - before) / n, s.numGoroutine() - 1);
            gate.close(main);
            wg.await(main);
        });
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return mem.getHeapMemoryUsage().getUsed();
    }
}
