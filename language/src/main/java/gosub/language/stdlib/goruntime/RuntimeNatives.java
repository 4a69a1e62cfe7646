package gosub.language.stdlib.goruntime;

import gosub.language.GoContext;
import gosub.language.natives.Natives;
import gosub.language.traceback.GoroutineSnapshot;
import gosub.language.traceback.GoroutineStacks;
import gosub.language.stdlib.sync.SyncNatives;
import gosub.language.values.ByteStrings;
import gosub.runtime.Goroutine;

/** The runtime package's natives, on the scheduler of the calling goroutine. */
public final class RuntimeNatives {
    private RuntimeNatives() {
    }

    public static void register(Natives n) {
        n.register("runtime.GOMAXPROCS", (gs, args) -> {
            Goroutine g = SyncNatives.goroutine(gs);
            long v = (Long) args[0];
            int req = v < 1 ? 0 : (int) Math.min(v, 256);
            return (long) g.scheduler().gomaxprocs(req);
        });
        n.register("runtime.NumCPU", (gs, args) -> (long) Runtime.getRuntime().availableProcessors());
        n.register("runtime.NumGoroutine", (gs, args) -> (long) SyncNatives.goroutine(gs).scheduler().numGoroutine());
        n.register("runtime.Goexit", (gs, args) -> {
            throw new gosub.language.runtime.GoroutineExitException();
        });
        n.register("runtime.Gosched", (gs, args) -> {
            Goroutine g = SyncNatives.goroutine(gs);
            g.scheduler().gosched(g);
            return null;
        });
        n.register("runtime.GC", (gs, args) -> {
            // a hint to the JVM, unless finalizers wait for a collection: then a real one (see Finalizers)
            Finalizers f = GoContext.get(null).finalizers;
            if (!f.isEmpty()) {
                f.collect(SyncNatives.goroutine(gs).scheduler());
            }
            return null;
        });
        n.register("runtime.SetFinalizer", (gs, args) -> {
            GoContext c = GoContext.get(null);
            FinalizerSetting.apply(c.finalizers, c.methods, SyncNatives.goroutine(gs).scheduler(), args[0], args[1]);
            return null;
        });
        n.register("runtime.KeepAlive", (gs, args) -> {
            java.lang.ref.Reference.reachabilityFence(args[0]);
            return null;
        });
        n.register("runtime.Breakpoint", (gs, args) -> {
            Goroutine g = SyncNatives.goroutine(gs);
            // the report is printed once the goroutines are stopped; this one stops here, as exiting
            g.scheduler().exitWithTraceback("SIGTRAP: trace trap\n", 2);
            g.scheduler().exit(g, 2, null);
            return null;
        });
        n.register("runtime.Stack", (gs, args) -> {
            String text = ByteStrings.fromJava(stackText(SyncNatives.goroutine(gs), (Boolean) args[1]));
            if (!(args[0] instanceof gosub.language.values.Slice buf)) {
                return 0L;
            }
            int written = Math.min(buf.len, text.length());
            byte[] dst = (byte[]) buf.array;
            for (int i = 0; i < written; i++) {
                dst[buf.offset + i] = (byte) text.charAt(i);
            }
            return (long) written;
        });
        n.register("runtime.callerPC", (gs, args) -> {
            ProgramCounters.Site s = CallerPosition.of(gs, (Long) args[0]);
            return new Object[] {s == null ? 0L : ProgramCounters.handle(s), s != null};
        });
        n.register("runtime.pcSite", (gs, args) -> {
            ProgramCounters.Site s = ProgramCounters.site((Long) args[0]);
            if (s == null) {
                return new Object[] {"", "", 0L, false};
            }
            return new Object[] {ByteStrings.fromJava(s.function()), ByteStrings.fromJava(s.file()), s.line(), true};
        });
        n.register("runtime.heapStats", (gs, args) -> {
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

    /**
     * runtime.Stack's text: the calling goroutine's frames as a traceback prints them ({@code goroutine N
     * [running]:}, then each function and its file and line), and with all, every other goroutine after a blank
     * line. Frames carry no program counters ({@code +0x..}): gosub has none to give. Other goroutines are read
     * while they run on (Go stops them): a frame may be a step behind.
     */
    private static String stackText(Goroutine g, boolean all) {
        StringBuilder sb = new StringBuilder();
        appendGoroutine(g, "running", sb);
        if (all) {
            gosub.runtime.Scheduler sched = g.scheduler();
            for (Goroutine other : sched.liveGoroutines()) {
                if (other != g) {
                    sb.append('\n');
                    appendGoroutine(other, sched.tracebackState(other), sb);
                }
            }
        }
        return sb.toString();
    }

    private static void appendGoroutine(Goroutine g, String state, StringBuilder sb) {
        GoroutineSnapshot s = GoroutineStacks.snapshot(g);
        sb.append("goroutine ").append(g.id()).append(" [").append(state).append("]:\n");
        GoroutineStacks.appendFrames(s.frames(), sb);
        GoroutineStacks.appendCreatedBy(s.createdBy(), s.creatorId(), sb);
    }
}
