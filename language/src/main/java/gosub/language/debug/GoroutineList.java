package gosub.language.debug;

import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import gosub.language.GoLanguage;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
import gosub.runtime.Goroutine;

import java.util.ArrayList;
import java.util.List;

/**
 * The goroutines of a program stopped in a debugger, from what the scheduler knows of them: id, state or wait
 * reason, and the function each was started with. Where a goroutine other than the stopped one is, is told by a
 * {@link StackSource} when one is plugged in (the per-goroutine stack record), else only its start function is.
 */
public final class GoroutineList {
    private GoroutineList() {
    }

    /** One goroutine: its id, its state as a traceback header names it, its start function (null before it first runs) and where it is (or null). */
    public record Entry(long id, String state, String startFunction, String where) {
    }

    /** Where a goroutine is now (e.g. {@code main.worker() ./prog.go:12}), or null if not known. */
    public interface StackSource {
        String where(Goroutine g);
    }

    private static volatile StackSource stacks = g -> null;

    /** Plugs in what knows where each goroutine is. */
    public static void useStacks(StackSource source) {
        stacks = source;
    }

    /** The goroutine that runs frame (a frame of a Go function), or null. */
    public static GoroutineState goroutineOf(DebugStackFrame frame) {
        Frame raw = frame.getRawFrame(GoLanguage.class, FrameInstance.FrameAccess.READ_ONLY);
        if (raw == null || raw.getArguments().length == 0) {
            return null;
        }
        return GoArguments.goroutine(raw);
    }

    /** Every live goroutine of the program that frame's goroutine belongs to, by id. */
    public static List<Entry> all(DebugStackFrame frame) {
        GoroutineState current = goroutineOf(frame);
        List<Entry> out = new ArrayList<>();
        if (current == null || current.goroutine == null) {
            return out;
        }
        for (Goroutine g : current.goroutine.scheduler().liveGoroutines()) {
            if (g.isSystem()) {
                continue;
            }
            String start = g.attachment() instanceof GoroutineState s ? s.startFunction : null; // null: it has not run yet
            String state = g == current.goroutine ? "running" : g.stateText();
            out.add(new Entry(g.id(), state, start, g == current.goroutine ? null : stacks.where(g)));
        }
        return out;
    }
}
