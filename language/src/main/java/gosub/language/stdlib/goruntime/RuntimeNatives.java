package gosub.language.stdlib.goruntime;

import gosub.language.Natives;
import gosub.language.stdlib.sync.SyncNatives;
import gosub.runtime.Goroutine;

/** The runtime package's natives, on the scheduler of the calling goroutine. */
public final class RuntimeNatives {
    private RuntimeNatives() {
    }

    public static void register(Natives n) {
        n.register("runtime.GOMAXPROCS", a -> {
            Goroutine g = SyncNatives.goroutine(a);
            long v = (Long) a[2];
            int req = v < 1 ? 0 : (int) Math.min(v, 256);
            return (long) g.scheduler().gomaxprocs(req);
        });
        n.register("runtime.NumCPU", a -> (long) Runtime.getRuntime().availableProcessors());
        n.register("runtime.NumGoroutine", a -> (long) SyncNatives.goroutine(a).scheduler().numGoroutine());
        n.register("runtime.Goexit", a -> {
            throw new gosub.language.runtime.GoexitException();
        });
        n.register("runtime.Gosched", a -> {
            Goroutine g = SyncNatives.goroutine(a);
            g.scheduler().gosched(g);
            return null;
        });
        n.register("runtime.GC", a -> null);
        n.register("runtime.callerPosition", a -> CallerPosition.of((Long) a[2]));
        n.register("runtime.heapStats", a -> {
            Runtime rt = Runtime.getRuntime();
            long committed = rt.totalMemory();
            long used = committed - rt.freeMemory();
            long count = 0;
            long millis = 0;
            for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            return new Object[] {used, committed, count, millis * 1_000_000L};
        });
    }
}
