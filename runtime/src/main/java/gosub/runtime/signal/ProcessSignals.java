package gosub.runtime.signal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The process's signals, taken over for a Go program as a Go binary's runtime takes them: only when the process
 * belongs to the program (the gosub command asks for it; a Java program embedding gosub keeps its signals).
 *
 * <p><b>How a signal reaches Java.</b> The JVM keeps SIGQUIT for its thread dump: {@code sun.misc.Signal} can
 * never handle it, and with {@code -Xrs} (which stops the JVM from installing handlers for QUIT, HUP, INT and
 * TERM) it can handle none of the four. So the gosub command starts the JVM with {@code -Xrs} and with the four
 * signals blocked ({@code env --block-signal}): every thread inherits the blocked mask, the kernel keeps a signal
 * sent to the process pending, and one thread takes it with {@code sigwait(3)} (through the foreign function API).
 * A signal the JVM catches (no {@code -Xrs}) is taken with {@code sun.misc.Signal} instead, which works for HUP,
 * INT and TERM; a signal with the default action and not blocked is left to the kernel, which kills the process
 * by it, as Go would. An inherited SIG_IGN for HUP and INT stays (nohup, background jobs), as in Go.
 *
 * <p><b>Cost.</b> Linking the foreign functions takes ~100 ms of CPU, so the waiting thread links them only after
 * {@link #WAIT_START_DELAY_NANOS} ({@link #listen}) or never ({@link #watch}), unless one of its signals is
 * pending sooner: until then it only looks at the process's pending signals in /proc every
 * {@link #PENDING_POLL_NANOS}, which costs microseconds. So a short program never pays, and a signal is acted on
 * within a few milliseconds of its arrival however early it comes. A thread blocked in a native call delays the
 * JVM's exit by 300 ms, so {@link Listener#stop} wakes the waiting thread and lets it end before the program
 * exits.
 *
 * <p><b>When a signal counts.</b> A Go binary acts on a signal when it arrives, with what os/signal asked for at
 * that moment. Here a signal may wait pending for a while; a receiver whose handling of a signal is about to
 * change first settles the one already pending ({@link Listener#takePending}), so that a SIGINT sent before
 * {@code signal.Notify} still kills the program, as in Go.
 *
 * <p>The {@link Receiver} decides what a signal does: today it ends the program ({@link #dieOf}) or, for QUIT,
 * prints the goroutines. os/signal.Notify will hand signals to a Go channel from the same place.
 */
public final class ProcessSignals {
    /** How long the waiting thread of {@link #listen} waits before it links sigwait (see "Cost" above). */
    static final long WAIT_START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /**
     * How often a thread that has not linked sigwait yet looks for a pending signal: the most a signal waits before
     * it is acted on; ~20 µs of CPU per look.
     */
    static final long PENDING_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** What the program does with a signal; called on a signal thread, one signal at a time. */
    @FunctionalInterface
    public interface Receiver {
        void received(Signal s);
    }

    private ProcessSignals() {
    }

    /**
     * Takes over WANTED for RECEIVER until {@link Listener#stop}. Signals the JVM catches are handed over at once;
     * the blocked ones are taken by a thread of their own.
     */
    public static Listener listen(Set<Signal> wanted, Receiver receiver) {
        return takeOver(wanted, receiver, WAIT_START_DELAY_NANOS);
    }

    /**
     * {@link #listen} for a time that should cost nothing, such as the start-up before a program runs: sigwait is
     * linked only when one of WANTED arrives.
     */
    public static Listener watch(Set<Signal> wanted, Receiver receiver) {
        return takeOver(wanted, receiver, Long.MAX_VALUE);
    }

    private static Listener takeOver(Set<Signal> wanted, Receiver receiver, long linkAfterNanos) {
        // one listener at a time: a new one takes over from the last (the launcher's, which kills the process
        // while a tool holds it up before the program starts, hands over to the program's)
        Listener previous;
        synchronized (ProcessSignals.class) {
            previous = current;
            current = null;
        }
        if (previous != null) {
            previous.stop();
        }
        Listener listener = start(wanted, receiver, linkAfterNanos);
        synchronized (ProcessSignals.class) {
            current = listener;
        }
        return listener;
    }

    /** The listener that has the signals now, if any. */
    private static Listener current;

    private static Listener start(Set<Signal> wanted, Receiver receiver, long linkAfterNanos) {
        Masks masks = Masks.ofThisThread();
        List<Signal> blocked = new ArrayList<>();
        for (Signal s : EnumSet.copyOf(wanted)) {
            if (masks == null || masks.caught(s)) {
                handleWithJvm(s, receiver);
            } else if (masks.ignored(s) && (s == Signal.HUP || s == Signal.INT)) {
                continue;
            } else if (masks.blocked(s)) {
                blocked.add(s);
            }
        }
        Listener listener = new Listener(blocked, receiver, linkAfterNanos);
        if (!blocked.isEmpty()) {
            listener.thread = Thread.ofPlatform().daemon().name("gosub-signals").start(listener::run);
        }
        return listener;
    }

    private static void handleWithJvm(Signal s, Receiver receiver) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(s.name()), sig -> receiver.received(s));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the JVM keeps this one (SIGQUIT without -Xrs): its own behaviour stays
        }
    }

    /** The thread that takes blocked signals with sigwait. */
    public static final class Listener {
        private final List<Signal> signals;
        private final Receiver receiver;
        /** How long the thread may go on polling before it links sigwait with no signal pending. */
        private final long linkAfterNanos;
        private volatile boolean stopped;
        /** The waiting thread's pthread_t once it is about to wait; 0 before. */
        private volatile long pthread;
        private Thread thread;

        private Listener(List<Signal> signals, Receiver receiver, long linkAfterNanos) {
            this.signals = signals;
            this.receiver = receiver;
            this.linkAfterNanos = linkAfterNanos;
        }

        private void run() {
            long start = System.nanoTime();
            while (!stopped && !anyPending() && System.nanoTime() - start < linkAfterNanos) {
                LockSupport.parkNanos(PENDING_POLL_NANOS);
            }
            Posix os = stopped ? null : Posix.get();
            if (os == null) {
                return; // without sigwait the signals stay pending, as if ignored
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment set = os.set(arena, signals);
                MemorySegment got = arena.allocate(ValueLayout.JAVA_INT);
                pthread = os.pthreadSelf();
                while (!stopped && os.sigwait(set, got)) {
                    Signal s = Signal.of(got.get(ValueLayout.JAVA_INT, 0));
                    if (!stopped && s != null) {
                        receiver.received(s);
                    }
                }
            }
        }

        private boolean anyPending() {
            long pending = Masks.pendingForProcess();
            for (Signal s : signals) {
                if (Masks.has(pending, s)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Takes S if it is one of this listener's signals and is pending for the process, so that the caller acts on
         * it (see "When a signal counts" above); false if it is not pending, or the waiting thread has it.
         */
        public boolean takePending(Signal s) {
            if (stopped || !signals.contains(s) || !Masks.has(Masks.pendingForProcess(), s)) {
                return false;
            }
            Posix os = Posix.get();
            return os != null && os.takeIfPending(s);
        }

        /**
         * Gives the signals back: the waiting thread ends (a signal sent from now on stays pending). Returns when
         * it has left its native call, which would otherwise hold up the JVM's exit.
         */
        public void stop() {
            synchronized (ProcessSignals.class) {
                if (current == this) {
                    current = null;
                }
            }
            if (stopped) {
                return;
            }
            stopped = true;
            Thread t = thread;
            if (t == null) {
                return;
            }
            LockSupport.unpark(t);
            long p = pthread;
            Posix os = p == 0 || !t.isAlive() ? null : Posix.get();
            if (os != null) {
                os.pthreadKill(p, signals.get(0).number()); // sigwait returns it; the thread sees stopped
            }
            try {
                t.join(TimeUnit.SECONDS.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // a signal sent to the process that the thread did not take (e.g. during its start delay) still counts
            long pending = Masks.pendingForProcess();
            for (Signal s : signals) {
                if (Masks.has(pending, s)) {
                    receiver.received(s);
                }
            }
        }
    }

    /**
     * Ends the process by S with the default action, as Go's runtime does for a signal the program does not
     * handle: the shell sees "killed by S" (status 128+S). Never returns.
     */
    public static void dieOf(Signal s) {
        Posix os = Posix.get();
        if (os != null) {
            os.raiseWithDefaultAction(s);
        }
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(s.name()), sun.misc.SignalHandler.SIG_DFL);
            sun.misc.Signal.raise(new sun.misc.Signal(s.name()));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // not allowed (-Xrs) and no native access: the exit status below is what the shell would show
        }
        try {
            Thread.sleep(1000); // the signal is delivered asynchronously
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(128 + s.number());
    }

    /**
     * Sends signal SIGNO to process PID with kill(2) (signal 0 only checks that PID is there and may be signalled; a
     * negative PID names a process group). Returns 0, the errno kill(2) failed with, or -1 where it cannot be called
     * (not Linux, no native access).
     */
    public static int send(long pid, int signo) {
        Posix os = Posix.get();
        return os == null ? -1 : os.kill(pid, signo);
    }

    /** The signal masks of the calling thread and the process, from Linux's /proc (no native call needed). */
    private record Masks(long blocked, long ignored, long caught) {
        static Masks ofThisThread() {
            try {
                List<String> status = Files.readAllLines(Path.of("/proc/thread-self/status"));
                long blk = field(status, "SigBlk:");
                long ign = field(status, "SigIgn:");
                long cgt = field(status, "SigCgt:");
                return blk == -1 || ign == -1 || cgt == -1 ? null : new Masks(blk, ign, cgt);
            } catch (IOException | RuntimeException e) {
                return null; // not Linux: the JVM's handlers are all there is
            }
        }

        /** The signals sent to the process and not yet taken. */
        static long pendingForProcess() {
            try {
                long pnd = field(Files.readAllLines(Path.of("/proc/self/status")), "ShdPnd:");
                return pnd == -1 ? 0 : pnd;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /** A mask line of /proc/.../status, e.g. {@code SigBlk:\t0000000000004007}; -1 if it is not there. */
        private static long field(List<String> status, String name) {
            for (String line : status) {
                if (line.startsWith(name)) {
                    return Long.parseUnsignedLong(line.substring(name.length()).trim(), 16);
                }
            }
            return -1;
        }

        static boolean has(long mask, Signal s) {
            return (mask >>> (s.number() - 1) & 1) != 0;
        }

        boolean blocked(Signal s) {
            return has(blocked, s);
        }

        boolean ignored(Signal s) {
            return has(ignored, s);
        }

        boolean caught(Signal s) {
            return has(caught, s);
        }
    }

    /** The few POSIX calls this needs, through the foreign function API; null where they cannot be had. */
    private static final class Posix {
        private static final int SIG_UNBLOCK = 1;
        private static final int ESRCH = 3;
        /** glibc's and musl's sigset_t: 1024 bits, signal n is bit n-1 of the first 64-bit word for n up to 64. */
        private static final long SIGSET_SIZE = 128;

        private static Posix instance;
        private static boolean failed;

        private final MethodHandle sigwait;
        private final MethodHandle sigtimedwait;
        private final MethodHandle pthreadSelf;
        private final MethodHandle pthreadKill;
        private final MethodHandle pthreadSigmask;
        private final MethodHandle signal;
        private final MethodHandle raise;
        private final MethodHandle kill;
        /** Where a call linked with {@link #ERRNO} leaves errno. */
        private final java.lang.invoke.VarHandle errno;

        private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");

        private Posix() {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            ValueLayout.OfInt i = ValueLayout.JAVA_INT;
            ValueLayout.OfLong l = ValueLayout.JAVA_LONG;
            ValueLayout p = ValueLayout.ADDRESS;
            sigwait = find(linker, libc, "sigwait", FunctionDescriptor.of(i, p, p));
            sigtimedwait = find(linker, libc, "sigtimedwait", FunctionDescriptor.of(i, p, p, p));
            pthreadSelf = find(linker, libc, "pthread_self", FunctionDescriptor.of(l));
            pthreadKill = find(linker, libc, "pthread_kill", FunctionDescriptor.of(i, l, i));
            pthreadSigmask = find(linker, libc, "pthread_sigmask", FunctionDescriptor.of(i, i, p, p));
            signal = find(linker, libc, "signal", FunctionDescriptor.of(p, i, p));
            raise = find(linker, libc, "raise", FunctionDescriptor.of(i, i));
            kill = linker.downcallHandle(libc.find("kill").orElseThrow(() -> new UnsatisfiedLinkError("kill")),
                            FunctionDescriptor.of(i, i, i), ERRNO);
            errno = Linker.Option.captureStateLayout().varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
        }

        private static MethodHandle find(Linker linker, SymbolLookup lib, String name, FunctionDescriptor fd) {
            return linker.downcallHandle(lib.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name)), fd);
        }

        static synchronized Posix get() {
            if (instance == null && !failed) {
                try {
                    // the signal numbers and sigset_t above are Linux's
                    if (System.getProperty("os.name", "").startsWith("Linux")) {
                        instance = new Posix();
                    } else {
                        failed = true;
                    }
                } catch (RuntimeException | LinkageError e) {
                    failed = true;
                }
            }
            return instance;
        }

        MemorySegment set(Arena arena, List<Signal> signals) {
            MemorySegment set = arena.allocate(SIGSET_SIZE, 8);
            long bits = 0;
            for (Signal s : signals) {
                bits |= 1L << (s.number() - 1);
            }
            set.set(ValueLayout.JAVA_LONG, 0, bits);
            return set;
        }

        /** Waits for a signal of SET and stores its number in GOT; false if sigwait failed. */
        boolean sigwait(MemorySegment set, MemorySegment got) {
            try {
                return (int) sigwait.invokeExact(set, got) == 0;
            } catch (Throwable t) {
                return false;
            }
        }

        /** Takes S if it is pending for this thread or the process, without waiting; whether it did. */
        boolean takeIfPending(Signal s) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment noWait = arena.allocate(16, 8); // struct timespec {0, 0}
                return (int) sigtimedwait.invokeExact(set(arena, List.of(s)), MemorySegment.NULL, noWait) == s.number();
            } catch (Throwable t) {
                return false;
            }
        }

        long pthreadSelf() {
            try {
                return (long) pthreadSelf.invokeExact();
            } catch (Throwable t) {
                return 0;
            }
        }

        void pthreadKill(long thread, int signo) {
            try {
                int unused = (int) pthreadKill.invokeExact(thread, signo);
            } catch (Throwable t) {
                // the thread has ended already
            }
        }

        /** kill(2); 0 or its errno. (pid_t is an int: a PID beyond it names no process.) */
        int kill(long pid, int signo) {
            if (pid != (int) pid) {
                return ESRCH;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
                int r = (int) kill.invokeExact(state, (int) pid, signo);
                return r == 0 ? 0 : (int) errno.get(state, 0L);
            } catch (Throwable t) {
                return -1;
            }
        }

        /** Default action for S, S unblocked in this thread, S sent to this thread: the process dies of it. */
        void raiseWithDefaultAction(Signal s) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment previous = (MemorySegment) signal.invokeExact(s.number(), MemorySegment.NULL);
                int unused = (int) pthreadSigmask.invokeExact(SIG_UNBLOCK, set(arena, List.of(s)), MemorySegment.NULL);
                unused = (int) raise.invokeExact(s.number());
            } catch (Throwable t) {
                // the caller falls back to the JVM's way or to the exit status
            }
        }
    }
}
