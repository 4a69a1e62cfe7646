package gosub.language.traceback;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;
import gosub.language.nodes.GoNode;
import gosub.language.nodes.GoRootNode;
import gosub.language.natives.NativeRootNode;
import gosub.language.runtime.DeferredRun;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;

/**
 * The stacks of goroutines other than the one asking, from the call chain each goroutine keeps in its
 * {@link GoroutineState}: for the deadlock report, the SIGQUIT dump, GOTRACEBACK=all, the leak report and the
 * debugger's list of goroutines.
 *
 * <p>Why a table of call sites kept by the goroutine (GoroutineState.callSites, written by calls:
 * gosub.language.nodes.GoArguments#enter) and read from where the goroutine last blocked, rather than Truffle's
 * frames walked when it parks: a park is the hot path of channel code (chan_pingpong parks twice per round trip),
 * and walking Truffle's frames costs microseconds there, while a blocked goroutine's Truffle frames cannot be
 * walked at all once its continuation is off the M; without the Graal JIT Truffle's frames are even a per-thread
 * list that a migrating goroutine leaves behind. Calls of functions that can never record a position note nothing
 * (gosub.language.build.PositionRecording), which keeps the table off the cost of small and recursive calls
 * (README "Goroutine dumps" has the figures).
 *
 * <p>Precision: a goroutine that is blocked, waiting to run after a preemption or not started yet shows exact
 * frames: where it waits and the line of each call under way. A goroutine running when the snapshot is taken shows
 * the frames of the last place it blocked, yielded or called a native that takes the goroutine, which it may have
 * left since (and calls it has made since may have replaced the lines of some frames); one that has not done so yet shows its function at its first line, as one that has not run yet does.
 */
public final class GoroutineStacks {
    private GoroutineStacks() {
    }

    /** Every live goroutine of {@code sched}, by id: what a debugger's goroutine list shows. */
    public static List<GoroutineSnapshot> all(Scheduler sched) {
        List<GoroutineSnapshot> out = new ArrayList<>();
        for (Goroutine g : sched.liveGoroutines()) {
            out.add(snapshot(g));
        }
        return out;
    }

    /** One goroutine now: its state and frames (none if it is not a goroutine of Go code). */
    public static GoroutineSnapshot snapshot(Goroutine g) {
        GoroutineState s = g.attachment() instanceof GoroutineState st ? st : null;
        List<StackFrame> frames = s == null ? List.of() : frames(s);
        StackFrame createdBy = s == null || s.createdAt == null ? null : frameAt(s.createdAt);
        return new GoroutineSnapshot(g.id(), g.stateText(), g.waitReason(), g.waitingSince(), frames, createdBy,
                        s == null ? 0 : s.creatorId);
    }

    /** The Go frames of the goroutine of {@code s}, innermost first (see the class comment for their precision). */
    public static List<StackFrame> frames(GoroutineState s) {
        // racy reads for a goroutine that runs on: position and arguments may be a step apart, never fail
        Node position = s.position;
        int depth = s.positionDepth;
        Node[] sites = s.callSites;
        List<StackFrame> out = new ArrayList<>();
        if (position != null) {
            out.add(frameAt(position));
        } else if (s.startRoot() instanceof GoRootNode root) {
            out.add(new StackFrame(root.goName(), root.file(), firstLine(root)));
        }
        DeferredRun run = s.deferredRun;
        for (int d = position == null ? 0 : Math.min(depth, sites.length - 1); d > 0; d--) {
            while (run != null && run.depth > d) {
                run = run.outer; // deferred calls that have not reached the recorded position
            }
            if (run != null && run.depth == d) {
                // a deferred call: below it Go has the function returning, or the panic's frames, not the defer
                addCallerOfDeferred(run, out);
                run = run.outer;
                continue;
            }
            Node site = sites[d];
            if (site != null) {
                out.add(frameAt(site));
            }
        }
        return out;
    }

    /** The frames below the deferred calls of run: the panicking ones under runtime.gopanic, or the function returning. */
    public static void addCallerOfDeferred(DeferredRun run, List<StackFrame> out) {
        GoPanicException panic = run.panic;
        if (panic != null && !panic.frames.isEmpty()) {
            out.add(PANIC_CALLING_DEFERRED);
            for (Object f : panic.frames.toArray()) { // another goroutine's panic may grow as it is read: never fail
                if (f instanceof StackFrame frame) {
                    out.add(frame);
                }
            }
        } else {
            out.add(new StackFrame(run.function.goName(), run.function.file(), run.returnLine));
        }
    }

