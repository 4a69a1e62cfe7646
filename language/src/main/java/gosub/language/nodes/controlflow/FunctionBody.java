package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.GoPanicException;

/**
 * What a function's root runs: the prologue (captured variables and arguments into their slots, named results
 * zeroed, recover armed), then the block of the source's body, whose result is the function's.
 *
 * <p>Why not a {@link ControlNodes.Block} of the prologue and the body: in the interpreter, a block's call of its
 * statements is one call site shared by every statement of every program, so HotSpot cannot inline the statements
 * there and each is a Java frame of its own. Here the body is called from a site that only ever sees blocks, which
 * HotSpot inlines: one Java frame less per Go call while the function is interpreted, and in the saved stack of
 * every goroutine parked in an interpreted function.
 */
public final class FunctionBody extends StmtNode {
    @Children private final StmtNode[] prologue;
    @Child private StmtNode block;

    public FunctionBody(StmtNode[] prologue, StmtNode block) {
        this.prologue = prologue;
        this.block = block;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        ReturnException.passOn(executeResult(frame));
    }

    @Override
    public Object executeResult(VirtualFrame frame) {
        runPrologue(frame);
        return block.executeResult(frame);
    }

    /**
     * The prologue's statements, from a call site of their own: a block's would do, but its site is the one every
     * statement goes through, where HotSpot inlines none of them (closures' calls took 1.07 times as long).
     */
    @ExplodeLoop
    private void runPrologue(VirtualFrame frame) {
        for (StmtNode s : prologue) {
            try {
                s.executeVoid(frame);
            } catch (GoPanicException p) {
                throw ControlNodes.Block.origin(p, s);
            }
        }
    }
}
