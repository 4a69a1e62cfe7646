package gosub.language.stdlib.goruntime;

import gosub.language.GoContext;
import gosub.language.runtime.GoroutineState;
import gosub.language.traceback.GoroutineStacks;
import gosub.language.traceback.StackFrame;

import java.util.List;

/**
 * runtime.Caller's and Callers' answer: the function, file and line of a call that is under way in the calling
 * goroutine, from the goroutine's own call chain (GoroutineStacks.frames: where the innermost function called the
 * native, which records it, then the call site of each Go call under way). Depth 0 is the Go function that called the native, at that
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
        List<StackFrame> frames = GoroutineStacks.frames(gs);
        if (depth < 0 || depth >= frames.size()) {
            return null;
        }
        StackFrame f = frames.get((int) depth);
        if (f.line() <= 0 || f.function().equals("?")) {
            return null; // not a Go function's frame
        }
        return new ProgramCounters.Site(f.function(), f.fileFromDirective() ? f.file() : absolute(f.file()), f.line());
    }
}
