package gosub.language.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.GoArguments;
import gosub.language.nodes.GoRootNode;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls, with arguments laid out by {@link GoArguments}; a panic passing through a call records the caller's frame
 * for Go's stack trace.
 */
public final class CallNodes {
    private CallNodes() {
    }

    /** Resolves a method of a dynamic type to something callable: a call target plus a receiver adapter. */
    public interface MethodResolver {
        ResolvedMethod resolve(Object dynType, String name);
    }

    /** A method found for a dynamic type: call target (or native), and how to turn the interface's value into the receiver. */
    public record ResolvedMethod(CallTarget target, Function<Object, Object> nativeImpl, Function<Object, Object> adaptReceiver) {
    }

    abstract static class Call extends ExprNode {
        @Children protected final ExprNode[] args;

        Call(ExprNode[] args) {
            this.args = args;
        }

        /** The callee's arguments: this goroutine, then the argument values from parameter first on. */
        @ExplodeLoop
        protected final Object[] evalArgs(VirtualFrame frame, int first) {
            Object[] a = GoArguments.create(first + args.length);
            GoArguments.setGoroutine(a, GoArguments.goroutine(frame));
            for (int i = 0; i < args.length; i++) {
                GoArguments.setParam(a, first + i, args[i].execute(frame));
            }
            return a;
        }

        protected final GoPanicException trace(GoPanicException p) {
            addFrame(p);
            return p;
        }

        @TruffleBoundary
        private void addFrame(GoPanicException p) {
            String file = getRootNode() instanceof GoRootNode r ? r.file() : "?";
            p.addFrame(functionName(), file, line);
        }
    }

    /** A call of a function known statically; the callee is resolved (and built) on first execution. */
    public static final class Static extends Call {
        private final Supplier<CallTarget> target;
        @Child private DirectCallNode call;

        public Static(Supplier<CallTarget> target, ExprNode[] args) {
            super(args);
            this.target = target;
        }

        private DirectCallNode initialize() {
            CallTarget t = target.get(); // may build the callee: outside the AST lock
            return atomic(() -> {
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
            Object[] a = evalArgs(frame, 0);
            try {
                return c.call(a);
            } catch (GoPanicException p) {
                throw trace(p);
            }
        }
    }

    /** A call through a function value (closure, method value, func variable). */
    // Goroutines on several Ms may run the same node at once: lazy specialisation happens under the AST lock
    // (Node.atomic) and publishes a fully built child last, so no thread sees half of it.
    public static final class Dynamic extends Call {
        @Child private ExprNode fn;
        @Child private IndirectCallNode indirect = IndirectCallNode.create();
        @Child private DirectCallNode direct;

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
            Object[] a = evalArgs(frame, 0);
            GoArguments.setEnvironment(a, fv.env);
            try {
                DirectCallNode d = direct;
                if (d == null) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    d = atomic(() -> {
                        if (direct == null) {
                            direct = insert(DirectCallNode.create(fv.target));
                        }
                        return direct;
                    });
                }
                if (fv.target == d.getCallTarget()) {
                    return d.call(a);
                }
                return indirect.call(fv.target, a);
            } catch (GoPanicException p) {
                throw trace(p);
            }
        }
    }

    /** A method call through an interface value, with a monomorphic inline cache on the dynamic type. */
    public static final class Interface extends Call {
        @Child private ExprNode recv;
        private final String name;
        private final MethodResolver resolver;
        /** The monomorphic cache: the dynamic type seen first and its method (published together). */
        private record Entry(Object type, ResolvedMethod method, DirectCallNode call) {
        }

        @CompilationFinal private Entry cached;
        @Child private DirectCallNode direct;
        @Child private IndirectCallNode indirect = IndirectCallNode.create();
        @CompilationFinal private boolean megamorphic;

        public Interface(ExprNode recv, String name, MethodResolver resolver, ExprNode[] args) {
            super(args);
            this.recv = recv;
            this.name = name;
            this.resolver = resolver;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object r = recv.execute(frame);
            if (r == null) {
                throw trace(RuntimeErrors.nilDeref());
            }
            Iface iface = (Iface) r;
            Object[] a = evalArgs(frame, 1); // parameter 0 is the receiver
            try {
                if (!megamorphic) {
                    Entry e = cached;
                    if (e == null) {
                        CompilerDirectives.transferToInterpreterAndInvalidate();
                        e = initialize(iface.type);
                    }
                    if (iface.type == e.type()) {
                        Object receiver = e.method().adaptReceiver().apply(iface.value);
                        GoArguments.setParam(a, 0, receiver);
                        if (e.call() != null) {
                            return e.call().call(a);
                        }
                        return callNative(e.method(), receiver);
                    }
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    megamorphic = true;
                }
                ResolvedMethod m = resolve(iface.type);
                Object receiver = m.adaptReceiver().apply(iface.value);
                GoArguments.setParam(a, 0, receiver);
                if (m.target() != null) {
                    return indirect.call(m.target(), a);
                }
                return callNative(m, receiver);
            } catch (GoPanicException p) {
                throw trace(p);
            }
        }

        private Entry initialize(Object type) {
            ResolvedMethod m = resolve(type);
            return atomic(() -> {
                if (cached == null) {
                    DirectCallNode d = null;
                    if (m.target() != null) {
                        direct = insert(DirectCallNode.create(m.target()));
                        d = direct;
                    }
                    cached = new Entry(type, m, d); // one object: a reader sees the type with its call node
                }
                return cached;
            });
        }

        @TruffleBoundary
        private ResolvedMethod resolve(Object type) {
            return resolver.resolve(type, name);
        }

        @TruffleBoundary
        private static Object callNative(ResolvedMethod m, Object recv) {
            return m.nativeImpl().apply(recv);
        }
    }

    /** A call of a built-in implemented in Java (standard-library natives). */
    public static final class Native extends Call {
        private final NativeFunction fn;

        public Native(NativeFunction fn, ExprNode[] args) {
            super(args);
            this.fn = fn;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] a = evalArgs(frame, 0);
            try {
                return invoke(fn, a);
            } catch (GoPanicException p) {
                throw trace(p);
            }
        }

        @TruffleBoundary
        private static Object invoke(NativeFunction fn, Object[] a) {
            return fn.call(a);
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
