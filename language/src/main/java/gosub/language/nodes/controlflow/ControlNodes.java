package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.StmtNode;
import gosub.language.nodes.local.LocalNodes;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Preemption;
import gosub.language.types.GoType.Rep;

/** Blocks, if, loops, return, break/continue, panic and recover. */
public final class ControlNodes {
    private ControlNodes() {
    }

    public static final class Block extends StmtNode {
        @Children private final StmtNode[] stmts;
        /**
         * Per statement, whether it may end otherwise than normally (StmtNode.passesControl): executeResult asks only
         * those how they ended and runs the others with executeVoid, one virtual call instead of two.
         */
        @CompilationFinal(dimensions = 1) private final boolean[] passesControl;

        public Block(StmtNode[] stmts) {
            this.stmts = stmts;
            this.passesControl = new boolean[stmts.length];
            for (int i = 0; i < stmts.length; i++) {
                passesControl[i] = stmts[i].passesControl();
            }
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            for (StmtNode s : stmts) {
                try {
                    s.executeVoid(frame);
                } catch (GoPanicException p) {
                    throw origin(p, s);
                }
            }
        }

        @Override
        @ExplodeLoop
        public Object executeResult(VirtualFrame frame) {
            for (int i = 0; i < stmts.length; i++) {
                StmtNode s = stmts[i];
                Object r;
                try {
                    if (!passesControl[i]) {
                        s.executeVoid(frame);
                        continue;
                    }
                    r = s.executeResult(frame);
                } catch (GoPanicException p) {
                    throw origin(p, s);
                }
                if (r != NO_RETURN) {
                    return r;
                }
            }
            return NO_RETURN;
        }

        /**
         * A run-time error raised by a node records the frame it happened in, at the line of statement s of a
         * statement list, or of an operand on a line of its own (LinedOperand); calls record their callers. A
         * statement the builder made up as part of a Go statement (the stores of a tuple assignment, the blocks of a
         * loop) has no line of its own: it is at the line of the nearest node around it that has one.
         */
        @TruffleBoundary
        static GoPanicException origin(GoPanicException p, gosub.language.nodes.GoNode s) {
            if (p.frames.isEmpty()) {
                gosub.language.nodes.GoNode placed = s;
                for (com.oracle.truffle.api.nodes.Node n = s; n != null; n = n.getParent()) {
                    if (n instanceof gosub.language.nodes.GoNode g && g.getLine() != 0) {
                        placed = g;
                        break;
                    }
                }
                p.addFirstFrame(s.functionName(), placed, placed.file(), placed.getLine());
            }
            return p;
        }
    }

    public static final class If extends StmtNode {
        @Child private ExprNode cond;
        @Child private StmtNode then;
        @Child private StmtNode els;
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public If(ExprNode cond, StmtNode then, StmtNode els) {
            this.cond = cond;
            this.then = then;
            this.els = els;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (profile.profile(cond.executeBool(frame))) {
                then.executeVoid(frame);
            } else if (els != null) {
                els.executeVoid(frame);
            }
        }

        @Override
        public Object executeResult(VirtualFrame frame) {
            if (profile.profile(cond.executeBool(frame))) {
                return then.executeResult(frame);
            } else if (els != null) {
                return els.executeResult(frame);
            }
            return NO_RETURN;
        }
    }

    /** for init; cond; post { body } with break/continue to this loop (target) and preemption at the back-edge. */
    public static final class For extends StmtNode {
        @Child private LoopNode loop;

        public For(ExprNode cond, StmtNode body, StmtNode post, Object target) {
            this.loop = com.oracle.truffle.api.Truffle.getRuntime().createLoopNode(new Repeat(cond, body, post, target));
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ReturnException.passOn(executeResult(frame));
        }

        @Override
        public Object executeResult(VirtualFrame frame) {
            // Repeat ends the loop on its own breaks; a labelled break of an outer statement must pass through
            Object r = loop.execute(frame);
            return r == RepeatingNode.BREAK_LOOP_STATUS ? NO_RETURN : r;
        }
    }

    static final class Repeat extends com.oracle.truffle.api.nodes.Node implements RepeatingNode {
        @Child private ExprNode cond;
        @Child private StmtNode body;
        @Child private StmtNode post;
        private final Object target;

        Repeat(ExprNode cond, StmtNode body, StmtNode post, Object target) {
            this.cond = cond;
            this.body = body;
            this.post = post;
            this.target = target;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return executeRepeatingWithValue(frame) == CONTINUE_LOOP_STATUS;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            for (int run = LoopBody.runsPerPoll(); run > 0; run--) {
                if (cond != null && !cond.executeBool(frame)) {
                    return BREAK_LOOP_STATUS;
                }
                Object r = LoopBody.run(body, target, frame);
                if (r != CONTINUE_LOOP_STATUS) {
                    return r;
                }
                if (post != null) {
                    post.executeVoid(frame);
                }
            }
            Preemption.check(frame, this);
            return CONTINUE_LOOP_STATUS;
        }
    }

    /** A switch/select/labelled block that break may leave. */
    public static final class Breakable extends StmtNode {
        @Child private StmtNode body;
        private final Object target;

        public Breakable(StmtNode body, Object target) {
            this.body = body;
            this.target = target;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            try {
                body.executeVoid(frame);
            } catch (BreakException b) {
                if (b.target != null && b.target != target) {
                    throw b;
                }
            }
        }

        @Override
        public Object executeResult(VirtualFrame frame) {
            try {
                Object r = body.executeResult(frame);
                return r == BREAK ? NO_RETURN : r;
            } catch (BreakException b) {
                if (b.target != null && b.target != target) {
                    throw b;
                }
                return NO_RETURN;
            }
        }
    }

