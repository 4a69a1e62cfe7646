package gosub.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.ThreadFactory;

import gosub.runtime.Channel;
import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;
import gosub.runtime.sync.WaitGroup;

/**
 * Heap retained per goroutine parked in a channel receive one call deep (the million-goroutine footprint).
 * Not a JMH benchmark: {@code bench/jmh.sh --main gosub.runtime.bench.ParkedHeap [goroutines]}.
 */
public final class ParkedHeap {
    private static final ThreadFactory THREADS = r -> {
        Thread t = new Thread(r, "bench-M");
        t.setDaemon(true);
        return t;
    };

    public static void main(String[] args) {
        parkedHeap(args.length > 0 ? Integer.parseInt(args[0]) : 100_000);
    }

    private static void parkedHeap(int n) {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        Scheduler s = new Scheduler(1, THREADS);
        s.runMain(main -> {
            Channel gate = new Channel(0, 0);
            WaitGroup wg = new WaitGroup();
            WaitGroup started = new WaitGroup();
            long before = usedAfterGc(mem);
            wg.add(main, n);
            started.add(main, n);
            for (int i = 0; i < n; i++) {
                s.go(main, g -> {
                    started.done(g);
                    gate.receive(g);
                    wg.done(g);
                });
            }
            // Every goroutine has run (an unstarted one has no stack yet and would make the figure too small);
            // the one that finished the wait group last is parked after main's sleep.
            started.await(main);
            s.sleep(main, 50_000_000L);
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
