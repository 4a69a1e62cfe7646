package gosub.language.nodes.controlflow;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.StmtNode;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.Preemption;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.values.FuncValue;

/**
 * Range over a function (Go 1.23): {@code for k, v := range seq { body }} calls {@code seq(yield)}, where yield runs
 * the body once per call and answers whether the iterator may go on.
 * <p>
 * How it is built: the body stays in the enclosing function's frame layout (its variables, its defer list, its
 * named results) and is the whole of a small root of its own, {@link Body}. The loop materializes the enclosing
 * frame once per loop execution and hands it, inside a {@link State}, to a yield function value whose target is
 * that root. So the body reads and writes the enclosing function's variables directly, no variable moves to the
 * heap for it, and a {@code defer} in the body joins the enclosing function's list, as Go requires. When the
 * iterator and yield are inlined into the enclosing function's compilation (a direct call site each: the yield
 * target is one per range statement), Graal sees the frame object's allocation and can keep it virtual.
 * <p>
 * Control flow out of the body is a status value, not an exception through the iterator: the body records how it
 * ended (break or a labelled branch, goto or return that leaves the loop) in the state and makes yield return
 * false; the iterator returns, and the loop re-raises that branch or returns that result from where it stands,
 * in the enclosing function. The iterator's own code (its defers, its cleanup after yield returns false) runs as
 * Go runs it. A panic in the body is the exception that it is: it unwinds through the iterator, whose deferred
 * calls see it.
 * <p>
 * The state also enforces Go's run-time rules on iterators: a yield after the body said stop, after the loop ended,
 * or after the body panicked, and an iterator that swallowed the body's panic, are run-time errors.
 */
public final class RangeFunc {
    private RangeFunc() {
    }

    /** The body may run. */
    static final int READY = 0;
    /** The body asked to stop (break, return, goto or a branch to an outer statement): yield returned false. */
    static final int STOPPED = 1;
    /** The body panicked; the panic is on its way through the iterator. */
    static final int PANICKED = 2;
    /** The loop statement has finished: the iterator returned or unwound. */
    static final int EXITED = 3;

    /** One execution of a range-over-function loop: the enclosing frame, where the body is, and how it left. */
    public static final class State {
        final MaterializedFrame frame;
        int status = READY;
        /** A branch out of the loop (a {@link ControlFlowException}) or a {@link Returned} result; null: none. */
        Object exit;

        State(MaterializedFrame frame) {
            this.frame = frame;
        }
    }

    /**
     * The frame that holds the variables a range-over-function body sees: for the yield root's own frame (as a
     * debugger finds it on the stack, below a call the body makes), the enclosing function's frame it runs in;
     * any other frame is that frame already.
     */
    public static Frame variablesFrame(Frame frame) {
        Object[] args = frame.getArguments();
        if (args.length > 1 && GoArguments.environment(frame) instanceof State st) {
            return st.frame;
        }
        return frame;
    }

    /** A return statement in the body, with the enclosing function's result (null for none). */
    record Returned(Object result) {
    }

    private static GoPanicException misuse(int status) {
        CompilerDirectives.transferToInterpreter();
        return RuntimeErrors.runtimeError(switch (status) {
            case STOPPED -> "range function continued iteration after function for loop body returned false";
            case PANICKED -> "range function continued iteration after loop body panic";
            default -> "range function continued iteration after whole loop exit";
        });
    }

    /**
     * The loop statement. callIterator is a call of the range expression with one argument, a {@link MakeYield}
     * reading stateSlot, which this node fills first.
     */
    public static final class Loop extends StmtNode {
        @Child private ExprNode callIterator;
        private final int stateSlot;

        public Loop(ExprNode callIterator, int stateSlot) {
            this.callIterator = callIterator;
            this.stateSlot = stateSlot;
        }

        @Override
        public Object executeResult(VirtualFrame frame) {
            State st = new State(frame.materialize());
            frame.setObjectStatic(stateSlot, st);
            try {
                callIterator.execute(frame);
            } catch (GoPanicException p) {
                st.status = EXITED;
                throw p;
            }
            int status = st.status;
            st.status = EXITED;
            if (status == PANICKED) {
                CompilerDirectives.transferToInterpreter();
                throw RuntimeErrors.runtimeError("range function recovered a loop body panic and did not resume panicking");
            }
            Object exit = st.exit;
            if (exit == null) {
                return NO_RETURN;
            }
            if (exit instanceof Returned r) {
                return r.result;
            }
            throw (ControlFlowException) exit;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ReturnException.passOn(executeResult(frame));
        }
    }

    /** The yield function handed to the iterator: the body's root, with this loop execution's state. */
    public static final class MakeYield extends ExprNode {
        private final int stateSlot;
        private final CallTarget body;
        private final String name;

        public MakeYield(int stateSlot, CallTarget body, String name) {
            this.stateSlot = stateSlot;
            this.body = body;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new FuncValue(body, frame.getObjectStatic(stateSlot), name);
        }
    }

    /**
     * The whole of the yield root: sets the loop variables from yield's arguments and runs the body in the
     * enclosing frame. Returns yield's result, whether the iterator may call it again.
     */
    public static final class Body extends StmtNode {
        @Child private StmtNode assignKey;
        @Child private StmtNode assignValue;
        @Child private StmtNode body;
        private final Object target;
        private final int keySlot;
        private final int valueSlot;

        /** keySlot and valueSlot: the enclosing frame's slots the assignments read the yielded values from. */
        public Body(StmtNode assignKey, StmtNode assignValue, StmtNode body, Object target, int keySlot, int valueSlot) {
            this.assignKey = assignKey;
            this.assignValue = assignValue;
            this.body = body;
            this.target = target;
            this.keySlot = keySlot;
            this.valueSlot = valueSlot;
        }

        @Override
        public Object executeResult(VirtualFrame yieldFrame) {
            State st = (State) GoArguments.environment(yieldFrame);
            if (st.status != READY) {
                throw misuse(st.status);
            }
            MaterializedFrame frame = st.frame;
            if (assignKey != null) {
                frame.setObjectStatic(keySlot, GoArguments.param(yieldFrame, 0));
                assignKey.executeVoid(frame);
            }
            if (assignValue != null) {
                frame.setObjectStatic(valueSlot, GoArguments.param(yieldFrame, 1));
                assignValue.executeVoid(frame);
            }
            Object r;
            try {
                r = body.executeResult(frame);
            } catch (BreakException b) {
                return stop(st, b.target == null || b.target == target ? null : b);
            } catch (ContinueException c) {
                if (c.target != null && c.target != target) {
                    return stop(st, c);
                }
                r = NO_RETURN;
            } catch (GotoBlock.GotoException g) {
                return stop(st, g);
            } catch (ReturnException e) {
                return stop(st, new Returned(e.result));
            } catch (GoPanicException p) {
                st.status = PANICKED;
                throw p;
            }
            if (r == BREAK) {
                return stop(st, null);
            }
            if (r != NO_RETURN && r != CONTINUE) {
                return stop(st, new Returned(r));
            }
            Preemption.check(frame, this);
            return Boolean.TRUE;
        }

        @Override
        public void executeVoid(VirtualFrame yieldFrame) {
            executeResult(yieldFrame);
        }

        private static Object stop(State st, Object exit) {
            st.status = STOPPED;
            st.exit = exit;
            return Boolean.FALSE;
        }
    }
}
