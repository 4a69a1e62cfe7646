package gosub.language.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calls a call target that is only known at run time (a function value), with a polymorphic inline cache: the
 * first {@value #LIMIT} targets a site sees get a direct call each (which Graal can inline), later ones an indirect
 * call. A closure's target is its function literal's, so a site calling closures of one literal stays direct.
 */
@GenerateInline(false)
public abstract class FunctionDispatchNode extends Node {
    static final int LIMIT = 3;

    public abstract Object execute(CallTarget target, Object[] arguments);

    public static FunctionDispatchNode create() {
        return FunctionDispatchNodeGen.create();
    }

    @Specialization(guards = "target == cachedTarget", limit = "LIMIT")
    static Object direct(@SuppressWarnings("unused") CallTarget target, Object[] arguments,
                    @Cached("target") @SuppressWarnings("unused") CallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        return call.call(arguments);
    }

    @Specialization(replaces = "direct")
    static Object indirect(CallTarget target, Object[] arguments, @Cached IndirectCallNode call) {
        return call.call(target, arguments);
    }
}
