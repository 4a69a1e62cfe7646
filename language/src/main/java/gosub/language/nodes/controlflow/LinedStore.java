package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.GoPanicException;

/**
 * A store into an indexed element whose bracket is on a later line than its statement ({@code a[\n i] = v}): its
 * bounds error happens at the bracket's line, as Go reports it (the store's counterpart of {@link LinedOperand}).
 */
public final class LinedStore extends StmtNode {
    @Child private StmtNode store;

    public LinedStore(StmtNode store, int line) {
        this.store = store;
        at(line);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            store.executeVoid(frame);
        } catch (GoPanicException p) {
            throw ControlNodes.Block.origin(p, this);
        }
    }
}
