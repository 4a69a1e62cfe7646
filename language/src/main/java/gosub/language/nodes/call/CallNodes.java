package gosub.language.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.GoNode;
import gosub.language.methods.MethodTable;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.Goroutines;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.InterfaceType;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;
import gosub.runtime.FatalError;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Calls, with arguments laid out by {@link GoArguments}; a panic passing through a call records the caller's frame
 * for Go's stack trace.
 */
public final class CallNodes {
    private CallNodes() {
    }

    /** Records the frame of the function that call belongs to, at call's line, in a panic passing through it. */
    @TruffleBoundary
    static GoPanicException trace(GoNode call, GoPanicException p) {
        p.addFrame(call.functionName(), call.file(), call.getLine());
        return p;
    }

    abstract static class Call extends ExprNode {
        @Children protected final ExprNode[] args;

        Call(ExprNode[] args) {
            this.args = args;
        }

        /**
         * The callee's arguments: this goroutine, then the argument values from parameter first on; if noteSite, noted
         * as the call this node makes now (GoArguments.enter), once every argument is evaluated.
         */
        @ExplodeLoop
        protected final Object[] evalArgs(VirtualFrame frame, int first, boolean noteSite) {
            Object[] a = GoArguments.create(first + args.length);
            GoArguments.setGoroutine(a, GoArguments.goroutine(frame));
            for (int i = 0; i < args.length; i++) {
                GoArguments.setParam(a, first + i, args[i].execute(frame));
            }
            if (noteSite) {
                GoArguments.enter(a, frame, this);
            }
            return a;
        }

        protected final GoPanicException trace(GoPanicException p) {
            return CallNodes.trace(this, p);
        }
    }

    /**
     * A call of a function known statically; the callee is resolved (and built) on first execution, and with it
     * whether the call notes its site for tracebacks (only if the callee may record the goroutine's position: see
     * gosub.language.build.PositionRecording).
     */
    public static final class Static extends Call {
        private final Supplier<CallTarget> target;
        private final BooleanSupplier notesSite;
        @CompilationFinal private boolean noteSite;
        @Child private DirectCallNode call;

        public Static(Supplier<CallTarget> target, BooleanSupplier notesSite, ExprNode[] args) {
            super(args);
            this.target = target;
            this.notesSite = notesSite;
        }

        private DirectCallNode initialize() {
            CallTarget t = target.get(); // may build the callee: outside the AST lock
            boolean note = notesSite.getAsBoolean();
            return atomic(() -> {
                noteSite = note;
                if (call == null) {
                    call = insert(DirectCallNode.create(t));
                }
                return call;
            });
        }

        @Override
        public Object execute(VirtualFrame frame) {
            DirectCallNode c = call;
            if (c == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                c = initialize();
            }
            Object[] a = evalArgs(frame, 0, noteSite);
            try {
                return c.call(a);
            } catch (GoPanicException p) {
                throw trace(p);
            }
        }
    }

    /** A call through a function value (closure, method value, func variable). */
    public static final class Dynamic extends Call {
        @Child private ExprNode fn;
        @Child private FunctionDispatchNode dispatch = FunctionDispatchNode.create();

        public Dynamic(ExprNode fn, ExprNode[] args) {
            super(args);
            this.fn = fn;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object f = fn.execute(frame);
            if (f == null) {
                throw trace(RuntimeErrors.nilDeref());
            }
            FuncValue fv = (FuncValue) f;
            Object[] a = evalArgs(frame, 0, false); // the dispatch notes the site if the callee needs it
            GoArguments.setEnvironment(a, fv.env);
            try {
                return dispatch.execute(frame, this, fv.target, a);
            } catch (GoPanicException p) {
                throw trace(p);
            }
        }
    }

    /** A method call through an interface value: the dynamic type's method, found by {@link MethodDispatchNode}. */
    public static final class Interface extends Call {
        @Child private ExprNode recv;
        @Child private MethodDispatchNode dispatch;

        /** recv has interface type iface; name is one of its methods. */
        public Interface(ExprNode recv, InterfaceType iface, String name, MethodTable table, ExprNode[] args) {
            super(args);
            this.recv = recv;
            this.dispatch = MethodDispatchNode.create(table, iface, name);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object r = recv.execute(frame);
            if (r == null) {
                throw trace(RuntimeErrors.nilDeref());
            }
            Iface iface = (Iface) r;
            // parameter 0 is the receiver; the dispatch notes the site if the method needs it
            Object[] a = evalArgs(frame, 1, false);
            try {
                return dispatch.execute(frame, this, iface.type, iface.value, a);
            } catch (GoPanicException p) {
                throw trace(p);
            }
        }
    }

    /**
     * A call of a standard-library function implemented in Java: its node (from the natives registry) computes the
     * result at the call site; a panic it raises records the caller's frame, as a call does, and a fatal error it
     * raises (an unlock of an unlocked mutex, a map fmt or json reads while a goroutine writes it) gets the frames
     * from the call's line outwards. A native that can block
     * or call back into Go records the goroutine's position itself (it is the one that takes the goroutine).
     */
    public static final class Native extends ExprNode {
        @Child private ExprNode body;

        public Native(ExprNode body) {
            this.body = body;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            try {
                return body.execute(frame);
            } catch (GoPanicException p) {
                throw trace(this, p);
            } catch (FatalError f) {
                throw Goroutines.locate(this, f);
            }
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            try {
                return body.executeLong(frame);
            } catch (GoPanicException p) {
                throw trace(this, p);
            } catch (FatalError f) {
                throw Goroutines.locate(this, f);
            }
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            try {
                return body.executeDouble(frame);
            } catch (GoPanicException p) {
                throw trace(this, p);
            } catch (FatalError f) {
                throw Goroutines.locate(this, f);
            }
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            try {
                return body.executeBool(frame);
            } catch (GoPanicException p) {
                throw trace(this, p);
            } catch (FatalError f) {
                throw Goroutines.locate(this, f);
            }
        }
    }

    /** Element i of a multi-result call's tuple. */
    public static final class TupleGet extends ExprNode {
        @Child private ExprNode tuple;
        private final int index;

        public TupleGet(ExprNode tuple, int index) {
            this.tuple = tuple;
            this.index = index;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return ((Object[]) tuple.execute(frame))[index];
        }
    }
}
