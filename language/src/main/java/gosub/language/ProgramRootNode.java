package gosub.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.runtime.GoExitException;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;

import java.util.List;

/** Runs a main package: package initialisation, then main; returns the process exit status. */
final class ProgramRootNode extends RootNode {
    private final GoContext context;
    private final List<CallTarget> inits;
    private final CallTarget main;
    private final String file;

    ProgramRootNode(GoLanguage language, GoContext context, List<CallTarget> inits, CallTarget main, String file) {
        super(language);
        this.context = context;
        this.inits = inits;
        this.main = main;
        this.file = file;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private int run() {
        GoroutineState g = new GoroutineState(1);
        try {
            for (CallTarget init : inits) {
                init.call(g, null);
            }
            main.call(g, null);
            context.flush();
            return 0;
        } catch (GoExitException e) {
            context.flush();
            return e.code;
        } catch (GoPanicException p) {
            context.flush();
            context.write(2, PanicReport.format(context, p, g));
            return 2;
        } catch (StackOverflowError e) {
            context.flush();
            context.write(2, "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n");
            return 2;
        }
    }
}
