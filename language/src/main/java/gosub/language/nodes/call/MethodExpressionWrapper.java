package gosub.language.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.RuntimeErrors;

/**
 * The function a method expression T.M denotes when its first parameter is not M's receiver as it is: (*T).M of a
 * value method, or a method promoted from an embedded field. It computes the receiver from the first parameter
 * (read by {@link #receiverArgument}) and calls M with the other parameters unchanged.
 */
public final class MethodExpressionWrapper extends RootNode {
    @Child private ExprNode receiver;
    @Child private DirectCallNode call;
    /** Go's message when (*T).M of a value method gets a nil pointer, or null to let the dereference fail. */
    private final String nilMessage;

    private MethodExpressionWrapper(TruffleLanguage<?> language, ExprNode receiver, CallTarget method, String nilMessage) {
        super(language);
        this.receiver = receiver;
        this.call = DirectCallNode.create(method);
        this.nilMessage = nilMessage;
    }

    public static CallTarget create(TruffleLanguage<?> language, ExprNode receiver, CallTarget method, String nilMessage) {
        return new MethodExpressionWrapper(language, receiver, method, nilMessage).getCallTarget();
    }

    /** The wrapper's first parameter, from which the receiver expression starts. */
    public static ExprNode receiverArgument() {
        return new ArgumentNode(0);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (nilMessage != null && GoArguments.param(frame, 0) == null) {
            throw RuntimeErrors.plain(nilMessage);
        }
        Object[] a = frame.getArguments().clone();
        GoArguments.setParam(a, 0, receiver.execute(frame));
        return call.call(a);
    }
}
