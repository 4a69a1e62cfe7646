package gosub.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.call.NativeFunction;

/** A call target for a standard-library function implemented in Java (used when it is called as a value). */
final class NativeRootNode extends RootNode {
    private final String name;
    private final NativeFunction fn;

    NativeRootNode(GoLanguage language, String name, NativeFunction fn) {
        super(language);
        this.name = name;
        this.fn = fn;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return call(fn, frame.getArguments());
    }

    @TruffleBoundary
    private static Object call(NativeFunction fn, Object[] args) {
        return fn.call(args);
    }

    @Override
    public String getName() {
        return name;
    }
}
