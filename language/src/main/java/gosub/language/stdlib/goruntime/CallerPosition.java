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

    /** Go's runtime.main, which calls main.main (and the package initializers) on the main goroutine. */
    private static final ProgramCounters.Site RUNTIME_MAIN = new ProgramCounters.Site("runtime.main", "$GOROOT/src/runtime/proc.go", 250);
    /** runtime.main where it has the package initializers run (runtime.doInit), before main.main. */
    private static final ProgramCounters.Site RUNTIME_MAIN_INITS = new ProgramCounters.Site("runtime.main", "$GOROOT/src/runtime/proc.go", 233);
    /** Go's runtime.goexit, the return address every goroutine starts with, below its first function. */
    private static final ProgramCounters.Site GOEXIT = new ProgramCounters.Site("runtime.goexit", "$GOROOT/src/runtime/asm_amd64.s", 1594);

    /**
     * The frames Go's own runtime has below a goroutine's Go code, which gosub has no frames for: k = 0 is the one
     * right below the goroutine's first function. A program walking its stack to the bottom (Callers) sees them in
     * Go, so it sees them here.
     */
    private static ProgramCounters.Site runtimeFrameBelow(GoroutineState gs, long k, StackFrame bottom) {
        if (gs.id == 1) { // the main goroutine
            boolean initializing = bottom != null && bottom.function().equals("runtime.doInit");
            return k == 0 ? (initializing ? RUNTIME_MAIN_INITS : RUNTIME_MAIN) : k == 1 ? GOEXIT : null;
        }
        return k == 0 ? GOEXIT : null;
    }

    /** The call site at depth (see the class comment) in goroutine gs, or null when its calls are not that deep. */
    static ProgramCounters.Site of(GoroutineState gs, long depth) {
        List<StackFrame> frames = GoroutineStacks.frames(gs);
        if (depth < 0) {
            return null;
        }
        if (depth >= frames.size()) {
            return runtimeFrameBelow(gs, depth - frames.size(), frames.isEmpty() ? null : frames.get(frames.size() - 1));
        }
        StackFrame f = frames.get((int) depth);
        if (f.line() <= 0 || f.function().equals("?")) {
            return null; // not a Go function's frame
        }
        return new ProgramCounters.Site(f.function(), f.fileFromDirective() ? f.file() : absolute(f.file()), f.line());
    }
}
