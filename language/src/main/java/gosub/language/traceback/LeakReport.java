package gosub.language.traceback;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;

/**
 * The goroutine leak report ({@code gosub run --leaks}, {@code GOSUB_LEAKS=1}): when main returns, every goroutine
 * still alive is listed on stderr with how long it has waited, its stack and where it was created, and the program
 * ends with {@link #EXIT_STATUS} instead of 0, so that a test script fails on a leak as Go tests do with goleak.
 * With no goroutine left the run ends as it would without the report.
 */
public final class LeakReport {
    /** The exit status of a run that leaked goroutines (gosub uses 1 to 3 for its own failures). */
    public static final int EXIT_STATUS = 4;

    /**
     * How long main waits for goroutines that are still runnable or running (one that has just called
     * {@code wg.Done()} and is about to return) before they count as leaked; blocked goroutines count at once.
     */
    private static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long SETTLE_STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private LeakReport() {
    }

    /** Runs on goroutine 1 when main has returned; ends the program with the report if any goroutine leaked. */
    public static void afterMain(Goroutine main) {
        Scheduler sched = main.scheduler();
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (true) {
            List<Goroutine> others = others(sched, main);
            if (others.isEmpty()) {
                return;
            }
            boolean settling = false;
            for (Goroutine g : others) {
                settling |= g.waitReason() == null;
            }
            if (!settling || System.nanoTime() - deadline > 0) {
                break;
            }
            sched.sleep(main, SETTLE_STEP_NANOS);
        }
        long now = System.nanoTime();
        sched.exit(main, EXIT_STATUS, () -> print(sched, main, now));
    }

    private static List<Goroutine> others(Scheduler sched, Goroutine main) {
        List<Goroutine> out = new ArrayList<>();
        for (Goroutine g : sched.liveGoroutines()) {
            if (g != main && !g.isSystem()) {
                out.add(g);
            }
        }
        return out;
    }

    /** The report, once every M has stopped (so the goroutines that were running are off their Ms). */
    private static void print(Scheduler sched, Goroutine main, long now) {
        List<Goroutine> leaked = others(sched, main);
        StringBuilder sb = new StringBuilder();
        sb.append("gosub: ").append(leaked.size()).append(leaked.size() == 1 ? " goroutine" : " goroutines")
                        .append(" still alive when main returned (leaked)\n");
        for (Goroutine g : leaked) {
            GoroutineSnapshot s = GoroutineStacks.snapshot(g);
            sb.append("\ngoroutine ").append(s.id()).append(" [").append(s.state());
            long waited = s.waitedNanos(now);
            if (waited >= 0) {
                sb.append(", ").append(duration(waited));
            }
            sb.append("]:\n");
            GoroutineStacks.appendFrames(s.frames(), sb);
            GoroutineStacks.appendCreatedBy(s.createdBy(), s.creatorId(), sb);
        }
        PrintStream err = sched.errorOutput();
        err.print(sb);
        err.flush();
    }

    /** A wait as Go's time.Duration prints it, to the millisecond: 0s, 12ms, 1.502s, 2m3.5s. */
    static String duration(long nanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(nanos);
        if (ms == 0) {
            return "0s";
        }
        if (ms < 1000) {
            return ms + "ms";
        }
        long minutes = ms / 60_000;
        long msOfMinute = ms % 60_000;
        String seconds = (msOfMinute / 1000) + (msOfMinute % 1000 == 0 ? "" : "." + trimZeros(String.format("%03d", msOfMinute % 1000)));
        return (minutes > 0 ? minutes + "m" : "") + seconds + "s";
    }

    private static String trimZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
