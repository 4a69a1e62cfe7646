package gosub.language.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.nodes.GoArguments;
import gosub.language.traceback.GoroutineStacks;
import gosub.language.traceback.StackFrame;
import gosub.runtime.FatalError;
import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs Go code as goroutines of the runtime's scheduler: goroutine 1 for main, one more per go statement. What a
 * goroutine's top does with an escaping panic or os.Exit is decided here, as Go's goexit/fatalpanic would.
 */
public final class Goroutines {
    private Goroutines() {
    }

    /**
     * Reports an unrecovered panic (to the context's stderr) after the scheduler has stopped. Each context has its
     * own ({@code GoContext.panicPrinter}): two programs in one JVM report to their own streams.
     */
    public interface PanicPrinter {
        /** Go's report of an unrecovered panic; runs on the panicking goroutine (it may call Error/String methods). */
        String report(GoPanicException p, GoroutineState g);

        /** Prints a report made by {@link #report}; with GOTRACEBACK=all, then every other goroutine. */
        void print(String report, GoroutineState g);

        /** Prints {@code fatal error: MESSAGE} and, as the goroutine's frames, its start function. */
        default void printFatal(String message, GoroutineState g) {
            printFatal(message, g, null, false);
        }

        /**
         * Prints {@code fatal error: MESSAGE} and the goroutine's FRAMES (innermost first; null: its start function
         * alone); ELIDED: it had more, which Go's traceback leaves out.
         */
        void printFatal(String message, GoroutineState g, List<StackFrame> frames,
                        boolean elided);
    }

    /** The state for a goroutine: links the runtime record and installs the preemption hooks. */
    public static GoroutineState stateFor(Goroutine g, String startFunction) {
        GoroutineState s = unstarted(startFunction);
        s.bindTo(g);
        return s;
    }

    /** The state of a goroutine that will run startFunction, before the runtime's goroutine exists or runs it. */
    private static GoroutineState unstarted(String startFunction) {
        GoroutineState s = new GoroutineState(0);
        s.startFunction = startFunction;
        s.depthLimit = gosub.language.GoContext.get(null).goroutineDepthLimit;
        return s;
    }

    /** Runs body as goroutine code, turning escaping panics and exits into the program's end. */
    public static void runTop(Goroutine g, GoroutineState s, Consumer<GoroutineState> body) {
        try {
            body.accept(s);
        } catch (RuntimeException | Error e) {
            endTop(g, s, e);
        }
    }

    /**
     * What a goroutine's top does with e, which escaped its code: Goexit, os.Exit, an unrecovered panic, a fatal
     * error or a stack overflow end the goroutine or the program; anything else is rethrown.
     */
    static void endTop(Goroutine g, GoroutineState s, Throwable e) {
        Scheduler sched = g.scheduler();
        if (e instanceof GoroutineExitException) {
            if (g.id() == 1) {
                sched.mainGoexit(g);
            }
        } else if (e instanceof ProgramExitException x) {
            sched.exit(g, x.code, null);
        } else if (e instanceof GoPanicException p) {
            p.stopTracing();
            reportPanic(sched, g, s, p);
        } else if (e instanceof GoPanic p) {
            reportPanic(sched, g, s, RuntimeErrors.plain(p.getMessage()));
        } else if (e instanceof LocatedFatalError f) {
            PanicPrinter pp = printer();
            sched.exit(g, 2, () -> pp.printFatal(f.getMessage(), s, f.frames, f.elided));
        } else if (e instanceof FatalError f) {
            PanicPrinter pp = printer();
            sched.exit(g, 2, () -> pp.printFatal(f.getMessage(), s));
        } else if (e instanceof StackOverflow so) {
            endWithStackOverflow(s, so);
        } else if (e instanceof StackOverflowError) {
            PanicPrinter pp = printer();
            sched.exit(g, 2, () -> pp.printFatal("stack overflow", s));
        } else {
            if (hostStops(e)) {
                // the embedder closes the context with cancellation or interrupts it (Truffle throws at a
                // safepoint): the program just ends, with nothing to report
                sched.exit(g, 2, null);
            }
            if (e instanceof Error err) {
                throw err;
            }
            throw (RuntimeException) e;
        }
    }

    /** Ends the program with Go's report of SO, which goroutine S ran into; S never resumes. */
    static void endWithStackOverflow(GoroutineState s, StackOverflow so) {
        Goroutine g = (Goroutine) s.goroutine;
        PanicPrinter pp = printer();
        g.scheduler().exit(g, 2, () -> pp.printFatal("stack overflow", s, so.frames(), so.elided()));
    }

    /**
     * The fatal error F, raised by what node AT does (a map used by two goroutines at once, a native's misuse
     * check), with the goroutine's frames from AT's line outwards: its report then shows them, as Go's shows the
     * place of the throw, where F alone is reported with the goroutine's start function only. F itself if it
     * already has its frames (raised further in).
     */
    @TruffleBoundary
    public static FatalError locate(Node at, FatalError f) {
        if (f instanceof LocatedFatalError) {
            return f;
        }
        List<StackFrame> frames = new ArrayList<>();
        frames.add(GoroutineStacks.frameAt(at));
        boolean elided = GoroutineStacks.addCallers(frames, StackOverflow.TRACEBACK_FRAMES);
        return new LocatedFatalError(f.getMessage(), frames, elided);
    }

    /**
     * Ends the program with p's report; an Error or String method that panics while the report is made makes it
     * Go's fatal error instead, with the frames of the panic.
     */
    private static void reportPanic(Scheduler sched, Goroutine g, GoroutineState s, GoPanicException p) {
        PanicPrinter pp = printer();
        String report;
        try {
            report = pp.report(p, s);
        } catch (FatalError f) {
            sched.exit(g, 2, () -> pp.printFatal(f.getMessage(), s, p.frames, false));
            return;
        }
        sched.exit(g, 2, () -> pp.print(report, s));
    }

    /** The context's panic printer: how the goroutine's end is reported. */
    private static PanicPrinter printer() {
        return gosub.language.GoContext.get(null).panicPrinter;
    }

    /**
     * Whether e is how the embedder stops guest code from outside: Truffle throws it at a safepoint when the
     * context is closed with cancellation, a resource limit is exceeded, or the context is interrupted.
     */
    public static boolean hostStops(Throwable e) {
        return gosub.language.GoContext.get(null).env.getContext().isCancelling() || isInterrupt(e);
    }

    private static boolean isInterrupt(Throwable e) {
        if (!(e instanceof com.oracle.truffle.api.exception.AbstractTruffleException x)) {
            return false;
        }
        try {
            return com.oracle.truffle.api.interop.InteropLibrary.getUncached().getExceptionType(x)
                            == com.oracle.truffle.api.interop.ExceptionType.INTERRUPT;
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException u) {
            return false;
        }
    }

    public static void spawn(GoroutineState creator, CallTarget target, Object[] args, String name) {
        spawn(creator, target, args, name, null);
    }

    /** Starts target as a new goroutine; goStatement (null for one the runtime starts) is its creation site. */
    public static void spawn(GoroutineState creator, CallTarget target, Object[] args, String name, com.oracle.truffle.api.nodes.Node goStatement) {
        Goroutine parent = (Goroutine) creator.goroutine;
        GoroutineState s = unstarted(name);
        s.createdAt = goStatement;
        s.creatorId = goStatement == null ? 0 : creator.id;
        s.startTarget = target;
        s.startArgs = args;
        parent.scheduler().go(parent, s);
    }
}
