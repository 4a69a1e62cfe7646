package gosub.runtime.timing;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The wall time of a gosub process split into its phases, printed on stderr after the run when the environment
 * variable {@code GOSUB_TIMING} is set (and not {@code 0}). The clock is exclusive: at every moment exactly one
 * phase is current and is charged for the time, so a standard package loaded in the middle of checking the program
 * charges its parse and check to the standard packages, not to the program. When the variable is unset, each switch
 * is one test of a constant and nothing is recorded.
 *
 * <p>The launcher and the language share this one class (both are loaded by the application class loader), so the
 * launcher can print the phases the language charged.
 */
public final class Phases {
    /** Whether phases are timed at all: read once, so that a switch costs nothing when they are not. */
    public static final boolean ON = isOn(System.getenv("GOSUB_TIMING"));

    /** A phase of a run, in the order they happen. */
    public enum Phase {
        ENGINE("engine and context"),
        STD_PARSE("standard packages: parse"),
        STD_CHECK("standard packages: check"),
        STD_BUILD("standard packages: build"),
        PARSE("program: parse"),
        CHECK("program: check"),
        BUILD("program: build"),
        RUN("run (package init and main)"),
        FUNCTIONS("function bodies (main's at build, others on 1st call)"),
        EXIT("exit and close");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private static final long[] SPENT = new long[Phase.values().length];
    /** The process's CPU time (all threads, the JIT compiler's and the GC's too) by phase, in clock ticks. */
    private static final long[] CPU = new long[Phase.values().length];
    private static Phase current;
    private static long since;
    private static long cpuSince;
    private static long cpuAtMain;
    /** System.nanoTime() and System.currentTimeMillis() when the launcher's main started. */
    private static long mainNanos;
    private static long mainMillis;

    private Phases() {
    }

    static boolean isOn(String value) {
        return value != null && !value.isEmpty() && !value.equals("0");
    }

    /** The launcher's main has started: the JVM's own start-up ends here and PHASE begins. */
    public static synchronized void mainStarted(Phase phase) {
        mainNanos = System.nanoTime();
        mainMillis = System.currentTimeMillis();
        current = phase;
        since = mainNanos;
        cpuSince = processCpuTicks();
        cpuAtMain = cpuSince;
    }

    /**
     * Charges the time since the last switch to the current phase and makes PHASE current. Returns the phase it
     * replaces, for the caller to switch back to when PHASE ends (null before the launcher started the clock).
     */
    public static synchronized Phase switchTo(Phase phase) {
        long now = System.nanoTime();
        long cpu = processCpuTicks();
        Phase previous = current;
        if (previous != null) {
            SPENT[previous.ordinal()] += now - since;
            CPU[previous.ordinal()] += cpu - cpuSince;
        }
        current = phase;
        since = now;
        cpuSince = cpu;
        return previous;
    }

    /**
     * The user and system CPU time of the whole process so far, in clock ticks (10 ms), from /proc/self/stat: a
     * loaded machine stretches wall times many times over, CPU times much less. -1 where there is no /proc.
     */
    private static long processCpuTicks() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // the fields after the command name (in parentheses, which may hold spaces): utime and stime are the
            // 14th and 15th of the line, the 12th and 13th after the name
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Prints every phase on OUT, from the start of ./gosub (which passes the time its script started as the system
     * property gosub.timing.script, epoch microseconds) or else of the JVM, to now.
     */
    public static synchronized void report(PrintStream out) {
        switchTo(current);
        long end = System.nanoTime();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "gosub timing:%54s %8s%n", "wall ms", "CPU ms"));
        // asked only now, so that loading the management classes is charged to no phase
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        double beforeMain = mainMillis - jvmStart;
        String script = System.getProperty("gosub.timing.script");
        if (script != null) {
            try {
                double scriptStart = Long.parseLong(script) / 1000.0;
                line(sb, "./gosub script (to the JVM's start)", jvmStart - scriptStart, -1);
                beforeMain = mainMillis - scriptStart;
            } catch (NumberFormatException e) {
                // not from ./gosub: the JVM's start is the first thing known
            }
        }
        boolean cpu = cpuAtMain >= 0;
        line(sb, "JVM start to launcher main", mainMillis - jvmStart, cpu ? cpuAtMain * 10 : -1);
        for (Phase p : Phase.values()) {
            line(sb, p.label, SPENT[p.ordinal()] / 1e6, cpu ? CPU[p.ordinal()] * 10 : -1);
        }
        line(sb, "total", beforeMain + (end - mainNanos) / 1e6, cpu ? cpuSince * 10 : -1);
        out.print(sb);
        out.flush();
    }

    private static void line(StringBuilder sb, String label, double millis, long cpuMillis) {
        sb.append(String.format(Locale.ROOT, "  %-56s %8.1f", label, millis));
        sb.append(cpuMillis >= 0 ? String.format(Locale.ROOT, " %8d%n", cpuMillis) : System.lineSeparator());
    }
}
