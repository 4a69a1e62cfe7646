package gosub.language.nodes.expression;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.GoContext;
import gosub.language.nodes.ExprNode;
import gosub.language.nodes.StmtNode;
import gosub.language.methods.MethodTable;
import gosub.language.methods.ResolvedMethod;
import gosub.language.nodes.local.CellNodes;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType;
import gosub.language.values.Cell;
import gosub.language.values.FuncValue;
import gosub.language.values.ZeroValue;

import java.util.function.Supplier;

/** Function values (closures, function references, method values) and a few small helpers. */
public final class FuncNodes {
    private FuncNodes() {
    }

    public static final class MakeClosure extends ExprNode {
        private final CallTarget target;
        private final String name;
        @Children private final ExprNode[] captures;

        public MakeClosure(CallTarget target, ExprNode[] captures, String name) {
            this.target = target;
            this.captures = captures;
            this.name = name;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            Object[] env = new Object[captures.length];
            for (int i = 0; i < captures.length; i++) {
                env[i] = captures[i].execute(frame);
            }
            return new FuncValue(target, env, name);
        }
    }

    /** A declared function used as a value. */
    public static final class FuncRef extends ExprNode {
        private final Supplier<CallTarget> target;
        private final String name;
        @CompilationFinal private FuncValue value;

        public FuncRef(Supplier<CallTarget> target, String name) {
            this.target = target;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (value == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                value = new FuncValue(target.get(), null, name);
            }
            return value;
        }
    }

    /**
     * A method value x.M: a function value whose environment is the receiver; calls go through a small adapter
     * root that moves the environment into the receiver parameter.
     */
    public static final class BoundMethod extends ExprNode {
        private final Supplier<CallTarget> method;
        private final String name;
        @Child private ExprNode receiver;
        @CompilationFinal private CallTarget adapter;

        public BoundMethod(Supplier<CallTarget> method, ExprNode receiver, String name) {
            this.method = method;
            this.receiver = receiver;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (adapter == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                adapter = BoundAdapter.create(method.get());
            }
            Object r = receiver.execute(frame);
            return new FuncValue(adapter, r, name);
        }
    }

    /** A method value through an interface (x.M where x is an interface). */
    public static final class BoundInterfaceMethod extends ExprNode {
        @Child private ExprNode recv;
        private final String name;
        private final MethodTable table;

        public BoundInterfaceMethod(ExprNode recv, String name, MethodTable table) {
            this.recv = recv;
            this.name = name;
            this.table = table;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object r = recv.execute(frame);
            if (r == null) {
                throw RuntimeErrors.nilDeref();
            }
            return bind((gosub.language.values.Iface) r);
        }

        @TruffleBoundary
        private Object bind(gosub.language.values.Iface i) {
            ResolvedMethod m = table.resolve(i.type, name);
            // Go evaluates the interface value now but dereferences a pointer receiver only when the method runs
            return new FuncValue(table.methodValue(m, BoundAdapter::create), i.value, name);
        }
    }

    /** Fresh zero storage for a struct or array type. */
    public static final class Zero extends ExprNode {
        private final GoType type;

        public Zero(GoType type) {
            this.type = type;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return make(type);
        }

        @TruffleBoundary
        private static Object make(GoType t) {
            return ZeroValue.of(t);
        }
    }

    /** &T{...} for a non-aggregate T is not valid Go, but &x for a boxed literal value: a new cell holding it. */
    public static final class Boxed extends ExprNode {
        @Child private ExprNode value;
        private final GoType type;

        public Boxed(ExprNode value, GoType type) {
            this.value = value;
            this.type = type;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Cell c = new Cell();
            CellNodes.storeBoxed(c, type.rep(), value.execute(frame));
            return c;
        }
    }

    public static final class StmtAsExpr extends ExprNode {
        @Child private StmtNode stmt;

        public StmtAsExpr(StmtNode stmt) {
            this.stmt = stmt;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            stmt.executeVoid(frame);
            return null;
        }
    }

    /** Evaluates a value and also saves it in a frame slot (first use of a spread tuple). */
    public static final class SaveTo extends ExprNode {
        private final int slot;
        @Child private ExprNode value;

        public SaveTo(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            frame.setObjectStatic(slot, v);
            return v;
        }
    }

    /** The print and println built-ins (to standard error, like Go's). */
    public static final class Print extends StmtNode {
        private final GoContext context;
        private final boolean ln;
        private final GoType[] types;
        @Children private final ExprNode[] values;

        public Print(GoContext context, boolean ln, GoType[] types, ExprNode[] values) {
            this.context = context;
            this.ln = ln;
            this.types = types;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object[] vs = new Object[values.length];
            for (int i = 0; i < vs.length; i++) {
                vs[i] = values[i].execute(frame);
            }
            print(vs);
        }

        @TruffleBoundary
        private void print(Object[] vs) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < vs.length; i++) {
                if (ln && i > 0) {
                    sb.append(' ');
                }
                sb.append(gosub.language.stdlib.BuiltinPrint.format(types[i], vs[i]));
            }
            if (ln) {
                sb.append('\n');
            }
            context.write(2, sb.toString());
        }
    }
}
