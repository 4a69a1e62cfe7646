package gosub.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gosub.language.methods.MethodTable;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.ExprNode;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.values.Aggregates;
import gosub.language.values.Iface;
import gosub.language.values.ZeroValue;

/**
 * Type assertions and type-switch tests on interface values. A concrete target type is compared by identity (types
 * are interned); an interface target asks an {@link ImplementsNode}, which caches the answer per dynamic type.
 */
public final class InterfaceNodes {
    private InterfaceNodes() {
    }

    /** x.(T): for a concrete T the dynamic type must be T; for an interface T it must implement T. */
    public static final class Assert extends ExprNode {
        @Child private ExprNode x;
        @Child private ImplementsNode implementsTarget;
        private final GoType target;
        private final GoType sourceType;
        private final boolean commaOk;
        private final MethodTable table;
        /** The zero value of a concrete target that is neither a struct nor an array (a failed comma-ok result). */
        private final Object zero;
        private final boolean aggregateTarget;

        public Assert(ExprNode x, GoType sourceType, GoType target, boolean commaOk, MethodTable table) {
            this.x = x;
            this.sourceType = sourceType;
            this.target = target;
            this.commaOk = commaOk;
            this.table = table;
            if (target.underlying() instanceof InterfaceType it) {
                this.implementsTarget = ImplementsNode.create(table, it);
            }
            this.aggregateTarget = Aggregates.isAggregate(target);
            this.zero = target.isInterface() || aggregateTarget ? null : ZeroValue.of(target);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Iface i = (Iface) x.execute(frame);
            boolean ok;
            Object result;
            if (implementsTarget != null) {
                ok = i != null && implementsTarget.execute(i.type);
                result = ok ? i : null;
            } else {
                ok = i != null && i.type == target;
                result = ok ? i.value : zeroOfTarget();
            }
            if (commaOk) {
                return new Object[] {result, ok};
            }
            if (!ok) {
                throw failure(i);
            }
            return result;
        }

        private Object zeroOfTarget() {
            return aggregateTarget ? freshZero(target) : zero;
        }

        @TruffleBoundary
        private static Object freshZero(GoType t) {
            return ZeroValue.of(t);
        }

        @TruffleBoundary
        private GoPanicException failure(Iface i) {
            String missing = i != null && target.underlying() instanceof InterfaceType it ? table.itab(i.type, it).missingMethod() : null;
            return RuntimeErrors.typeAssertion(sourceType.toString(), i == null ? null : i.type.toString(), target.toString(), missing);
        }
    }

    /** Does the interface value have dynamic type t (or implement interface t; or is nil when t is null)? */
    public static final class Is extends BoolNode {
        @Child private ExprNode x;
        @Child private ImplementsNode implementsTarget;
        private final GoType target;

        public Is(ExprNode x, GoType target, MethodTable table) {
            this.x = x;
            this.target = target;
            if (target != null && target.underlying() instanceof InterfaceType it) {
                this.implementsTarget = ImplementsNode.create(table, it);
            }
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
            return implementsTarget != null && implementsTarget.execute(i.type);
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
