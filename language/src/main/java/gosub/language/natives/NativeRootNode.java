package gosub.language.natives;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.call.ArgumentNode;

/** A native as a call target, for when it is used as a function value or reached through an interface. */
public final class NativeRootNode extends RootNode {
    private final String name;
    @Child private ExprNode body;

    private NativeRootNode(TruffleLanguage<?> language, String name, ExprNode body) {
        super(language);
        this.name = name;
        this.body = body;
    }

    /** The root of native name taking params parameters (a method's receiver counts). */
    public static NativeRootNode create(TruffleLanguage<?> language, Natives natives, String name, int params) {
        ExprNode[] args = new ExprNode[params];
        for (int i = 0; i < params; i++) {
            args[i] = new ArgumentNode(i);
        }
        return new NativeRootNode(language, name, natives.create(name, args));
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.execute(frame);
    }

    @Override
    public String getName() {
        return name;
    }
}
