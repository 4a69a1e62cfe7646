package gosub.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.call.ArgumentNode;
import gosub.language.nodes.call.CallNodes;

/**
 * The method a struct gets from an embedded interface field: it calls the same method on the interface value
 * held in that field (which arrives as the receiver argument).
 */
final class InterfaceForwarder extends RootNode {
    @Child private CallNodes.Interface call;

    private InterfaceForwarder(GoLanguage language, String name, int params, CallNodes.MethodResolver resolver) {
        super(language);
        ExprNode[] args = new ExprNode[params];
        for (int i = 0; i < params; i++) {
            args[i] = new ArgumentNode(1 + i);
        }
        this.call = new CallNodes.Interface(new ArgumentNode(0), name, resolver, args);
    }

    static CallTarget create(GoLanguage language, String name, int params, CallNodes.MethodResolver resolver) {
        return new InterfaceForwarder(language, name, params, resolver).getCallTarget();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return call.execute(frame);
    }
}
