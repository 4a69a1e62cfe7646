package gosub.language.nodes.local;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
import gosub.language.values.Cell;

/**
 * The cell of a standard package's table that is initialised on first need rather than with its package
 * (gosub.language.check.LateVars): the first time any node of the table's declaration runs, it runs the
 * initializer; from then on it is {@link CellNodes.Global}, a constant the compiler folds.
 */
public final class LateGlobal extends ExprNode {
    private final Cell cell;
    private final Initializer initializer;
    @CompilationFinal private boolean ready;

    public LateGlobal(Cell cell, Initializer initializer) {
        this.cell = cell;
        this.initializer = initializer;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (!ready) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            initializer.ensure(GoArguments.goroutine(frame));
            ready = true;
        }
        return cell;
    }

    /**
     * The initialization of one var spec, shared by the nodes of all its variables, run once whichever goroutine
     * gets there first (the others wait for it: they are about to read what it writes).
     */
    public static final class Initializer {
        private final CallTarget target;
        private volatile boolean done;

        public Initializer(CallTarget target) {
            this.target = target;
        }

        @TruffleBoundary
        void ensure(GoroutineState g) {
            if (done) {
                return;
            }
            synchronized (this) {
                if (!done) {
                    target.call(GoArguments.of(g, null));
                    done = true;
                }
            }
        }
    }
}
