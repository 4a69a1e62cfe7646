package gosub.language.nodes.expression;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.GoArguments;

/** Calls a method with the function value's environment (the bound receiver) as its receiver argument. */
final class BoundAdapter extends RootNode {
    @Child private DirectCallNode call;
    /** For a method value taken from an interface: turns the bound dynamic value into the receiver at call time. */
    private final java.util.function.Function<Object, Object> adapt;

    private BoundAdapter(CallTarget method, java.util.function.Function<Object, Object> adapt) {
        super(null);
        this.call = DirectCallNode.create(method);
        this.adapt = adapt;
    }

    static CallTarget create(CallTarget method) {
        return new BoundAdapter(method, null).getCallTarget();
    }

    static CallTarget create(CallTarget method, java.util.function.Function<Object, Object> adapt) {
        return new BoundAdapter(method, adapt).getCallTarget();
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private Object receiver(Object bound) {
        return adapt.apply(bound);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object bound = GoArguments.environment(frame);
        return call.call(GoArguments.bindReceiver(frame.getArguments(), adapt == null ? bound : receiver(bound)));
    }
}