    public static final class Break extends StmtNode {
        private final Object target;

        public Break(Object target) {
            this.target = target;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new BreakException(target);
        }

        @Override
        public Object executeResult(VirtualFrame frame) {
            if (target == null) {
                return BREAK;
            }
            throw new BreakException(target);
        }
    }

    public static final class Continue extends StmtNode {
        private final Object target;

        public Continue(Object target) {
            this.target = target;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ContinueException(target);
        }

        @Override
        public Object executeResult(VirtualFrame frame) {
            if (target == null) {
                return CONTINUE;
            }
            throw new ContinueException(target);
        }
    }

    public static final class Return extends StmtNode {
        /**
         * What a return passes up instead of its result when it left the result in the function's result slot
         * (see {@link #Return(ExprNode, int, int, int, Rep)}).
         */
        public static final Object RESULT_IN_SLOT = new Object() {
            @Override
            public String toString() {
                return "<result in slot>";
            }
        };

        @Child private ExprNode value;
        /** The function's deferred calls (-1 without defer statements), which see it return at returnLine. */
        private final int deferSlot;
        private final int returnLine;
        /** Where value goes, unboxed, or -1: value itself is passed up. */
        private final int resultSlot;
        private final Rep resultRep;

        public Return(ExprNode value, int deferSlot, int returnLine) {
            this(value, deferSlot, returnLine, -1, Rep.OBJECT);
        }

        /**
         * A return of the one result of a function whose result is a number or a boolean (rep is not OBJECT): the
         * value is written unboxed into resultSlot of the function's frame, and the statement passes up
         * {@link #RESULT_IN_SLOT}, which the function's root (GoRootNode) turns into the value. Why: a boxed result
         * passed up meets NO_RETURN where an if or a block joins its paths, so the compiler had to allocate the box
         * there even when the caller, compiled together with the callee, only unboxes it (bench/fib allocated a Long
         * per inlined call); a slot joins numbers, and the root boxes once, where an inlined caller's unboxing
         * cancels the box.
         */
        public Return(ExprNode value, int deferSlot, int returnLine, int resultSlot, Rep resultRep) {
            this.value = value;
            this.deferSlot = deferSlot;
            this.returnLine = returnLine;
            this.resultSlot = resultSlot;
            this.resultRep = resultRep;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ReturnException(executeResult(frame));
        }

        @Override
        public Object executeResult(VirtualFrame frame) {
            Object result;
            if (resultSlot >= 0) {
                storeResult(frame);
                result = RESULT_IN_SLOT;
            } else {
                result = value == null ? null : value.execute(frame);
            }
            if (deferSlot >= 0) {
                DeferList.noteReturn(frame, deferSlot, returnLine);
            }
            return result;
        }

        private void storeResult(VirtualFrame frame) {
            switch (resultRep) {
                case LONG -> frame.setLongStatic(resultSlot, value.executeLong(frame));
                case DOUBLE -> frame.setDoubleStatic(resultSlot, value.executeDouble(frame));
                case BOOL -> frame.setBooleanStatic(resultSlot, value.executeBool(frame));
                case OBJECT -> frame.setObjectStatic(resultSlot, value.execute(frame));
            }
        }

        /** The result r passed up to a function's root stands for: the value in resultSlot if r is RESULT_IN_SLOT. */
        public static Object result(Frame frame, Object r, int resultSlot, Rep rep) {
            if (resultSlot < 0 || r != RESULT_IN_SLOT) {
                return r;
            }
            return LocalNodes.readBoxed(frame, resultSlot, rep);
        }
    }

    /** Several results as a tuple. */
    public static final class Tuple extends ExprNode {
        @Children private final ExprNode[] values;

        public Tuple(ExprNode[] values) {
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] r = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                r[i] = values[i].execute(frame);
            }
            return r;
        }
    }

    /** An expression evaluated for its effect. */
    public static final class Discard extends StmtNode {
        @Child private ExprNode x;

        public Discard(ExprNode x) {
            this.x = x;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            x.execute(frame);
        }
    }

    public static final class Panic extends StmtNode {
        @Child private ExprNode value;

        public Panic(ExprNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object v = value.execute(frame);
            throw panic(v);
        }

        @TruffleBoundary
        private GoPanicException panic(Object v) {
            GoPanicException p = new GoPanicException(v, this);
            p.addFrame(functionName(), file(), line);
            return p;
        }
    }

    /**
     * recover(): the current panic's value when called directly by a deferred call during panicking. A deferred
     * recover() ({@code defer recover()}) acts as its function's own call made at the function's normal return.
     */
    public static final class Recover extends ExprNode {
        private final int armedSlot;
        private final boolean deferred;

        public Recover(int armedSlot, boolean deferred) {
            this.armedSlot = armedSlot;
            this.deferred = deferred;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (armedSlot < 0 || !frame.getBooleanStatic(armedSlot)) {
                return null;
            }
            GoroutineState g = GoArguments.goroutine(frame);
            GoPanicException p = deferred ? g.panickingAtReturn : g.panicking;
            if (p == null || p.recovered) {
                return null;
            }
            p.recovered = true;
            return p.value;
        }
    }

    /** At entry of a function that calls recover(): was it called directly by a deferred call? */
    public static final class ArmRecover extends StmtNode {
        private final int slot;

        public ArmRecover(int slot) {
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setBooleanStatic(slot, GoArguments.isDeferredCall(frame));
        }
    }

}
