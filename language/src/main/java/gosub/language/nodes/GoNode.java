package gosub.language.nodes;

import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.nodes.Node;

/** Base of all gosub nodes: remembers its source line for Go-style stack traces and panics. */
public abstract class GoNode extends Node {
    protected int line;
    /** The file a line directive reports the node's line in; null: its function's file (most nodes). */
    private String directiveFile;

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

    /** The node's line is in FILE, as a line directive names it (see gosub.ast.LineDirective). */
    public GoNode at(int l, String file) {
        this.line = l;
        this.directiveFile = file;
        return this;
    }

    /** Whether a line directive named the node's file (traces give such a name as it is written). */
    public boolean fileFromDirective() {
        GoNode wrapped = wrappedWithoutPlace();
        return wrapped != null ? wrapped.fileFromDirective() : directiveFile != null;
    }

    /** The file the node's line is in, for traces: a line directive's, else its function's ("?" outside one). */
    public String file() {
        GoNode wrapped = wrappedWithoutPlace();
        if (wrapped != null) {
            return wrapped.file();
        }
        if (directiveFile != null) {
            return directiveFile;
        }
        return getRootNode() instanceof GoRootNode r ? r.file() : "?";
    }

    /** For a tool's wrapper that has no place of its own, the node it wraps, which answers for it; else null. */
    private GoNode wrappedWithoutPlace() {
        if (line == 0 && directiveFile == null && this instanceof InstrumentableNode.WrapperNode w && w.getDelegateNode() instanceof GoNode d) {
            return d;
        }
        return null;
    }

    /** Name of the Go function this node belongs to, for traces. */
    public String functionName() {
        return getRootNode() instanceof GoRootNode r ? r.goName() : "?";
    }
}
