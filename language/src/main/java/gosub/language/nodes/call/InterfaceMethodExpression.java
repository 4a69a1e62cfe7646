package gosub.language.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.methods.MethodTable;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.InterfaceType;
import gosub.language.values.Iface;

/**
 * The function a method expression I.M on an interface type denotes: a function whose first parameter is an I and
 * whose other parameters are M's. It calls M of the first argument's dynamic type, as a call through the interface
 * value would; a nil interface panics with a nil dereference, as Go's generated wrapper does.
 */
public final class InterfaceMethodExpression extends RootNode {
    @Child private MethodDispatchNode dispatch;

    private InterfaceMethodExpression(TruffleLanguage<?> language, MethodTable table, InterfaceType iface, String name) {
        super(language);
        this.dispatch = MethodDispatchNode.create(table, iface, name);
    }

    public static CallTarget create(TruffleLanguage<?> language, MethodTable table, InterfaceType iface, String name) {
        return new InterfaceMethodExpression(language, table, iface, name).getCallTarget();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object recv = GoArguments.param(frame, 0);
        if (recv == null) {
            throw RuntimeErrors.nilDeref();
        }
        Iface i = (Iface) recv;
        // the dispatch overwrites parameter 0 with the receiver the dynamic type's method takes
        return dispatch.execute(frame, null, i.type, i.value, frame.getArguments().clone());
    }
}
