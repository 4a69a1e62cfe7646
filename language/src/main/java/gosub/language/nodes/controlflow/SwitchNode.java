package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;

/**
 * An expression or type switch after desugaring: conds[i] are the clause guards in source order (the default
 * clause, index defaultIndex, has none), bodies[i] the clause bodies; fallthrough continues with the next body.
 * A switch of an integer tag whose cases are all constants has no guards: the tag is evaluated once and looked up
 * among the case values (Go forbids duplicates, so their order does not matter), one node instead of a comparison
 * node per case, which is what a byte loop of a script spends its time on.
 */
public final class SwitchNode extends StmtNode {
    @Child private StmtNode init;
    @Children private final ExprNode[] conds;
    @CompilationFinal(dimensions = 1) private final int[] condClause;
    @Children private final StmtNode[] bodies;
    private final int defaultIndex;
    @Child private ExprNode intTag;
    @CompilationFinal(dimensions = 1) private final long[] caseValues;

    public SwitchNode(StmtNode init, ExprNode[] conds, int[] condClause, StmtNode[] bodies, int defaultIndex) {
        this.init = init;
        this.conds = conds;
        this.condClause = condClause;
        this.bodies = bodies;
        this.defaultIndex = defaultIndex;
        this.intTag = null;
        this.caseValues = null;
    }

    /** A switch on an integer tag with constant cases: caseValues[i] leads to clause condClause[i]. */
    public SwitchNode(StmtNode init, ExprNode intTag, long[] caseValues, int[] condClause, StmtNode[] bodies, int defaultIndex) {
        this.init = init;
        this.conds = new ExprNode[0];
        this.condClause = condClause;
        this.bodies = bodies;
        this.defaultIndex = defaultIndex;
        this.intTag = intTag;
        this.caseValues = caseValues;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (init != null) {
            init.executeVoid(frame);
        }
        int chosen = choose(frame);
        if (chosen < 0) {
            return;
        }
        run(frame, chosen);
    }

    @Override
    public Object executeResult(VirtualFrame frame) {
        if (init != null) {
            init.executeVoid(frame);
        }
        int chosen = choose(frame);
        if (chosen < 0) {
            return NO_RETURN;
        }
        return runResult(frame, chosen);
    }

    /** Runs body start and the ones fallthrough leads to; every body is a constant (the loop is exploded). */
    @ExplodeLoop
    private Object runResult(VirtualFrame frame, int start) {
        boolean falling = false;
        for (int i = 0; i < bodies.length; i++) {
            if (i == start || falling) {
                try {
                    return bodies[i].executeResult(frame);
                } catch (FallthroughException f) {
                    falling = true; // continue with the next clause body
                }
            }
        }
        return NO_RETURN;
    }

    @ExplodeLoop
    private int choose(VirtualFrame frame) {
        if (intTag != null) {
            long v = intTag.executeLong(frame);
            for (int i = 0; i < caseValues.length; i++) {
                if (caseValues[i] == v) {
                    return condClause[i];
                }
            }
            return defaultIndex;
        }
        for (int i = 0; i < conds.length; i++) {
            if (conds[i].executeBool(frame)) {
                return condClause[i];
            }
        }
        return defaultIndex;
    }

    @ExplodeLoop
    private void run(VirtualFrame frame, int start) {
        boolean falling = false;
        for (int i = 0; i < bodies.length; i++) {
            if (i == start || falling) {
                try {
                    bodies[i].executeVoid(frame);
                    return;
                } catch (FallthroughException f) {
                    falling = true; // continue with the next clause body
                }
            }
        }
    }

    public static final class Fallthrough extends StmtNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw FallthroughException.INSTANCE;
        }
    }
}
