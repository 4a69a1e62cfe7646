package gosub.language.nodes;

import com.oracle.truffle.api.nodes.Node;

/** Base of all gosub nodes: remembers its source line for Go-style stack traces and panics. */
public abstract class GoNode extends Node {
    protected int line;

    public int getLine() {
        return line;
    }

    public GoNode at(int l) {
        this.line = l;
        return this;
    }

    /** Name of the Go function this node belongs to, for traces. */
    public String functionName() {
        return getRootNode() instanceof GoRootNode r ? r.goName() : "?";
    }
}
