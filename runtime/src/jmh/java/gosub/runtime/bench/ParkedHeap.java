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
