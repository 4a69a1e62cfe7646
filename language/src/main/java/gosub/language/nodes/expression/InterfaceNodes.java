package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.ExprNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.values.Iface;

import java.util.function.BiPredicate;

/** Type assertions and type-switch tests on interface values. */
public final class InterfaceNodes {
    private InterfaceNodes() {
    }

    /** x.(T): for a concrete T the dynamic type must be T; for an interface T it must implement T. */
    public static final class Assert extends ExprNode {
        @Child private ExprNode x;
        private final GoType target;
        private final GoType sourceType;
        private final boolean commaOk;
        private final BiPredicate<GoType, InterfaceType> implementsCheck;

        public Assert(ExprNode x, GoType sourceType, GoType target, boolean commaOk, BiPredicate<GoType, InterfaceType> implementsCheck) {
            this.x = x;
            this.sourceType = sourceType;
            this.target = target;
            this.commaOk = commaOk;
            this.implementsCheck = implementsCheck;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = x.execute(frame);
            return check(v);
        }

        @TruffleBoundary
        private Object check(Object v) {
            Iface i = (Iface) v;
            boolean ok;
            Object result;
            if (target.underlying() instanceof InterfaceType it) {
                ok = i != null && implementsCheck.test(i.type, it);
                result = ok ? i : null;
            } else {
                ok = i != null && i.type == target;
                result = ok ? i.value : gosub.language.values.ZeroValue.of(target);
            }
            if (commaOk) {
                return new Object[] {result, ok};
            }
            if (!ok) {
                String src = sourceType.toString();
                String missing = null;
                if (i != null && target.underlying() instanceof InterfaceType it) {
                    for (InterfaceType.Method m : it.methods) {
                        if (!implementsCheck.test(i.type, gosub.language.types.Types.iface(java.util.List.of(m), java.util.List.of(), false))) {
                            missing = m.name();
                            break;
                        }
                    }
                }
                throw RuntimeErrors.typeAssertion(src, i == null ? null : i.type.toString(), target.toString(), missing);
            }
            return result;
        }
    }

    /** Does the interface value have dynamic type t (or implement interface t; or is nil when t is null)? */
    public static final class Is extends BoolNode {
        @Child private ExprNode x;
        private final GoType target;
        private final BiPredicate<GoType, InterfaceType> implementsCheck;

        public Is(ExprNode x, GoType target, BiPredicate<GoType, InterfaceType> implementsCheck) {
            this.x = x;
            this.target = target;
            this.implementsCheck = implementsCheck;
        }

        @Override
        public boolean executeBool(VirtualFrame frame) {
            Object v = x.execute(frame);
            if (target == null) {
                return v == null;
            }
            if (v == null) {
                return false;
            }
            Iface i = (Iface) v;
            if (i.type == target) {
                return true;
            }
            return target.underlying() instanceof InterfaceType it && implementsSlow(i.type, it);
        }

        @TruffleBoundary
        private boolean implementsSlow(GoType t, InterfaceType it) {
            return implementsCheck.test(t, it);
        }
    }

    /** The dynamic value of an interface (for a type-switch clause binding with one concrete type). */
    public static final class Unbox extends ExprNode {
        @Child private ExprNode x;

        public Unbox(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = x.execute(frame);
            return v == null ? null : ((Iface) v).value;
        }
    }
}
