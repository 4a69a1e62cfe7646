package gosub.language.nodes.expression;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.methods.ResolvedMethod;
import gosub.language.nodes.GoArguments;

/** Calls a method with the function value's environment (the bound receiver) as its receiver argument. */
final class BoundAdapter extends RootNode {
    @Child private DirectCallNode call;
    /** For a method value taken from an interface: turns the bound dynamic value into the receiver at call time. */
    private final ResolvedMethod method;

    private BoundAdapter(CallTarget target, ResolvedMethod method) {
        super(null);
        this.call = DirectCallNode.create(target);
        this.method = method;
    }

    /** For a method value of a static method: the bound value is the receiver. */
    static CallTarget create(CallTarget method) {
        return new BoundAdapter(method, null).getCallTarget();
    }

    /** For a method value through an interface: the bound value is the interface's dynamic value. */
    static CallTarget create(ResolvedMethod method) {
        return new BoundAdapter(method.target(), method).getCallTarget();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object bound = GoArguments.environment(frame);
        return call.call(GoArguments.bindReceiver(frame.getArguments(), method == null ? bound : method.receiver(bound)));
    }
}
