package gosub.runtime;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The M:P:G scheduler of one Go program (Go's {@code schedt} plus the lifecycle around {@code main}).
 *
 * <p>Goroutines are continuations ({@link Goroutine}); each P ({@link Processor}) has one M ({@link Machine}), a
 * platform thread from the embedder's {@link ThreadFactory}. A new goroutine goes into its creator's P runnext,
 * and a goroutine readied by another goes into the readier's P runnext, so communicating goroutines share a P
 * and hand off without crossing threads. Idle Ms steal half of a random victim's queue.
 *
 * <p><b>Migration (DESIGN rule 5).</b> Started goroutines may move between Ms, as in Go: a thief steals any
 * runnable goroutine, and a goroutine readied by one on another P runs there. Nothing in this runtime depends on
 * the identity of the thread a goroutine runs on: every call takes the goroutine explicitly and all locks are
 * owner-less (rule 1), so migration only costs cache traffic. Keeping started goroutines on their first M would
 * turn every ready of a goroutine homed elsewhere into a cross-thread wake-up (DESIGN measured 10x slower
 * ping-pong), and the runnext discipline already keeps migration rare. Measured with RuntimeBench on the shared
 * 2-core box (load average 1-10 from other jobs): ping-pong 4.2-5.3M round trips/s at P=1 and 2.6-4.1M at
 * P=2 with 200-600 migrations per million round trips; buffered channel (cap 128) 46-68M items/s at P=1,
 * 37-52M at P=2 with ~100 migrations per 8M items. Go 1.19's chan_pingpong does 4.7M and 4.2M round trips/s.
 * {@link #migrations()} reports the count.
 *
 * <p><b>Deadlock.</b> As Go's checkdead: when the last M goes idle (so no goroutine is running or runnable)
 * and no timer or {@link HostCall} is pending, every live goroutine is blocked forever; the program dies with
 * {@code fatal error: all goroutines are asleep - deadlock!} and exit status 2. A scheduler without main
 * ({@link #startWithoutMain}, embedding) has no program to end: it tells its {@link Host}, whose threads may still
 * submit goroutines that wake the blocked ones.
 *
 * <p>Invariants: fields marked "guarded by lock" change only under {@link #lock} (Go's {@code sched.lock}),
 * which is held for a few instructions; {@code nidle} and {@code nprocs} are also read without it as hints.
 * {@code nidle} counts Ms on the idle list; {@code nprocs} counts live Ms (= Ps). A goroutine is in exactly
 * one of: running on an M, a local run queue, the global queue, a wait queue (or a timer), or dead.
 */
public final class Scheduler {

    /** Prints a goroutine's frames (from its {@link Goroutine#attachment()}) under its header in a trace. */
    @FunctionalInterface
    public interface StackPrinter {
        void printStack(Goroutine g, PrintStream out);
    }

    /**
     * How the thread that called {@link #runMain} waits for the program to end. An embedder whose host can stop
     * a program from outside (a polyglot context closed with cancellation) makes the wait interruptible that way
     * and throws out of it; the program is then stopped as by {@link #exit}.
     */
    @FunctionalInterface
    public interface EndWait {
        /** Returns when {@code end} is open; an InterruptedException is retried, any other throw abandons. */
        void await(CountDownLatch end) throws InterruptedException;
    }

    /**
     * The embedder of a scheduler without main ({@link #startWithoutMain}): a runtime that lives as long as its
     * host (a polyglot context) and runs the goroutines the host submits.
     */
    public interface Host {
        /**
         * Every goroutine is blocked, no timer or host call is pending and nothing is runnable: what ends a program
         * as a deadlock. Called on the M that went idle last, outside the scheduler lock; the scheduler goes on
         * (the host may still submit goroutines that wake the blocked ones). {@link #allAsleep()} re-checks.
         */
        void allAsleep();

        /**
         * The runtime ended (a goroutine called {@link #exit}, crashed, or the host stopped it) with {@code code};
         * {@code printer} (may be null) prints the report, as {@link #runMain} would after the Ms stopped. Called
         * once, on the thread that ended it, after every M was told to stop.
         */
        void ended(int code, Runnable printer);
    }

    /** How long {@link #runMain} waits for Ms still inside goroutine code to notice the end of the program. */
    static final long STOP_JOIN_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** How much longer {@link #shutdown} waits for Ms still busy after that, once it has interrupted them. */
    static final long STOP_GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static final int NCPU = Runtime.getRuntime().availableProcessors();

    final long seed = System.nanoTime() ^ System.identityHashCode(this);
    private final ThreadFactory threadFactory;
    final SpinLock lock = new SpinLock();
    final TimerQueue timers = new TimerQueue(this);
    final SemaTable semaTable = new SemaTable();
    final AtomicInteger nmspinning = new AtomicInteger();

    // guarded by lock
    private Goroutine globalHead;
    private Goroutine globalTail;
    private volatile int globalSize;
    private Machine idleHead;
    volatile int nidle;
    volatile int nprocs;
    volatile Processor[] allp = new Processor[0];
    private final List<Machine> machines = new ArrayList<>();
    private int gomaxprocs;
    private boolean started;

    // all goroutines (Go's allgs), guarded by allgLock
    private final SpinLock allgLock = new SpinLock();
    private Goroutine allgHead;
    private volatile int gcount;
    private final AtomicLong goidgen = new AtomicLong();

    /** System.nanoTime() as of sysmon's last tick: a clock for parking goroutines that costs a load. */
    volatile long coarseNow = System.nanoTime();

    // lifecycle
    volatile boolean stopping;
    private final AtomicInteger exitState = new AtomicInteger();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int exitCode;
    private volatile Runnable exitPrinter;
    private volatile Throwable crashCause;
    private volatile Throwable internalFailure;
    private Goroutine mainGoroutine;
    /**
     * Set once main has called runtime.Goexit. Its goroutine then stays parked for good (so that main never
     * returns and ends the program) but is no longer one of the program's goroutines: Go has ended it, so it is
     * neither counted, nor listed, nor reported in a deadlock.
     */
    private volatile Goroutine goexitedMain;
    private Sysmon sysmon;
    private PrintStream err = System.err;
    private StackPrinter stackPrinter = (g, out) -> { };
    /** Non-null for a scheduler without main (embedding). */
    private Host host;
    private boolean tracebackGoroutines = true;
    private ThreadBlocker blocker = ThreadBlocker.PLAIN;

    public Scheduler(int gomaxprocs, ThreadFactory threadFactory) {
        if (gomaxprocs < 1) {
            throw new IllegalArgumentException("gomaxprocs < 1");
        }
        this.gomaxprocs = gomaxprocs;
        this.threadFactory = threadFactory;
    }

    /** Where fatal errors and deadlock reports go (default System.err). Set before {@link #runMain}. */
    public void setErrorOutput(PrintStream err) {
        this.err = err;
    }

    public PrintStream errorOutput() {
        return err;
    }

    /** Prints goroutine frames in deadlock reports and default crash reports. Set before {@link #runMain}. */
    public void setStackPrinter(StackPrinter printer) {
        this.stackPrinter = printer;
    }

    public StackPrinter stackPrinter() {
        return stackPrinter;
    }

    /**
     * {@link System#nanoTime()} to within a sysmon tick (5 ms): what {@link Goroutine#waitingSince()} is measured
     * by. A parking goroutine reads it instead of the clock, which would cost tens of nanoseconds per park.
     */
    public long coarseNanoTime() {
        return coarseNow;
    }

    /**
     * How the scheduler's threads sleep (idle Ms, the wait in {@link #runMain}), so that an embedder's host can
     * reach them meanwhile. Set before {@link #runMain}.
     */
    public void setThreadBlocker(ThreadBlocker blocker) {
        this.blocker = blocker;
    }

    ThreadBlocker threadBlocker() {
        return blocker;
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Runs a Go program: {@code main} becomes goroutine 1; the calling thread (not a goroutine) waits until main
     * returns (exit status 0), a goroutine calls {@link #exit} ({@code os.Exit}, fatal panic), or deadlock is
     * detected (2). Then all Ms stop; goroutines still blocked are abandoned, as when a Go program ends. Any
     * exit printer runs on the calling thread after the Ms have stopped. Can be called once per Scheduler.
     *
     * @return the program's exit status
     */
    public int runMain(Goroutine.Body main) {
        return runMain(main, end -> blocker.block(CountDownLatch::await, end));
    }

    /**
     * {@link #runMain(Goroutine.Body)}, waiting with {@code wait}. If the wait throws (the embedder stops the
     * program), every M is stopped before the throwable is passed on; no exit printer runs.
     */
    public int runMain(Goroutine.Body main, EndWait wait) {
        List<Machine> toStart;
        lock.lock();
        try {
            if (started) {
                throw new IllegalStateException("runMain called twice");
            }
            started = true;
            mainGoroutine = newGoroutine(main);
            mainGoroutine.status = Goroutine.RUNNABLE;
            globalPutLocked(mainGoroutine, mainGoroutine, 1);
            toStart = addProcessorsLocked(gomaxprocs);
        } finally {
            lock.unlock();
        }
        sysmon = new Sysmon(this);
        sysmon.thread = Thread.ofPlatform().daemon().name("gosub-sysmon").unstarted(sysmon);
        sysmon.thread.start();
        startMachines(toStart);

        boolean interrupted = false;
        try {
            while (true) {
                try {
                    wait.await(finished);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (RuntimeException | Error abandoned) {
            exit(null, 2, null);
            stopMachines(false);
            throw abandoned;
        }
        stopMachines(false);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Runnable printer = exitPrinter;
        if (printer != null) {
            printer.run();
        }
        err.flush();
        Throwable failure = internalFailure;
        if (failure != null) {
            throw new IllegalStateException("gosub runtime failure", failure);
        }
        return exitCode;
    }

    /**
     * Ends the program with {@code code} (Go's {@code os.Exit}, or a fatal error with a printer that writes its
     * report). The first call wins. {@code printer} (may be null) runs on the {@link #runMain} thread after every M
     * has stopped. Called from a goroutine ({@code g} non-null, not a system goroutine) this never returns: the
     * goroutine is abandoned.
     */
    public void exit(Goroutine g, int code, Runnable printer) {
        if (exitState.compareAndSet(0, 1)) {
            exitCode = code;
            exitPrinter = printer;
            stop();
            finished.countDown();
            if (host != null) {
                host.ended(code, printer);
            }
        }
        if (g != null && !g.isSystem()) {
            g.yieldAs(Goroutine.YIELD_EXIT);
            throw new IllegalStateException("an exited goroutine was resumed");
        }
    }

    /** The Throwable that escaped a goroutine body, if that is what ended the program. */
    public Throwable crashCause() {
        return crashCause;
    }

    /**
     * A goroutine body threw: the interpreter lets nothing escape (it handles Go panics at the goroutine's top),
     * so this is a Go-level crash reported in Go's words when possible, or an internal error.
     */
    void crash(Goroutine g, Throwable t) {
        if (crashCause == null) {
            crashCause = t;
        }
        exit(g, 2, () -> {
            if (t instanceof GoPanic p) {
                err.print("panic: " + p.getMessage() + "\n\ngoroutine " + g.id() + " [running]:\n");
                stackPrinter.printStack(g, err);
            } else if (t instanceof FatalError f) {
                err.print("fatal error: " + f.getMessage() + "\n\ngoroutine " + g.id() + " [running]:\n");
                stackPrinter.printStack(g, err);
            } else if (t instanceof OutOfMemoryError) {
                // the JVM's heap (or its array size limit) stands in for the machine's memory
                err.print("fatal error: runtime: out of memory\n\ngoroutine " + g.id() + " [running]:\n");
                stackPrinter.printStack(g, err);
            } else {
                err.print("fatal error: unexpected Java exception in goroutine " + g.id() + "\n");
                t.printStackTrace(err);
            }
        });
    }

    /** An M itself failed: a runtime bug. End the program and let runMain throw. */
    void internalFailure(Throwable t) {
        if (internalFailure == null) {
            internalFailure = t;
        }
        exit(null, 2, null);
    }

    private void stop() {
        stopping = true;
        for (Processor p : allp) {
            Goroutine g = p.currentGoroutine();
            if (g != null) {
                g.requestPreempt();
            }
        }
        List<Machine> wake = new ArrayList<>();
        lock.lock();
        try {
            for (Machine m; (m = popIdleLocked()) != null; ) {
                wake.add(m);
            }
        } finally {
            lock.unlock();
        }
        for (Machine m : wake) {
            LockSupport.unpark(m.thread);
        }
        if (sysmon != null && sysmon.thread != null) {
            LockSupport.unpark(sysmon.thread);
        }
    }

    /** Whether the thread of any M is still alive (the program may be stopping). */
    boolean anyMachineAlive() {
        lock.lock();
        try {
            return !noneAlive(machines);
        } finally {
            lock.unlock();
        }
    }

    /** Whether every M of ms has left (or never started a thread). */
    private static boolean noneAlive(List<Machine> ms) {
        for (Machine m : ms) {
            if (m.thread != null && m.thread.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Joins the Ms once they were told to stop, for up to {@link #STOP_JOIN_NANOS}; patient (the host is closing the
     * runtime for good, and wants its threads gone): then interrupts those still busy and waits up to
     * {@link #STOP_GRACE_NANOS} more. True when none is left.
     */
    private boolean stopMachines(boolean patient) {
        List<Machine> all;
        lock.lock();
        try {
            all = new ArrayList<>(machines);
        } finally {
            lock.unlock();
        }
        if (!joinMachines(all, System.nanoTime() + STOP_JOIN_NANOS) && patient) {
            // An M still busy: inside a Java call that waits (a lock, a latch, I/O), which an interrupt ends, or
            // unwinding a goroutine that died of Go's stack overflow, hundreds of thousands of frames deep, which
            // only takes longer. Either way the M is leaving, and the host (Truffle closing the context) wants it
            // gone.
            for (Machine m : all) {
                if (m.thread != null && m.thread.isAlive()) {
                    m.thread.interrupt();
                }
            }
            joinMachines(all, System.nanoTime() + STOP_GRACE_NANOS);
        }
        try {
            if (sysmon != null) {
                sysmon.thread.join(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return noneAlive(all);
    }

    /** Joins the threads of all until deadline; true when none is left alive. */
    private boolean joinMachines(List<Machine> all, long deadline) {
        for (Machine m : all) {
            if (m.thread == null) {
                continue;
            }
            try {
                blocker.block(t -> {
                    long left = deadline - System.nanoTime();
                    if (left > 0) {
                        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                    }
                }, m.thread);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error leave) {
                break; // the host stops this thread: the Ms stop without it
            }
        }
        return noneAlive(all);
    }

    /**
     * Called by the last M going idle with no timer pending: every goroutine is blocked forever. A program ends
     * (returns true); a scheduler without main tells its host and goes on.
     */
    boolean deadlock() {
        if (host != null) {
            host.allAsleep();
            return false;
        }
        exit(null, 2, this::printDeadlock);
        return true;
    }

    /**
     * Whether every goroutine is blocked right now: every M idle, nothing runnable, no timer and no host call
     * pending. Consistent with {@link #submit}: a goroutine submitted before this returns false is seen.
     */
    public boolean allAsleep() {
        lock.lock();
        try {
            return !stopping && nidle == nprocs && globalSize == 0 && !timers.hasTimers() && !hostCallsPending();
        } finally {
            lock.unlock();
        }
    }

    private void printDeadlock() {
        List<Goroutine> blocked = blockedGoroutines();
        if (blocked.isEmpty() && goexitedMain != null) {
            // nothing left at all, which only a main that called Goexit can bring about; Go lists no goroutine
            err.print("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
            err.flush();
            return;
        }
        err.print("fatal error: all goroutines are asleep - deadlock!\n");
        if (tracebackGoroutines) {
            for (Goroutine g : blocked) {
                printGoroutine(g, tracebackState(g), err);
            }
        }
        err.flush();
    }

    /**
     * Whether fatal errors and SIGQUIT list the goroutines (Go's GOTRACEBACK other than {@code none}). Set before
     * {@link #runMain}.
     */
    public void setTracebackGoroutines(boolean on) {
        this.tracebackGoroutines = on;
    }

    /**
     * What Go prints between the brackets of a goroutine's traceback header: its {@link Goroutine#stateText()},
     * and for a goroutine blocked a minute or more, how long ({@code chan receive, 2 minutes}).
     */
    public String tracebackState(Goroutine g) {
        String state = g.stateText();
        long since = g.waitingSince();
        if (since >= 0) {
            long minutes = (System.nanoTime() - since) / 60_000_000_000L;
            if (minutes >= 1) {
                state += ", " + minutes + " minutes"; // Go's words, "1 minutes" included
            }
        }
        return state;
    }

    /** A goroutine in a traceback: {@code goroutine N [state]:} after a blank line, then its frames. */
    public void printGoroutine(Goroutine g, String state, PrintStream out) {
        out.print("\ngoroutine " + g.id() + " [" + state + "]:\n");
        stackPrinter.printStack(g, out);
    }

    /**
     * Ends the program as Go does on SIGQUIT: {@code header} (e.g. {@code SIGQUIT: quit}), then every goroutine
     * with its state ({@code running}, {@code runnable} or why it waits) and its frames on the error output, and
     * exit status {@code code}. The states are taken now, while the goroutines still run; their frames once every
     * M has stopped, when the running ones have reached a preemption point and are off their Ms. Called from any
     * thread (a signal thread, usually).
     */
    public void exitWithTraceback(String header, int code) {
        List<Goroutine> live = tracebackGoroutines ? liveGoroutines() : List.of();
        String[] states = new String[live.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = tracebackState(live.get(i));
        }
        exit(null, code, () -> {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            PrintStream out = new PrintStream(buf, false, java.nio.charset.StandardCharsets.UTF_8);
            out.print(header);
            for (int i = 0; i < states.length; i++) {
                printGoroutine(live.get(i), states[i], out);
            }
            out.flush();
            byte[] report = buf.toByteArray();
            err.write(report, 0, report.length);
            err.flush();
        });
    }

    /** Every goroutine that has not ended, by id (a snapshot while the program runs). */
    public List<Goroutine> liveGoroutines() {
        List<Goroutine> out = new ArrayList<>();
        allgLock.lock();
        try {
            for (Goroutine g = allgHead; g != null; g = g.allNext) {
                if (g.status != Goroutine.DEAD && g != goexitedMain) {
                    out.add(g);
                }
            }
        } finally {
            allgLock.unlock();
        }
        out.sort(Comparator.comparingLong(Goroutine::id));
        return out;
    }

    /** The goroutines that are blocked, by id: a snapshot while the program runs, exact once it has stopped. */
    public List<Goroutine> blockedGoroutines() {
        List<Goroutine> out = new ArrayList<>();
        allgLock.lock();
        try {
            for (Goroutine g = allgHead; g != null; g = g.allNext) {
                if (g.status == Goroutine.WAITING && g != goexitedMain) {
                    out.add(g);
                }
            }
        } finally {
            allgLock.unlock();
        }
        out.sort(Comparator.comparingLong(Goroutine::id));
        return out;
    }

    // ---------------------------------------------------------------- without main (embedding)

    /**
     * Starts the Ms of a runtime that has no main goroutine: it runs what {@link #submit} hands it until
     * {@link #shutdown} or an {@link #exit}. Goroutines outlive the submissions that started them. When every
     * goroutine is blocked the runtime does not die of deadlock but tells {@code host} ({@link Host#allAsleep});
     * idle Ms sleep through the {@link #setThreadBlocker thread blocker}, which a host that stops its threads from
     * outside (a polyglot context cancelled or interrupted) throws out of to end the runtime. Can be called once,
     * instead of {@link #runMain}.
     */
    public void startWithoutMain(Host host) {
        List<Machine> toStart;
        lock.lock();
        try {
            if (started) {
                throw new IllegalStateException("scheduler started twice");
            }
            started = true;
            this.host = host;
            toStart = addProcessorsLocked(gomaxprocs);
        } finally {
            lock.unlock();
        }
        sysmon = new Sysmon(this);
        sysmon.thread = Thread.ofPlatform().daemon().name("gosub-sysmon").unstarted(sysmon);
        sysmon.thread.start();
        startMachines(toStart);
    }

    /**
     * Starts {@code body} as a new goroutine from a thread that is not an M (the host's). Returns null, starting
     * nothing, if the runtime has ended.
     */
    public Goroutine submit(Goroutine.Body body) {
        if (stopping) {
            return null;
        }
        return go(null, body);
    }

    /** Whether the runtime has ended (or is ending): nothing submitted from now on runs. */
    public boolean isStopping() {
        return stopping;
    }

    /**
     * Ends a runtime started by {@link #startWithoutMain} from a host thread: stops every goroutine where it is
     * (as a Go process ends) and waits for the Ms to leave. Ms still busy after {@link #STOP_JOIN_NANOS} (inside host
     * code that waits, or unwinding a very deep stack) are interrupted and waited for up to {@link #STOP_GRACE_NANOS}
     * more; any left then are left behind. Returns whether every M has left.
     */
    public boolean shutdown() {
        exit(null, 0, null);
        return stopMachines(true);
    }

    /**
     * The goroutine running on the calling thread, if it is an M of this scheduler running one (host code that
     * goroutine called, which calls back into Go); else null.
     */
    public Goroutine goroutineOnThisThread() {
        Thread me = Thread.currentThread();
        for (Processor p : allp) {
            Goroutine g = p.currentGoroutine();
            if (g != null && g.m != null && g.m.thread == me && g.m.p == p) {
                return g;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- goroutines

    /**
     * Go's {@code go} statement: starts {@code body} as a new goroutine, in the runnext slot of the creator's P
     * (Go's newproc), so it runs as soon as the creator blocks or yields. {@code creator} is the calling
     * goroutine, a system goroutine in a timer callback, or null from a non-goroutine thread.
     *
     * <p>Measured against putting it at the tail of the local queue (RuntimeBench spawn, 200k goroutines, best
     * of 7, three alternating runs on a shared 2-core box): equal at P=1 (7-10M goroutines/s either way); at
     * P=2 runnext 6.4-8.4M/s vs tail 9.4-9.8M/s, because a spinning M contends for the runnext slot that every
     * spawn rewrites. Runnext stays: it keeps a new goroutine next to its creator ({@code go f(ch); <-ch})
     * and runs goroutines in the order Go does, and a tight spawn loop is not where an interpreter spends its time.
     */
    public Goroutine go(Goroutine creator, Goroutine.Body body) {
        Goroutine g = newGoroutine(body);
        g.status = Goroutine.RUNNABLE;
        Machine m = creator == null ? null : creator.m;
        if (m != null) {
            m.p.runq.put(g, true, this);
            wakep();
        } else {
            globalPut(g);
        }
        return g;
    }

    private Goroutine newGoroutine(Goroutine.Body body) {
        Goroutine g = new Goroutine(this, goidgen.incrementAndGet(), body);
        allgLock.lock();
        g.allNext = allgHead;
        if (allgHead != null) {
            allgHead.allPrev = g;
        }
        allgHead = g;
        gcount++;
        allgLock.unlock();
        return g;
    }

    /** A goroutine's body returned (Go's goexit0). Main returning ends the program. */
    void goexit(Goroutine g) {
        g.status = Goroutine.DEAD;
        allgLock.lock();
        Goroutine prev = g.allPrev;
        Goroutine next = g.allNext;
        if (prev != null) {
            prev.allNext = next;
        } else {
            allgHead = next;
        }
        if (next != null) {
            next.allPrev = prev;
        }
        g.allPrev = null;
        g.allNext = null;
        gcount--;
        allgLock.unlock();
        g.release();
        if (g == mainGoroutine) {
            exit(null, 0, null);
        }
    }

    /**
     * How many times a started goroutine was resumed on a different M than the one it last ran on
     * (diagnostics: this is the migration that DESIGN rule 5 weighs).
     */
    public long migrations() {
        long n = 0;
        lock.lock();
        try {
            for (Machine m : machines) {
                n += m.migrations;
            }
        } finally {
            lock.unlock();
        }
        return n;
    }

    /** runtime.NumGoroutine. */
    public int numGoroutine() {
        return goexitedMain == null ? gcount : gcount - 1;
    }

    /**
     * Main has called runtime.Goexit and run its deferred calls: the program goes on while other goroutines run,
     * and ends as a deadlock once none can (Go's checkdead), with main no longer among its goroutines.
     */
    public void mainGoexit(Goroutine main) {
        goexitedMain = main;
        block(main, WaitReason.SELECT_NO_CASES);
    }

    /** runtime.Gosched, and what the interpreter calls when {@link Goroutine#preemptRequested()} is true. */
    public void gosched(Goroutine g) {
        g.yieldAs(Goroutine.YIELD_GOSCHED);
    }

    /** The interpreter's safe-point poll in one call: yields if the time slice is spent. */
    public void checkPreempt(Goroutine g) {
        if (g.preemptRequested()) {
            gosched(g);
        }
    }

    /** Go's goyield: yields to the goroutine in runnext but stays on this P (semaphore hand-off). */
    void yieldLocal(Goroutine g) {
        g.yieldAs(Goroutine.YIELD_LOCAL);
    }

    // ---------------------------------------------------------------- host calls

    /** Host calls ({@link HostCall}) under way: while there are any, the outside world may still wake a goroutine. */
    private final AtomicInteger hostCalls = new AtomicInteger();

    void hostCallStarted() {
        hostCalls.incrementAndGet();
    }

    /**
     * A host call's operation finished: {@code g} becomes runnable, and only then the call stops counting, so an M
     * that checks for deadlock under the lock sees either {@code g} queued or the call still pending. The last call
     * to stop counting checks for deadlock itself, in case every M went idle in between.
     */
    void hostCallDone(Goroutine g) {
        ready(g, null);
        if (hostCalls.decrementAndGet() == 0 && allAsleep()) {
            // g ran and blocked again, and the last M went idle while this call still counted (so it did not
            // take the program for deadlocked): nobody else will look again
            deadlock();
        }
    }

    boolean hostCallsPending() {
        return hostCalls.get() != 0;
    }

    /** Blocks {@code g} forever (nil channel operations, {@code select {}}); it counts as asleep for deadlock. */
    public void block(Goroutine g, WaitReason reason) {
        g.park(reason, Goroutine.ParkCommit.NONE, null);
        throw new IllegalStateException("a goroutine blocked forever was resumed");
    }

    /**
     * Go's goready: makes a parked goroutine runnable in the runnext slot of the P running {@code by} (the
     * waker; a system goroutine for timer callbacks), or on the global queue when {@code by} is null.
     *
     * <p>Unlike Go, a goroutine readied by a running goroutine wakes no idle M while it is the only one waiting on
     * this P: the waker nearly always blocks a few instructions later (the other half of a channel hand-off, a
     * filter going back to its input), and then this M runs the readied goroutine itself. Waking an idle M for
     * it costs an unpark system call on this thread and a spin on the other that ends by finding nothing,
     * because the thief leaves a running P's runnext alone for a few microseconds. The wake-up is deferred to
     * the end of the waker's run ({@link Machine#execute}, which does it if the waker is still runnable or more
     * goroutines are queued) or, if the waker runs on without blocking, to the next sysmon tick. A second
     * goroutine queued behind runnext wakes an M at once, as in Go.
     *
     * <p>Measured with {@code bench/jmh.sh -prof gosub.runtime.bench.CpuTimeProfiler} at P=2 (process CPU per
     * operation, shared 2-core box, before → after): see the commit that introduced this.
     */
    void ready(Goroutine gp, Goroutine by) {
        gp.status = Goroutine.RUNNABLE;
        Machine m = by == null ? null : by.m;
        if (m != null) {
            RunQueue q = m.p.runq;
            q.put(gp, true, this);
            if (by.isSystem() || q.ringHasWork()) {
                wakep();
            } else if (nidle != 0) {
                m.p.deferWake();
            }
        } else {
            globalPut(gp);
        }
    }

    /**
     * Go's wakep: if a P is idle and no M is already spinning, take an idle M off the list and make it spin
     * looking for work. At most one M spins on behalf of new work, so readying is cheap when nobody is idle.
     */
    void wakep() {
        if (nidle == 0) {
            return;
        }
        if (nmspinning.get() != 0 || !nmspinning.compareAndSet(0, 1)) {
            return;
        }
        Machine m;
        lock.lock();
        m = popIdleLocked();
        if (m != null) {
            m.spinning = true;
        }
        lock.unlock();
        if (m == null) {
            nmspinning.decrementAndGet();
            return;
        }
        LockSupport.unpark(m.thread);
    }

    /** A timer became the earliest: an idle M may be sleeping past it, so have one recompute its deadline. */
    void wakeForTimer() {
        if (nidle == 0) {
            return;
        }
        lock.lock();
        Machine m = popIdleLocked();
        lock.unlock();
        if (m != null) {
            LockSupport.unpark(m.thread);
        }
    }

    // ---------------------------------------------------------------- time

    /** The runtime clock (monotonic nanoseconds) that timer deadlines are expressed in. */
    public long nanotime() {
        return System.nanoTime();
    }

    /** time.Sleep: parks {@code g} on its own timer; the M keeps running other goroutines. */
    public void sleep(Goroutine g, long nanos) {
        if (nanos <= 0) {
            return;
        }
        g.checkBlockable();
        Timer t = g.sleepTimer;
        if (t == null) {
            t = new Timer(this, (on, when) -> ready(g, on));
            g.sleepTimer = t;
        }
        long now = nanotime();
        long when = now + nanos;
        t.when = when < now ? Long.MAX_VALUE : when;
        g.park(WaitReason.SLEEP, Goroutine.ParkCommit.START_TIMER, t);
    }

    /** Creates and arms a timer firing at {@code whenNanos} ({@link #nanotime()} clock), then every period. */
    public Timer newTimer(long whenNanos, long periodNanos, TimerCallback callback) {
        Timer t = new Timer(this, callback);
        t.reset(whenNanos, periodNanos);
        return t;
    }

    // ---------------------------------------------------------------- GOMAXPROCS

    /** runtime.GOMAXPROCS: sets the number of Ps when {@code n >= 1}; returns the previous value. */
    public int gomaxprocs(int n) {
        List<Machine> toStart = List.of();
        List<Machine> toWake = new ArrayList<>();
        int old;
        lock.lock();
        try {
            old = gomaxprocs;
            if (n < 1 || n == old || stopping) {
                return old;
            }
            gomaxprocs = n;
            if (!started) {
                return old;
            }
            Processor[] ps = allp;
            for (Processor p : ps) {
                p.retiring = p.id >= n;
            }
            if (n > ps.length) {
                toStart = addProcessorsLocked(n - ps.length);
            }
            for (Machine m = idleHead; m != null; m = m.idleNext) {
                if (m.p.retiring) {
                    toWake.add(m);
                }
            }
            for (Machine m : toWake) {
                removeIdleLocked(m);
            }
        } finally {
            lock.unlock();
        }
        startMachines(toStart);
        for (Machine m : toWake) {
            LockSupport.unpark(m.thread);
        }
        return old;
    }

    private List<Machine> addProcessorsLocked(int count) {
        Processor[] ps = allp;
        Processor[] grown = Arrays.copyOf(ps, ps.length + count);
        List<Machine> ms = new ArrayList<>();
        for (int i = ps.length; i < grown.length; i++) {
            Processor p = new Processor(i);
            grown[i] = p;
            Machine m = new Machine(this, p);
            ms.add(m);
            machines.add(m);
        }
        allp = grown;
        nprocs = grown.length;
        return ms;
    }

    private void startMachines(List<Machine> ms) {
        for (Machine m : ms) {
            Thread t = threadFactory.newThread(m);
            if (t == null) {
                throw new IllegalStateException("the thread factory refused to create an M");
            }
            m.thread = t;
        }
        for (Machine m : ms) {
            m.thread.start();
        }
    }

    /**
     * An M whose P is retiring (GOMAXPROCS shrank) hands its goroutines to the global queue and leaves.
     * Returns false if GOMAXPROCS grew again meanwhile and the M should go on.
     */
    boolean retire(Machine m) {
        m.p.runq.drainTo(this);
        boolean deadlock;
        lock.lock();
        try {
            if (!m.p.retiring) {
                return false;
            }
            Processor[] ps = allp;
            Processor[] shrunk = new Processor[ps.length - 1];
            int j = 0;
            for (Processor p : ps) {
                if (p != m.p) {
                    shrunk[j++] = p;
                }
            }
            allp = shrunk;
            nprocs = shrunk.length;
            deadlock = nidle == nprocs && globalSize == 0 && !timers.hasTimers() && !hostCallsPending();
        } finally {
            lock.unlock();
        }
        if (m.spinning) {
            m.spinning = false;
            nmspinning.decrementAndGet();
        }
        if (deadlock) {
            deadlock();
        } else if (globalSize > 0) {
            wakep();
        }
        return true;
    }

    /** Used by sync.Mutex to decide whether to spin before parking (Go's runtime_canSpin). */
    public boolean canSpin(Goroutine g, int iteration) {
        return iteration < 4 && NCPU > 1 && nprocs > nidle + nmspinning.get() + 1
                && g.m != null && g.m.p.runq.isEmpty();
    }

    // ---------------------------------------------------------------- global run queue and idle Ms

    int globalSize() {
        return globalSize;
    }

    void globalPut(Goroutine g) {
        lock.lock();
        globalPutLocked(g, g, 1);
        lock.unlock();
        wakep();
    }

    void globalPutBatch(Goroutine head, Goroutine tail, int n) {
        lock.lock();
        globalPutLocked(head, tail, n);
        lock.unlock();
    }

    private void globalPutLocked(Goroutine head, Goroutine tail, int n) {
        tail.schedLink = null;
        if (globalTail != null) {
            globalTail.schedLink = head;
        } else {
            globalHead = head;
        }
        globalTail = tail;
        globalSize += n;
    }

    Goroutine globalGet(Processor p, int max) {
        lock.lock();
        try {
            return globalGetLocked(p, max);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Go's globrunqget: takes a fair share of the global queue (at most {@code max} if > 0), returns one and
     * moves the rest to {@code p}'s local queue, which is empty or nearly so when this is called.
     */
    Goroutine globalGetLocked(Processor p, int max) {
        int size = globalSize;
        if (size == 0) {
            return null;
        }
        int n = Math.min(size, size / Math.max(1, nprocs) + 1);
        if (max > 0 && n > max) {
            n = max;
        }
        n = Math.min(n, Math.min(RunQueue.SIZE / 2, p.runq.freeSlots() + 1));
        globalSize = size - n;
        Goroutine g = popGlobalLocked();
        for (int i = 1; i < n; i++) {
            p.runq.putNoOverflow(popGlobalLocked());
        }
        return g;
    }

    private Goroutine popGlobalLocked() {
        Goroutine g = globalHead;
        globalHead = g.schedLink;
        if (globalHead == null) {
            globalTail = null;
        }
        g.schedLink = null;
        return g;
    }

    void pushIdleLocked(Machine m) {
        m.idleNext = idleHead;
        idleHead = m;
        m.onIdleList = true;
        nidle++;
    }

    private Machine popIdleLocked() {
        Machine m = idleHead;
        if (m != null) {
            idleHead = m.idleNext;
            m.idleNext = null;
            m.onIdleList = false;
            nidle--;
        }
        return m;
    }

    boolean removeIdleLocked(Machine m) {
        if (!m.onIdleList) {
            return false;
        }
        Machine prev = null;
        for (Machine x = idleHead; x != null; prev = x, x = x.idleNext) {
            if (x == m) {
                if (prev == null) {
                    idleHead = m.idleNext;
                } else {
                    prev.idleNext = m.idleNext;
                }
                m.idleNext = null;
                m.onIdleList = false;
                nidle--;
                return true;
            }
        }
        throw new IllegalStateException("idle list corrupted");
    }
}
