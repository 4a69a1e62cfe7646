package gosub.language.stdlib.goruntime;

import com.oracle.truffle.api.nodes.Node;
import gosub.language.GoContext;
import gosub.language.nodes.GoNode;
import gosub.language.nodes.GoRootNode;
import gosub.language.runtime.GoroutineState;

/**
 * runtime.Caller's and Callers' answer: the function, file and line of a call that is under way in the calling
 * goroutine, from the goroutine's own call chain (GoroutineState: the call node of each Go call under way, and
 * where the innermost function called the native). Depth 0 is the Go function that called the native, at that
 * call; depth k is the function k calls out, at its call of the function inside it.
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

    /** The call site at depth (see the class comment) in goroutine gs, or null when its calls are not that deep. */
    static ProgramCounters.Site of(GoroutineState gs, long depth) {
        if (depth < 0 || depth > gs.callDepth) {
            return null;
        }
        Node at = depth == 0 ? gs.position : gs.callSites[(int) (gs.callDepth - depth)];
        if (at == null || !(at.getRootNode() instanceof GoRootNode root)) {
            return null;
        }
        for (Node n = at; n != null; n = n.getParent()) {
            if (n instanceof GoNode g && g.getLine() > 0) {
                return new ProgramCounters.Site(root.goName(), absolute(root.file()), g.getLine());
            }
        }
        return null;
    }
}
