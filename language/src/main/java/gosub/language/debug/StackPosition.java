package gosub.language.debug;

import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.GoLanguage;
import gosub.language.nodes.GoRootNode;
import gosub.language.nodes.controlflow.RangeFunc;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a stopped goroutine is in the user's code, as a stepping debugger compares two stops. The frames of the
 * standard packages are internal and do not count. The body of a range-over-function loop is a root of its own,
 * called by the iterator, but in the source it is part of the function the loop is in: its frame, the iterator's
 * frames under it and that function's frame count as one, so that a step over the body's last statement goes on
 * to the next iteration, or past the loop, and never stops in the iterator, as Delve steps.
 *
 * @param depth the number of Go functions under way, each range-over-function body counted with its function
 * @param frames the number of Go frames, each body and each iterator call counted
 * @param function the frame of the innermost function (for a body, the function's frame it runs in), which tells
 *            one call of a function from another at the same depth; null when the debugger does not give it
 * @param bodyEntry whether the stop is where a range-over-function body starts an iteration (its root, before its
 *            first statement), where Delve does not stop a step
 */
public record StackPosition(int depth, int frames, Frame function, boolean bodyEntry) {

    /** The position of a stop whose stack is frames (innermost first). */
    public static StackPosition of(Iterable<DebugStackFrame> frames) {
        List<DebugStackFrame> user = new ArrayList<>();
        for (DebugStackFrame f : frames) {
            if (!f.isInternal() && f.getSourceSection() != null) {
                user.add(f);
            }
        }
        int depth = 0;
        for (int i = 0; i < user.size(); i++) {
            depth++;
            int home = homeOf(user, i);
            if (home > i) {
                i = home; // the frames up to the function's own are this one
            }
        }
        Frame function = user.isEmpty() ? null : raw(user.get(0));
        Node at = user.isEmpty() ? null : user.get(0).getRawNode(GoLanguage.class);
        boolean bodyEntry = at instanceof RangeFunc.Body;
        return new StackPosition(depth, user.size(), function == null ? null : RangeFunc.variablesFrame(function), bodyEntry);
    }

    /** Whether this stop is in the same call of the same function as start (a later statement of it). */
    public boolean sameCallAs(StackPosition start) {
        return depth == start.depth && (function == null || start.function == null || function == start.function);
    }

    /**
     * For the frame at i of a range-over-function body, the index of the frame of the function it belongs to (the
     * frame it runs in, or failing that the nearest frame of that function); -1 for other frames.
     */
    private static int homeOf(List<DebugStackFrame> user, int i) {
        GoRootNode root = rootOf(user.get(i));
        GoRootNode function = root == null ? null : root.rangeBodyOf();
        if (function == null) {
            return -1;
        }
        Frame raw = raw(user.get(i));
        Frame home = raw == null ? null : RangeFunc.variablesFrame(raw);
        for (int j = i + 1; j < user.size(); j++) {
            if (home != null && raw(user.get(j)) == home) {
                return j;
            }
        }
        for (int j = i + 1; j < user.size(); j++) {
            if (rootOf(user.get(j)) == function) {
                return j;
            }
        }
        return -1;
    }

    private static Frame raw(DebugStackFrame f) {
        return f.getRawFrame(GoLanguage.class, FrameInstance.FrameAccess.READ_ONLY);
    }

    private static GoRootNode rootOf(DebugStackFrame f) {
        Node n = f.getRawNode(GoLanguage.class);
        return n != null && n.getRootNode() instanceof GoRootNode r ? r : null;
    }
}
