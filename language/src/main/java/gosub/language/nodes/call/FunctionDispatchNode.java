package gosub.language.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.GoRootNode;

/**
 * Calls a call target that is only known at run time (a function value), with a polymorphic inline cache: the
 * first {@value #LIMIT} targets a site sees get a direct call each (which Graal can inline), later ones an indirect
 * call. A closure's target is its function literal's, so a site calling closures of one literal stays direct.
 * <p>
 * The call is noted as made at site (GoArguments.enter) only if its target may record the goroutine's position
 * (GoRootNode.callNotesSite), decided once per cached target: calls of small closures then cost no store into the
 * goroutine's call-site table, as static calls of small functions do not.
 */
@GenerateInline(false)
public abstract class FunctionDispatchNode extends Node {
    static final int LIMIT = 3;

    /** Calls target with arguments (goroutine and parameters set) from site, a call node of frame's function. */
    public abstract Object execute(VirtualFrame frame, Node site, CallTarget target, Object[] arguments);

    public static FunctionDispatchNode create() {
        return FunctionDispatchNodeGen.create();
    }

    static boolean callNotesSite(CallTarget target) {
        return GoRootNode.callNotesSite(target);
    }

    @Specialization(guards = "target == cachedTarget", limit = "LIMIT")
    static Object direct(VirtualFrame frame, Node site, @SuppressWarnings("unused") CallTarget target, Object[] arguments,
                    @Cached("target") @SuppressWarnings("unused") CallTarget cachedTarget,
                    @Cached("callNotesSite(cachedTarget)") boolean notesSite,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        if (notesSite) {
            GoArguments.enter(arguments, frame, site);
        }
        return call.call(arguments);
    }

    @Specialization(replaces = "direct")
    static Object indirect(VirtualFrame frame, Node site, CallTarget target, Object[] arguments, @Cached IndirectCallNode call) {
        GoArguments.enter(arguments, frame, site);
        return call.call(target, arguments);
    }
}
