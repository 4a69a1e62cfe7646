package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.expression.ChannelNodes;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Goroutines;
import gosub.language.runtime.Preemption;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType;
import gosub.language.values.FuncValue;
import gosub.runtime.Channel;
import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;
import gosub.runtime.Select;

import java.util.function.Supplier;

/** go statements, select, and range over channels. */
public final class ConcurrencyNodes {
    private ConcurrencyNodes() {
    }

    /** go f(args): the function value and arguments are evaluated by the caller, the call runs in a new goroutine. */
    public static final class Go extends StmtNode {
        @Child private ExprNode fn;
        private final StaticCallee target;
        private final String name;
        @Children private final ExprNode[] args;

        public Go(ExprNode fn, Supplier<CallTarget> target, String name, ExprNode[] args) {
            this.fn = fn;
            this.target = new StaticCallee(target);
            this.name = name;
            this.args = args;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            CallTarget t;
            Object env = null;
            String fname = name;
            if (fn != null) {
                Object f = fn.execute(frame);
                if (f == null) {
                    throw RuntimeErrors.nilDeref();
                }
                FuncValue fv = (FuncValue) f;
                t = fv.target;
                env = fv.env;
                fname = fv.name;
            } else {
                t = target.get();
            }
            Object[] a = GoArguments.create(args.length);
            for (int i = 0; i < args.length; i++) {
                GoArguments.setParam(a, i, args[i].execute(frame));
            }
            GoArguments.setEnvironment(a, env);
            spawn(GoArguments.goroutine(frame), t, a, fname);
        }

        @TruffleBoundary
        private void spawn(GoroutineState creator, CallTarget t, Object[] a, String name) {
            Goroutines.spawn(creator, t, a, name, this);
        }
    }

    /**
     * The body of the function a go statement calling a built-in runs ({@code go println(x)}): the arguments,
     * evaluated by the go statement and passed as parameters, go to the slots the built-in's node reads.
     */
    public static final class BuiltinGoroutineBody extends StmtNode {
        private final int[] slots;
        private final GoType.Rep[] reps;
        @Child private StmtNode call;

        public BuiltinGoroutineBody(int[] slots, GoType.Rep[] reps, StmtNode call) {
            this.slots = slots;
            this.reps = reps;
            this.call = call;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            for (int i = 0; i < slots.length; i++) {
                LocalNodes.writeBoxed(frame, slots[i], reps[i], GoArguments.param(frame, i));
            }
            call.executeVoid(frame);
        }
    }

    /** select: cases in source order; chosen case's received value is stored for its clause. */
    public static final class SelectNode extends StmtNode {
        @Children private final ExprNode[] channels;
        @Children private final ExprNode[] sendValues;
        private final boolean hasDefault;
        @Children private final StmtNode[] bodies;
        private final int valueSlot;
        private final int okSlot;

        /** bodies has one entry per case, then the default body last when hasDefault. */
        public SelectNode(ExprNode[] channels, ExprNode[] sendValues, boolean hasDefault, StmtNode[] bodies, int valueSlot, int okSlot) {
            this.channels = channels;
            this.sendValues = sendValues;
            this.hasDefault = hasDefault;
            this.bodies = bodies;
            this.valueSlot = valueSlot;
            this.okSlot = okSlot;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            int n = channels.length;
            // Every operand is evaluated before the goroutine's reusable Select is taken (a call in an operand
            // may run a select of its own); these arrays never leave compiled code, so they cost nothing there.
            Channel[] chans = new Channel[n];
            Object[] vals = new Object[n];
            for (int i = 0; i < n; i++) {
                chans[i] = (Channel) channels[i].execute(frame);
                if (sendValues[i] != null) {
                    vals[i] = sendValues[i].execute(frame);
                }
            }
            GoroutineState gs = GoArguments.goroutine(frame);
            gs.recordPosition(this, frame);
            Goroutine g = (Goroutine) gs.goroutine;
            Select s = reusable(g, n);
            for (int i = 0; i < n; i++) {
                if (sendValues[i] != null) {
                    s.send(chans[i], vals[i]);
                } else {
                    s.receive(chans[i]);
                }
            }
            int chosen;
            try {
                chosen = run(g, s, hasDefault);
            } catch (GoPanic p) {
                throw ChannelNodes.convert(p);
            }
            Object value = null;
            Object ok = null;
            for (int i = 0; i < n; i++) {
                if (i == chosen && sendValues[i] == null) {
                    value = s.value();
                    ok = s.ok();
                }
            }
            frame.setObjectStatic(valueSlot, value);
            frame.setObjectStatic(okSlot, ok);
            int body = chosen < 0 ? n : chosen;
            for (int i = 0; i < bodies.length; i++) {
                if (i == body) {
                    bodies[i].executeVoid(frame);
                }
            }
        }

        @TruffleBoundary
        private static Select reusable(Goroutine g, int n) {
            return Select.reusable(g, n);
        }

        @TruffleBoundary
        private static int run(Goroutine g, Select s, boolean hasDefault) {
            return hasDefault ? s.selectOrDefault(g) : s.select(g);
        }
    }

    /** for v := range ch. */
    public static final class RangeChannel extends StmtNode {
        @Child private ExprNode ch;
        @Child private StmtNode assign;
        @Child private StmtNode body;
        private final Object target;
        private final int slot;

        public RangeChannel(ExprNode ch, StmtNode assign, StmtNode body, Object target, int slot) {
            this.ch = ch;
            this.assign = assign;
            this.body = body;
            this.target = target;
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Channel c = (Channel) ch.execute(frame);
            GoroutineState gs = GoArguments.goroutine(frame);
            while (true) {
                gs.recordPosition(this, frame);
                Object v = receive(gs, c);
                if (v == Channel.CLOSED) {
                    return;
                }
                frame.setObjectStatic(slot, v);
                if (assign != null) {
                    assign.executeVoid(frame);
                }
                try {
                    body.executeVoid(frame);
                } catch (BreakException b) {
                    if (b.target == null || b.target == target) {
                        return;
                    }
                    throw b;
                } catch (ContinueException cont) {
                    if (cont.target != null && cont.target != target) {
                        throw cont;
                    }
                }
                Preemption.check(frame, this);
            }
        }

        @TruffleBoundary
        private static Object receive(GoroutineState gs, Channel c) {
            return Channel.receiveOrClosed((Goroutine) gs.goroutine, c);
        }
    }
}
