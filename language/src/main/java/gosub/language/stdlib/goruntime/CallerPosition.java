package gosub.language.stdlib.goruntime;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.GoContext;
import gosub.language.nodes.GoNode;
import gosub.language.nodes.GoRootNode;
import gosub.language.values.ByteStrings;

/**
 * runtime.Caller's answer: the file and line of a call that is under way in the calling goroutine, found in
 * Truffle's frames of the current thread (the goroutine's continuation is mounted on it). Frame 0 is the Go
 * function that called the native; the call node of frame k is where frame k called frame k-1.
 *
 * <p>Without the Graal JIT, Truffle keeps its frames in a thread-local list that continuations do not carry:
 * the innermost frames are right, but a goroutine that moved to another M between a call and this question may
 * get a wrong answer there (gosub has no per-goroutine call chain yet). With the JIT, the frames are the
 * thread's real stack, which the continuation carries.
 */
final class CallerPosition {
    private CallerPosition() {
    }

    /** Go gives the absolute path of a source file; the standard packages' pseudo-paths stay as they are. */
    private static String absolute(String file) {
        if (file.startsWith("$")) {
            return file;
        }
        try {
            return GoContext.get(null).env.getPublicTruffleFile(file).getAbsoluteFile().getPath();
        } catch (RuntimeException e) {
            return file; // no file system access: the name as given
        }
    }

    /** {file, line, ok} of the call made by the depth-th Go frame out from the caller of the native. */
    static Object[] of(long depth) {
        long[] seen = {0};
        Object[] found = Truffle.getRuntime().iterateFrames(frame -> {
            if (!(frame.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget t) || !(t.getRootNode() instanceof GoRootNode root)) {
                return null; // not a Go function: not counted, as Go counts only its own frames
            }
            if (seen[0]++ < depth) {
                return null;
            }
            for (Node n = frame.getCallNode(); n != null; n = n.getParent()) {
                if (n instanceof GoNode g && g.getLine() > 0) {
                    return new Object[] {ByteStrings.fromJava(absolute(root.file())), (long) g.getLine(), true};
                }
            }
            return new Object[] {"", 0L, false};
        });
        return found != null ? found : new Object[] {"", 0L, false};
    }
}