    /** The frame a node is in: its function, and its own line or that of the nearest enclosing node that has one. */
    public static StackFrame frameAt(Node node) {
        int line = 0;
        GoNode at = null;
        for (Node n = node; n != null && line == 0; n = n.getParent()) {
            if (n instanceof GoNode g) {
                line = g.getLine();
                at = g;
            }
        }
        if (node.getRootNode() instanceof GoRootNode root) {
            boolean named = at != null && at.fileFromDirective();
            return new StackFrame(root.goName(), named ? at.file() : root.file(), line, named);
        }
        if (node.getRootNode() instanceof NativeRootNode nativeRoot) {
            // a function written in Java, started by a go statement: Go shows where the function is declared
            return new StackFrame(nativeRoot.goName(), nativeRoot.file(), nativeRoot.line());
        }
        return new StackFrame("?", "?", line);
    }

    /**
     * The frame of Go's panic machinery under deferred calls run by a panic: runtime.gopanic in Go 1.19's
     * runtime/panic.go, at its call of the deferred function. A traceback names it "panic", as Go's does.
     */
    private static final StackFrame PANIC_CALLING_DEFERRED = new StackFrame("runtime.gopanic", "$GOROOT/src/runtime/panic.go", 884);

    /**
     * Adds to OUT the frames of the running goroutine's callers, from Truffle's frames of this thread (each frame's
     * call site), until OUT holds LIMIT; returns whether frames were left out. Called with OUT holding the innermost
     * frame, which the caller knows better (its node) than Truffle's top frame does.
     */
    public static boolean addCallers(List<StackFrame> out, int limit) {
        boolean[] more = {false};
        com.oracle.truffle.api.Truffle.getRuntime().iterateFrames(f -> {
            Node call = f.getCallNode();
            if (call == null) {
                return null;
            }
            if (out.size() >= limit) {
                more[0] = true;
                return f; // stop: the stack may be a million frames deep
            }
            out.add(frameAt(call));
            return null;
        });
        return more[0];
    }

    /** The frame of a function at its first line: where Go reports a function that has not got past its entry. */
    public static StackFrame atEntry(GoRootNode root) {
        return new StackFrame(root.goName(), root.file(), firstLine(root));
    }

    private static int firstLine(GoRootNode root) {
        SourceSection section = root.getSourceSection();
        return section == null || !section.isAvailable() ? 0 : section.getStartLine();
    }

    /**
     * Prints a goroutine's frames and creation site as Go's traceback does, under its header:
     * {@code main.worker(...)} / {@code \tFILE:LINE} per frame, then {@code created by main.main in goroutine 1} /
     * {@code \tFILE:LINE}.
     */
    public static void print(GoroutineSnapshot g, PrintStream out) {
        StringBuilder sb = new StringBuilder();
        appendFrames(g.frames(), sb);
        appendCreatedBy(g.createdBy(), g.creatorId(), sb);
        out.print(sb);
    }

    public static void appendFrames(List<StackFrame> frames, StringBuilder sb) {
        for (StackFrame f : frames) {
            if (f != PANIC_CALLING_DEFERRED && !f.shownInTraceback()) {
                continue;
            }
            String call = f == PANIC_CALLING_DEFERRED ? "panic(...)" : f.function() + f.arguments();
            sb.append(call).append("\n\t").append(f.position()).append('\n');
        }
    }

    /** The creation site of a goroutine started by the go statement goStatement, in goroutine creatorId. */
    public static void appendCreatedBy(Node goStatement, long creatorId, StringBuilder sb) {
        appendCreatedBy(frameAt(goStatement), creatorId, sb);
    }

    /** Go 1.21's form of the creation site: {@code created by F in goroutine N} and the go statement's position. */
    public static void appendCreatedBy(StackFrame createdBy, long creatorId, StringBuilder sb) {
        if (createdBy != null) {
            sb.append("created by ").append(createdBy.function());
            if (creatorId > 0) {
                sb.append(" in goroutine ").append(creatorId);
            }
            sb.append("\n\t").append(createdBy.position()).append('\n');
        }
    }
}
