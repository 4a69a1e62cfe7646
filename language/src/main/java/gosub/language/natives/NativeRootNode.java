package gosub.language.natives;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.call.ArgumentNode;

/** A native as a call target, for when it is used as a function value or reached through an interface. */
public final class NativeRootNode extends RootNode {
    private final String name;
    /** The Go function's name, file and line of declaration, for tracebacks (a goroutine started by {@code go time.Sleep(d)}). */
    private final String goName;
    private final String file;
    private final int line;
    @Child private ExprNode body;

    private NativeRootNode(TruffleLanguage<?> language, String name, String goName, String file, int line, ExprNode body) {
        super(language);
        this.name = name;
        this.goName = goName;
        this.file = file;
        this.line = line;
        this.body = body;
    }

    /**
     * The root of native name taking params parameters (a method's receiver counts), implementing the Go function
     * goName declared at file:line.
     */
    public static NativeRootNode create(TruffleLanguage<?> language, Natives natives, String name, int params, String goName, String file, int line) {
        ExprNode[] args = new ExprNode[params];
        for (int i = 0; i < params; i++) {
            args[i] = new ArgumentNode(i);
        }
        return new NativeRootNode(language, name, goName, file, line, natives.create(name, args));
    }

    public String goName() {
        return goName;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
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
