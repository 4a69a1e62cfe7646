package gosub.language;

import gosub.language.nodes.GoArguments;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.runtime.GoSignals;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Goroutines;
import gosub.runtime.Scheduler;
import gosub.runtime.timing.Phases;
import gosub.runtime.timing.Phases.Phase;
import gosub.language.traceback.LeakReport;
import gosub.language.traceback.TracebackLevel;

import java.util.List;

/**
 * Runs a main package on the scheduler: package initialisation, then main, as goroutine 1 on an M thread (a
 * continuation), exactly like every other goroutine. Returns the process exit status.
 */
final class ProgramRootNode extends RootNode {
    private final GoContext context;
    private final List<CallTarget> inits;
    private final CallTarget main;

    ProgramRootNode(GoLanguage language, GoContext context, List<CallTarget> inits, CallTarget main, String file) {
        super(language);
        this.context = context;
        this.inits = inits;
        this.main = main;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private int run() {
        if (Phases.ON) {
            Phases.switchTo(Phase.RUN);
        }
        Scheduler sched = context.newScheduler();
        sched.setErrorOutput(context.errorStream());
        sched.setStackPrinter(context.stackPrinter());
        context.program = sched;
        java.util.Map<String, String> environment = context.env.getEnvironment();
        context.traceback = TracebackLevel.parse(environment.get("GOTRACEBACK"));
        sched.setTracebackGoroutines(context.traceback != TracebackLevel.NONE);
        boolean leaks = context.env.getOptions().get(GoOptions.Leaks) || "1".equals(environment.get("GOSUB_LEAKS"));
        GoSignals signals = context.signals;
        int code;
        try {
            code = sched.runMain(g -> {
                GoroutineState s = Goroutines.stateFor(g, "main.main");
                if (signals != null) {
                    signals.programStarted(sched);
                }
                Goroutines.runTop(g, s, st -> {
                    for (CallTarget init : inits) {
                        init.call((com.oracle.truffle.api.nodes.Node) null, GoArguments.of(st, null));
                    }
                    main.call((com.oracle.truffle.api.nodes.Node) null, GoArguments.of(st, null));
                    if (leaks) {
                        LeakReport.afterMain(g);
                    }
                });
            }, GoContext.cancellableEndWait(this));
        } finally {
            if (signals != null) {
                signals.programEnded();
            }
            context.program = null;
        }
        context.flush();
        return code;
    }
}
