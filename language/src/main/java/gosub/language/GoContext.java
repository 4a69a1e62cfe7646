package gosub.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.instrumentation.AllocationReporter;
import com.oracle.truffle.api.nodes.Node;

import gosub.language.build.PackageBuilder;
import gosub.language.check.FuncEntity;
import gosub.language.check.GoPackage;
import gosub.language.check.VarEntity;
import gosub.language.interop.EmbeddedRuntime;
import gosub.language.methods.MethodTable;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoSignals;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Goroutines;
import gosub.language.stdlib.fmt.MethodInvoker;
import gosub.language.stdlib.os.Errno;
import gosub.language.stdlib.os.FileTable;
import gosub.language.traceback.GoroutineStacks;
import gosub.language.traceback.StackFrame;
import gosub.language.traceback.TracebackLevel;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.values.Cell;
import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;
import gosub.runtime.ThreadBlocker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** The state of one running Go program: its output streams, arguments and environment. */
public final class GoContext {
    public final GoLanguage language;
    public final TruffleLanguage.Env env;
    private final OutputStream out;
    private final OutputStream err;
    /** One lock per file descriptor, like Go's per-fd write lock: writes to one fd never interleave. */
    private final Object outLock = new Object();
    private final Object errLock = new Object();
    /** The process's signals, when the embedder handed them to the program (option go.Signals); else null. */
    public final GoSignals signals;
    /** How this context's program reports a panic or fatal error that ends it: on the context's error stream. */
    public final Goroutines.PanicPrinter panicPrinter = new Goroutines.PanicPrinter() {
        @Override
        public String report(GoPanicException p, GoroutineState g) {
            return PanicReport.format(GoContext.this, p, g);
        }

        @Override
        public void print(String report, GoroutineState g) {
            flush();
            write(2, report + otherGoroutines(g, false));
        }

        @Override
        public void printFatal(String message, GoroutineState g, List<StackFrame> frames,
                        boolean elided) {
            flush();
            String prefix = message.equals("stack overflow") ? "runtime: goroutine stack exceeds 1000000000-byte limit\n" : "";
            String goroutines = "";
            if (traceback != TracebackLevel.NONE) {
                StringBuilder sb = new StringBuilder("\ngoroutine " + g.id + " [running]:\n");
                if (frames == null) {
                    sb.append(g.startFunction).append(StackFrame.argumentsOf(g.startFunction)).append('\n');
                } else {
                    GoroutineStacks.appendFrames(frames, sb);
                    if (elided) {
                        sb.append("...additional frames elided...\n");
                    }
                }
                if (g.createdAt != null) {
                    GoroutineStacks.appendCreatedBy(g.createdAt, g.creatorId, sb);
                }
                // a fatal error lists every goroutine unless GOTRACEBACK=none, as Go's throw does
                goroutines = sb + otherGoroutines(g, true);
            }
            write(2, prefix + "fatal error: " + message + "\n" + goroutines);
        }

        /**
         * The goroutines but g after its report, by id (once the program has stopped): for a panic with
         * GOTRACEBACK=all, for a fatal error (everyLevel) at every level that prints g itself.
         */
        private String otherGoroutines(GoroutineState g, boolean everyLevel) {
            Scheduler sched = g.goroutine != null ? g.goroutine.scheduler() : null;
            if ((traceback != TracebackLevel.ALL && !everyLevel) || sched == null) {
                return "";
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(buf, false, StandardCharsets.UTF_8);
            for (Goroutine other : sched.liveGoroutines()) {
                if (other.id() != g.id) {
                    sched.printGoroutine(other, sched.tracebackState(other), out);
                }
            }
            out.flush();
            return buf.toString(StandardCharsets.UTF_8);
        }
    };

    /** GOTRACEBACK as the program started with it: how much a panic or fatal error prints. */
    public TracebackLevel traceback = TracebackLevel.SINGLE;

    /** The files the program has open (os.Open and friends), by descriptor number. */
    public final FileTable files = new FileTable();

    /** The processes the program started (os/exec) and has not waited for. */
    public final gosub.language.stdlib.exec.ChildProcesses children = new gosub.language.stdlib.exec.ChildProcesses();

    /** The context's standard streams are the process's own (option go.InheritStdio): a child may have them. */
    public final boolean inheritStdio;

    /** The program's finalizers (runtime.SetFinalizer). */
    public final gosub.language.stdlib.goruntime.Finalizers finalizers = new gosub.language.stdlib.goruntime.Finalizers();

    /** Where the program's allocations are reported to tools that listen (the memory tracer). */
    public final AllocationReporter allocationReporter;

    public GoContext(GoLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.allocationReporter = env.lookup(AllocationReporter.class);
        this.out = env.out();
        this.err = env.err();
        this.signals = env.getOptions().get(GoOptions.Signals) ? new GoSignals() : null;
        this.inheritStdio = env.getOptions().get(GoOptions.InheritStdio);
        this.methods = new MethodTable(language, this::functionTarget);
        this.stackBytes = (long) Math.max(1, env.getOptions().get(GoOptions.StackMiB)) << 20;
        this.goroutineDepthLimit = (int) Math.min(Integer.MAX_VALUE, stackBytes / FRAME_BYTES_ALLOWED);
        // Truffle sets up its stack walking on first use. When that first use is a stack overflow (Truffle walks the
        // stack to record the guest frames of the StackOverflowError), the set-up itself overflows, fails for good,
        // and every later walk throws a fresh NoClassDefFoundError: the unwinding of a deep recursion then pays a
        // Java stack trace per frame (minutes for a million frames). One walk here, on a shallow stack, sets it up.
        Truffle.getRuntime().iterateFrames(f -> f);
    }

    /**
     * The path a stack trace gives for each source file of a program loaded from files (a Go binary prints absolute
     * paths), by the name compile errors give it; a file not in it is traced by that name.
     */
    final Map<String, String> tracePaths = new ConcurrentHashMap<>();

    public String tracePath(String file) {
        return file == null ? null : tracePaths.getOrDefault(file, file);
    }

    /** The call target of a declared function, built by the node builder of its own package. */
    private CallTarget functionTarget(FuncEntity fe) {
        PackageBuilder b = builders.get(fe.pkg);
        if (b == null) {
            throw new IllegalStateException("no node builder for package " + fe.pkg);
        }
        return b.callTarget(fe);
    }

    /**
     * Writes a Go byte string to stdout (fd 1) or stderr (fd 2), as Go's unbuffered os.File does: the bytes are
     * handed to the embedder's stream in one write and flushed before this returns, so a line printed before a
     * sleep, a crash or a signal is already out, and stdout and stderr keep the order the program wrote them in.
     * The launcher gives unbuffered streams on the process's descriptors: one write(2) per call. The lock is
     * short and never held across a yield.
     *
     * <p>Returns 0, or the Linux error number of a failed write, for the program's write to fail with it as
     * write(2) makes Go's fail: a full disk (ENOSPC), a closed descriptor (EBADF), a pipe nobody reads (EPIPE);
     * an embedder's stream that throws for a reason of its own gives EIO. The stream cannot say how much of a
     * failed write got out, so the program is told none did (what write(2) says of a write that fails at once).
     */
    public int write(int fd, String goBytes) {
        byte[] b = goBytes.getBytes(StandardCharsets.ISO_8859_1);
        OutputStream s = fd == 2 ? err : out;
        synchronized (fd == 2 ? errLock : outLock) {
            try {
                s.write(b);
                s.flush();
                return 0;
            } catch (IOException e) {
                Errno errno = Errno.of(e);
                // a Go binary dies of SIGPIPE when stdout or stderr is a pipe nobody reads any more (`prog | head
                // -1`), unless os/signal ignores or takes SIGPIPE: then the write fails with EPIPE
                if (errno == Errno.EPIPE && signals != null) {
                    signals.brokenPipe();
                }
                return errno.number;
            }
        }
    }

    /** Flushes the embedder's streams (writes are flushed already; this is for streams the embedder buffers). */
    public void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    /** GOMAXPROCS: the environment variable, else the number of CPUs (Go's default). */
    public int gomaxprocs() {
        String v = env.getEnvironment().get("GOMAXPROCS");
        if (v != null) {
            try {
                int n = Integer.parseInt(v.trim());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // Go ignores a malformed GOMAXPROCS
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The Java stack a Go call may take at most, interpreted: a small function's interpreted call measures about
     * 1.3 kB (a dozen Java frames); deep expressions and Truffle's own frames take more, so twice that is assumed.
     */
    private static final int FRAME_BYTES_ALLOWED = 2600;

    /** The Java stack of each M (go.StackMiB). */
    private final long stackBytes;
    /** How deep a goroutine's Go calls may nest before it dies of Go's stack overflow (GoroutineState#depth). */
    public final int goroutineDepthLimit;

    /** A scheduler whose Ms are Truffle threads, each entered into this context once (DESIGN.md). */
    public Scheduler newScheduler() {
        if (!env.isCreateThreadAllowed()) {
            // checked before the scheduler starts its monitor thread: a refused context leaves no thread behind
            throw gosub.language.interop.GoGuestException.fatal("fatal error: gosub runs goroutines on threads of their"
                            + " own, and this context may not create threads: build it with"
                            + " Context.newBuilder(\"go\").allowCreateThread(true)");
        }
        Scheduler scheduler = new Scheduler(gomaxprocs(), r -> {
            // Go lets a goroutine's stack grow to 1 GB; a goroutine runs on its M's stack, so give Ms room (go.StackMiB)
            Thread t = env.newTruffleThreadBuilder(r).stackSize(stackBytes).build();
            t.setDaemon(true);
            return t;
        });
        scheduler.setThreadBlocker(SAFEPOINT_BLOCKER);
        return scheduler;
    }

    /** The scheduler of the main program running in this context, if one is (ProgramRootNode). */
    volatile Scheduler program;
    /** The runtime calls from other languages run on; null until the first, and once the context closes. */
    private EmbeddedRuntime embedded;
    private boolean closed;

    /**
     * The runtime that calls from other languages run on: one per context, started by the first call; after it
     * ended (os.Exit, a fatal error, an interrupted context) the next call starts a new one.
     */
    public EmbeddedRuntime embeddedRuntime() {
        EmbeddedRuntime old;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the Go runtime of this context has been shut down");
            }
            if (embedded != null && !embedded.ended()) {
                return embedded;
            }
            old = embedded;
            embedded = new EmbeddedRuntime(this);
        }
        if (old != null) {
            old.shutdown(); // its Ms are leaving: wait for them, so that no thread of an ended runtime lingers
        }
        return embeddedRuntime();
    }

    /** Ends the runtime for good (the context closes): stops every goroutine and joins every M. */
    void shutdownRuntime() {
        EmbeddedRuntime r;
        synchronized (this) {
            closed = true;
            finalizers.close();
            r = embedded;
            embedded = null;
        }
        if (r != null) {
            r.shutdown();
        }
    }

    /**
     * The goroutine running on the calling thread, when it is an M of this context running one (host code called by
     * Go calls back into Go); else null.
     */
    public Goroutine goroutineOnThisThread() {
        EmbeddedRuntime r;
        synchronized (this) {
            r = embedded;
        }
        Goroutine g = r == null ? null : r.scheduler().goroutineOnThisThread();
        Scheduler p = program;
        if (g == null && p != null) {
            g = p.goroutineOnThisThread();
        }
        return g;
    }

    /** Fatal errors and deadlock reports of the runtime: the context's error stream, one write per print. */
    public PrintStream errorStream() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                GoContext.this.write(2, String.valueOf((char) (b & 0xFF)));
            }

            @Override
            public void write(byte[] b, int off, int len) {
                GoContext.this.write(2, new String(b, off, len, StandardCharsets.ISO_8859_1));
            }
        }, true);
    }

    /** A goroutine in a traceback (deadlock, SIGQUIT, GOTRACEBACK=all): its frames and where it was created. */
    public Scheduler.StackPrinter stackPrinter() {
        return (g, o) -> GoroutineStacks.print(GoroutineStacks.snapshot(g), o);
    }

    /**
     * Idle Ms and the thread waiting for the program sleep interruptibly for Truffle: a thread-local action (the
     * CPU sampler's stack sample, the debugger's pause, a cancel) runs on the sleeping thread, which then sleeps
     * again. Goroutines never block a thread, so this covers every goroutine parked on a channel, a lock, a timer
     * or a sleep.
     */
    private static final ThreadBlocker SAFEPOINT_BLOCKER = new ThreadBlocker() {
        @Override
        public <T> void block(Wait<T> wait, T on) {
            TruffleSafepoint.setBlockedThreadInterruptible(null, wait::await, on);
        }
    };

    /**
     * How a thread that started a program waits for its end: blocked in a way Truffle can interrupt, so that
     * closing the context with cancellation stops a program that would run (or sleep) forever.
     */
    public static Scheduler.EndWait cancellableEndWait(Node location) {
        return end -> TruffleSafepoint.setBlockedThreadInterruptible(location,
                CountDownLatch::await, end);
    }

    /** Call targets of the program's functions, shared by the node builders of all its packages. */
    public final Map<FuncEntity, CallTarget> functionTargets = new IdentityHashMap<>();
    /** Which of those functions may record the goroutine's position, so that calls of them note their site. */
    public final gosub.language.build.PositionRecording positionRecording = new gosub.language.build.PositionRecording();
    /** Cells of the program's package-level variables. */
    public final Map<VarEntity, Cell> globalCells = new IdentityHashMap<>();
    /** The node builder of each package of the program, by package name: a function is built by its package's. */
    public final Map<String, PackageBuilder> builders = new ConcurrentHashMap<>();
    /** Call targets that let Go call functions of other languages, one per Go signature (interop.HostFunctionRoot). */
    public final Map<FuncType, CallTarget> hostFunctions = new ConcurrentHashMap<>();
    /**
     * The type polyglot.Value as each program of the context loaded it (each parse loads the standard packages
     * anew): values of it cross to other languages as the objects they hold (interop.ForeignValues).
     */
    public final Set<GoType> foreignValueTypes = ConcurrentHashMap.newKeySet();
    /** Method sets of the running program's dynamic types, for interfaces at run time. */
    public final MethodTable methods;

    /** The fmt packages loaded, for the fmt engine to call Format methods through. */
    final FmtFormatters fmtFormatters = new FmtFormatters();

    /** What the fmt engine calls a value's String, Error or Format method through, for goroutine g. */
    public MethodInvoker methodInvoker(GoroutineState g) {
        return new GoMethodInvoker(methods, fmtFormatters, g);
    }

    /** The program's main package once built: its package-level variables are the language's top scope. */
    public volatile GoPackage mainPackage;

    public static GoContext get(Node node) {
        return GoLanguage.CONTEXT_REF.get(node);
    }
}
