package gosub.language.nodes;

import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.nodes.Node;

/** Base of all gosub nodes: remembers its source line for Go-style stack traces and panics. */
public abstract class GoNode extends Node {
    protected int line;

    /** The node's line; a tool's wrapper around a node answers for the node, so traces keep their lines. */
    public int getLine() {
        if (line == 0 && this instanceof InstrumentableNode.WrapperNode w && w.getDelegateNode() instanceof GoNode d) {
            return d.getLine();
        }
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
