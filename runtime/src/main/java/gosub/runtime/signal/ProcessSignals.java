package gosub.runtime.signal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The process's signals, taken over for a Go program as a Go binary's runtime takes them: only when the process
 * belongs to the program (the gosub command asks for it; a Java program embedding gosub keeps its signals).
 *
 * <p><b>How a signal reaches Java.</b> The JVM keeps SIGQUIT for its thread dump: {@code sun.misc.Signal} can
 * never handle it, and with {@code -Xrs} (which stops the JVM from installing handlers for QUIT, HUP, INT and
 * TERM) it cannot handle any of the four. So the gosub command starts the JVM with {@code -Xrs} and with the four
 * signals blocked ({@code env --block-signal}): every thread inherits the blocked mask, the kernel keeps a signal
 * sent to the process pending, and one thread takes it with {@code sigwait(3)} (through the foreign function API).
 * A signal whose handler is the JVM's (no {@code -Xrs}) is taken with {@code sun.misc.Signal} instead, which
 * works for HUP, INT and TERM; a signal with the default action and not blocked is left to the kernel, which
 * kills the process by it, as Go would. An inherited SIG_IGN for HUP and INT stays (nohup, background jobs),
 * as in Go.
 *
 * <p>The {@link Receiver} decides what a signal does: today it ends the program ({@link #dieOf}) or, for QUIT,
 * prints the goroutines. os/signal.Notify will hand signals to a Go channel from the same place.
 */
public final class ProcessSignals {
    /** What the program does with a signal; called on a signal thread, one signal at a time. */
    @FunctionalInterface
    public interface Receiver {
        void received(Signal s);
    }

    private ProcessSignals() {
    }

    /**
     * Takes over WANTED for RECEIVER. The set-up runs on the signal thread, so that the program does not wait
     * for it; a signal sent in the meantime stays pending (blocked) or gets the JVM's default treatment.
     */
    public static void listen(Set<Signal> wanted, Receiver receiver) {
        EnumSet<Signal> signals = EnumSet.copyOf(wanted);
        Thread.ofPlatform().daemon().name("gosub-signals").start(() -> takeOver(signals, receiver));
    }

    private static void takeOver(EnumSet<Signal> wanted, Receiver receiver) {
        Posix os = Posix.get();
        List<Signal> pending = new ArrayList<>();
        for (Signal s : wanted) {
            long handler = os == null ? Posix.UNKNOWN : os.handler(s);
            if (handler == Posix.SIG_IGN && (s == Signal.HUP || s == Signal.INT)) {
                continue;
            }
            if (handler == Posix.SIG_DFL || handler == Posix.SIG_IGN) {
                if (os.blocked(s)) {
                    pending.add(s);
                }
            } else {
                handleWithJvm(s, receiver);
            }
        }
        if (!pending.isEmpty()) {
            os.waitForever(pending, receiver);
        }
    }

    private static void handleWithJvm(Signal s, Receiver receiver) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(s.name()), sig -> receiver.received(s));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the JVM keeps this one (SIGQUIT without -Xrs): its own behaviour stays
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

    /** The few POSIX calls this needs, through the foreign function API; null where they cannot be had. */
    private static final class Posix {
        static final long SIG_DFL = 0;
        static final long SIG_IGN = 1;
        static final long UNKNOWN = -1;

        private static final int SIG_BLOCK = 0;
        private static final int SIG_UNBLOCK = 1;
        /** glibc's and musl's sigset_t (1024 bits); struct sigaction is smaller than this on every Linux. */
        private static final long SIGSET_SIZE = 128;
        private static final long SIGACTION_SIZE = 256;

        private static volatile Posix instance;
        private static volatile boolean failed;

        private final MethodHandle sigemptyset;
        private final MethodHandle sigaddset;
        private final MethodHandle sigismember;
        private final MethodHandle pthreadSigmask;
        private final MethodHandle sigaction;
        private final MethodHandle sigwait;
        private final MethodHandle signal;
        private final MethodHandle raise;

        private Posix() {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            ValueLayout.OfInt i = ValueLayout.JAVA_INT;
            ValueLayout p = ValueLayout.ADDRESS;
            sigemptyset = find(linker, libc, "sigemptyset", FunctionDescriptor.of(i, p));
            sigaddset = find(linker, libc, "sigaddset", FunctionDescriptor.of(i, p, i));
            sigismember = find(linker, libc, "sigismember", FunctionDescriptor.of(i, p, i));
            pthreadSigmask = find(linker, libc, "pthread_sigmask", FunctionDescriptor.of(i, i, p, p));
            sigaction = find(linker, libc, "sigaction", FunctionDescriptor.of(i, i, p, p));
            sigwait = find(linker, libc, "sigwait", FunctionDescriptor.of(i, p, p));
            signal = find(linker, libc, "signal", FunctionDescriptor.of(p, i, p));
            raise = find(linker, libc, "raise", FunctionDescriptor.of(i, i));
        }

        private static MethodHandle find(Linker linker, SymbolLookup lib, String name, FunctionDescriptor fd) {
            return linker.downcallHandle(lib.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name)), fd);
        }

        static Posix get() {
            Posix p = instance;
            if (p == null && !failed) {
                synchronized (Posix.class) {
                    if (instance == null && !failed) {
                        try {
                            // sigset_t and the signal numbers above are Linux's; elsewhere the JVM's handlers remain
                            if (System.getProperty("os.name", "").startsWith("Linux")) {
                                instance = new Posix();
                            } else {
                                failed = true;
                            }
                        } catch (RuntimeException | LinkageError e) {
                            failed = true;
                        }
                    }
                    p = instance;
                }
            }
            return p;
        }

        /** The current handler of S: SIG_DFL, SIG_IGN, another address (a handler), or UNKNOWN. */
        long handler(Signal s) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment old = arena.allocate(SIGACTION_SIZE, 8);
                if ((int) sigaction.invokeExact(s.number(), MemorySegment.NULL, old) != 0) {
                    return UNKNOWN;
                }
                // sa_handler is the first member on every Linux architecture
                return old.get(ValueLayout.JAVA_LONG, 0);
            } catch (Throwable t) {
                return UNKNOWN;
            }
        }

        /** Whether S is blocked in this thread (and so, from the start, in every thread of the process). */
        boolean blocked(Signal s) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment mask = arena.allocate(SIGSET_SIZE, 8);
                if ((int) pthreadSigmask.invokeExact(SIG_BLOCK, MemorySegment.NULL, mask) != 0) {
                    return false;
                }
                return (int) sigismember.invokeExact(mask, s.number()) == 1;
            } catch (Throwable t) {
                return false;
            }
        }

        /** Takes SIGNALS one by one, forever, on this thread. */
        void waitForever(List<Signal> signals, Receiver receiver) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment set = set(arena, signals);
                MemorySegment got = arena.allocate(ValueLayout.JAVA_INT);
                while (true) {
                    if ((int) sigwait.invokeExact(set, got) != 0) {
                        return;
                    }
                    Signal s = Signal.of(got.get(ValueLayout.JAVA_INT, 0));
                    if (s != null) {
                        receiver.received(s);
                    }
                }
            } catch (Throwable t) {
                // no more signals for the program: they stay pending, as if ignored
            }
        }

        private MemorySegment set(Arena arena, List<Signal> signals) throws Throwable {
            MemorySegment set = arena.allocate(SIGSET_SIZE, 8);
            int unused = (int) sigemptyset.invokeExact(set);
            for (Signal s : signals) {
                unused = (int) sigaddset.invokeExact(set, s.number());
            }
            return set;
        }

        /** Default action for S, S unblocked in this thread, S sent to this thread: the process dies of it. */
        void raiseWithDefaultAction(Signal s) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment previous = (MemorySegment) signal.invokeExact(s.number(), MemorySegment.ofAddress(SIG_DFL));
                int unused = (int) pthreadSigmask.invokeExact(SIG_UNBLOCK, set(arena, List.of(s)), MemorySegment.NULL);
                unused = (int) raise.invokeExact(s.number());
            } catch (Throwable t) {
                // the caller falls back to the JVM's way or to the exit status
            }
        }
    }
}
