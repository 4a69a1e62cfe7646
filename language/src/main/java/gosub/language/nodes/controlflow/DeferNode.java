package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType.Rep;
import gosub.language.values.FuncValue;

import java.util.function.Supplier;

/** defer: the function value and arguments are evaluated now; the call runs when the function returns. */
public final class DeferNode {
    private DeferNode() {
    }

    public static final class Call extends StmtNode {
        private final int slot;
        @Child private ExprNode fn;
        private final StaticCallee target;
        @Children private final ExprNode[] args;

        public Call(int slot, ExprNode fn, Supplier<CallTarget> target, ExprNode[] args) {
            this.slot = slot;
            this.fn = fn;
            this.target = new StaticCallee(target);
            this.args = args;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            CallTarget t;
            Object env = null;
            if (fn != null) {
                Object f = fn.execute(frame);
                if (f == null) {
                    // Go evaluates the nil function now but panics only when the deferred call runs
                    DeferList.push(frame, slot, g -> {
                        throw RuntimeErrors.nilDeref();
                    });
                    for (ExprNode arg : args) {
                        arg.execute(frame);
                    }
                    return;
                }
                FuncValue fv = (FuncValue) f;
                t = fv.target;
                env = fv.env;
            } else {
                t = target.get();
            }
            Object[] a = GoArguments.createDeferred(args.length, frame);
            Node site = this;
            for (int i = 0; i < args.length; i++) {
                GoArguments.setParam(a, i, args[i].execute(frame));
            }
            GoArguments.setEnvironment(a, env);
            DeferList.push(frame, slot, g -> {
                GoArguments.setGoroutine(a, g);
                GoArguments.enterDeferred(a, site);
                t.call((com.oracle.truffle.api.nodes.Node) null, a);
            });
        }
    }

    /**
     * A deferred built-in (close, delete, panic, print...): its arguments are evaluated now and kept with the
     * deferred call; when it runs, they are put back into the frame slots the built-in's statement reads, and the
     * statement runs in the function's frame. (The slots are shared by every execution of this defer statement, as
     * in a loop, so each deferred call restores its own values just before it runs.)
     */
    public static final class Builtin extends StmtNode {
        private final int slot;
        @Child private ExprNode thunk;
        @Children private final ExprNode[] args;
        private final int[] argSlots;
        private final Rep[] argReps;

        public Builtin(int slot, ExprNode thunk, ExprNode[] args, int[] argSlots, Rep[] argReps) {
            this.slot = slot;
            this.thunk = thunk;
            this.args = args;
            this.argSlots = argSlots;
            this.argReps = argReps;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].execute(frame);
            }
            MaterializedFrame m = frame.materialize();
            ExprNode t = thunk;
            int[] slots = argSlots;
            Rep[] reps = argReps;
            DeferList.push(frame, slot, g -> {
                for (int i = 0; i < slots.length; i++) {
                    LocalNodes.writeBoxed(m, slots[i], reps[i], values[i]);
                }
                t.execute(m);
            });
        }
    }
}
