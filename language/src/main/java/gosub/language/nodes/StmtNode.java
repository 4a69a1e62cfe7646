package gosub.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A Go statement. */
public abstract class StmtNode extends GoNode {
    public abstract void executeVoid(VirtualFrame frame);
}
