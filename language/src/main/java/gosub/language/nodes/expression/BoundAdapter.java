package gosub.language.nodes.expression;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

/** Calls a method with the function value's environment (the bound receiver) as its receiver argument. */
final class BoundAdapter extends RootNode {
    @Child private DirectCallNode call;

    private BoundAdapter(CallTarget method) {
        super(null);
        this.call = DirectCallNode.create(method);
    }

    static CallTarget create(CallTarget method) {
        return new BoundAdapter(method).getCallTarget();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] a = frame.getArguments();
        Object[] b = new Object[a.length + 1];
        b[0] = a[0];
        b[2] = a[1];
        System.arraycopy(a, 2, b, 3, a.length - 2);
        return call.call(b);
    }
}
