package gosub.language.stdlib.sort;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.GoRootNode;

/**
 * The call of a sort's less function value, with the inline cache of a Go call site (nodes.call.FunctionDispatchNode)
 * but made from Java with no frame of the Go caller: the call is noted at the caller's depth plus one, at the sort's
 * call site. Each sort.Slice call site has its own, so the closure of that site is a direct call the compiler inlines
 * into the sorting loops, whatever closures other sites pass.
 */
@GenerateInline(false)
abstract class LessCall extends Node {
    static final int LIMIT = 3;

    /** Calls target with arguments (goroutine, environment and parameters set). */
    abstract Object execute(CallTarget target, Object[] arguments, int callerDepth, Node site);

    static LessCall create() {
        return LessCallNodeGen.create();
    }

    static boolean callNotesSite(CallTarget target) {
        return GoRootNode.callNotesSite(target);
    }

    @Specialization(guards = "target == cachedTarget", limit = "LIMIT")
    static Object direct(@SuppressWarnings("unused") CallTarget target, Object[] arguments, int callerDepth, Node site,
                    @Cached("target") @SuppressWarnings("unused") CallTarget cachedTarget,
                    @Cached("callNotesSite(cachedTarget)") boolean notesSite,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        if (notesSite) {
            GoArguments.enter(arguments, callerDepth, site);
        }
        return call.call(arguments);
    }

    @Specialization(replaces = "direct")
    static Object indirect(CallTarget target, Object[] arguments, int callerDepth, Node site, @Cached IndirectCallNode call) {
        GoArguments.enter(arguments, callerDepth, site);
        return call.call(target, arguments);
    }
}
