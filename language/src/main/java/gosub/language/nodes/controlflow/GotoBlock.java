package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.Preemption;

/**
 * A statement list that contains labels goto can jump to. Go only allows goto to a label of the same or an
 * enclosing block, so the jump unwinds (as an exception) to the block that declares the label, which resumes at
 * the labelled statement.
 */
public final class GotoBlock extends StmtNode {
    @Children private final StmtNode[] stmts;
    private final String[] labels;

    /** labels[i] is the label of statement i, or null. */
    public GotoBlock(StmtNode[] stmts, String[] labels) {
        this.stmts = stmts;
        this.labels = labels;
    }

    public static final class GotoException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        final String label;

        public GotoException(String label) {
            this.label = label;
        }
    }

    public static final class Goto extends StmtNode {
        private final String label;

        public Goto(String label) {
            this.label = label;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            // a goto may close a loop: it is a back-edge like a for loop's (preemption, cancellation)
            TruffleSafepoint.poll(this);
            Preemption.check(frame, this);
            throw new GotoException(label);
        }
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int i = 0;
        while (i < stmts.length) {
            try {
                stmts[i].executeVoid(frame);
                i++;
            } catch (GotoException g) {
                i = resume(g);
            } catch (GoPanicException p) {
                throw ControlNodes.Block.origin(p, stmts[i]);
            }
        }
    }

    @Override
    public Object executeResult(VirtualFrame frame) {
        int i = 0;
        while (i < stmts.length) {
            try {
                Object r = stmts[i].executeResult(frame);
                if (r != NO_RETURN) {
                    return r;
                }
                i++;
            } catch (GotoException g) {
                i = resume(g);
            } catch (GoPanicException p) {
                throw ControlNodes.Block.origin(p, stmts[i]);
            }
        }
        return NO_RETURN;
    }

    /** The index of the statement a goto continues with, or the goto passes on to an enclosing block. */
    private int resume(GotoException g) {
        int target = indexOf(g.label);
        if (target < 0) {
            throw g;
        }
        return target;
    }

    private int indexOf(String label) {
        for (int k = 0; k < labels.length; k++) {
            if (label.equals(labels[k])) {
                return k;
            }
        }
        return -1;
    }
}
