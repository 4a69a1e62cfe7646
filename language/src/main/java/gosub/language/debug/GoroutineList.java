package gosub.language.debug;

import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import gosub.language.GoLanguage;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
import gosub.language.traceback.GoroutineStacks;
import gosub.language.traceback.StackFrame;
import gosub.runtime.Goroutine;

import java.util.ArrayList;
import java.util.List;

/**
 * The goroutines of a program stopped in a debugger, from what the scheduler knows of them: id, state or wait
 * reason, the function each was started with, and the frames of those other than the stopped goroutine, from
 * their call chain record (gosub.language.traceback): a parked goroutine's Java stack is an unmounted continuation,
 * which Truffle's frame walk cannot see, so its variables are out of reach but its calls are not.
 */
public final class GoroutineList {
    private GoroutineList() {
    }

    /**
     * One goroutine: its id, its state as a traceback header names it, its start function (null before it first
     * runs) and its frames from the call chain record, innermost first (empty for the stopped goroutine, whose
     * frames the debugger has, and for one that has not run).
     */
    public record Entry(long id, String state, String startFunction, List<StackFrame> frames) {
        /** Where the goroutine is now (its innermost Go frame), or null. */
        public StackFrame where() {
            return frames.isEmpty() ? null : frames.get(0);
        }
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
            out.add(new Entry(g.id(), state, start, g == current.goroutine ? List.of() : GoroutineStacks.snapshot(g).frames()));
        }
        return out;
    }
}
