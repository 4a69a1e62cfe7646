package gosub.language.methods;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.call.ArgumentNode;
import gosub.language.nodes.call.CallNodes;
import gosub.language.types.InterfaceType;

/**
 * The method a struct gets from an embedded interface field: it calls the same method on the interface value held
 * in that field (which arrives as the receiver parameter).
 */
final class InterfaceForwarder extends RootNode {
    @Child private CallNodes.Interface call;

    private InterfaceForwarder(TruffleLanguage<?> language, InterfaceType iface, String name, int params, MethodTable table) {
        super(language);
        ExprNode[] args = new ExprNode[params];
        for (int i = 0; i < params; i++) {
            args[i] = new ArgumentNode(1 + i);
        }
        this.call = new CallNodes.Interface(new ArgumentNode(0), iface, name, table, args);
    }

    static CallTarget create(TruffleLanguage<?> language, InterfaceType iface, String name, int params, MethodTable table) {
        return new InterfaceForwarder(language, iface, name, params, table).getCallTarget();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return call.execute(frame);
    }
}
