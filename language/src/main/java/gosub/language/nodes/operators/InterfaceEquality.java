package gosub.language.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.nodes.BoolNode;
import gosub.language.nodes.ExprNode;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.StructType;
import gosub.language.values.Equality;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;

/**
 * == on interface values: equal when both are nil, or when they hold the same dynamic type and equal values of it
 * (a panic when that type is not comparable). The static type says nothing about what is compared, so this
 * specialises on what it meets: nil, different dynamic types, and up to three dynamic types, each comparing its
 * values the way that type needs (numbers, strings and references without leaving compiled code).
 */
public final class InterfaceEquality extends BoolNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    @Child private IfacesNode equal = InterfaceEqualityFactory.IfacesNodeGen.create();

    private InterfaceEquality(ExprNode left, ExprNode right) {
        this.left = left;
        this.right = right;
    }

    static ExprNode create(ExprNode left, ExprNode right) {
        return new InterfaceEquality(left, right);
    }

    @Override
    public boolean executeBool(VirtualFrame frame) {
        Object a = left.execute(frame);
        Object b = right.execute(frame);
        return equal.execute(a, b);
    }

    /** Two interface values (Iface, or null for nil). */
    @GenerateInline(false)
    abstract static class IfacesNode extends Node {
        static final int LIMIT = 3;

        abstract boolean execute(Object a, Object b);

        @Specialization(guards = {"a.type == cachedType", "b.type == cachedType"}, limit = "LIMIT")
        static boolean sameType(Iface a, Iface b,
                        @Cached("a.type") GoType cachedType,
                        @Cached("comparable(cachedType)") boolean comparable,
                        @Cached("create(cachedType)") ValuesNode values) {
            if (!comparable) {
                throw uncomparable(cachedType);
            }
            return a == b || values.execute(a.value, b.value);
        }

        @Specialization(guards = "a.type != b.type")
        static boolean differentTypes(@SuppressWarnings("unused") Iface a, @SuppressWarnings("unused") Iface b) {
            return false;
        }

        @Specialization(replaces = "sameType")
        static boolean megamorphic(Iface a, Iface b) {
            return equal(a, b);
        }

        @Fallback
        static boolean nil(Object a, Object b) {
            return a == b; // at least one is nil
        }

        static boolean comparable(GoType t) {
            return Equality.comparableValue(t);
        }

        @TruffleBoundary
        private static RuntimeException uncomparable(GoType t) {
            return RuntimeErrors.runtimeError("comparing uncomparable type " + t);
        }

        @TruffleBoundary
        private static boolean equal(Iface a, Iface b) {
            return Equality.equal(null, a, b);
        }
    }

    /** Two values of one comparable dynamic type. */
    @GenerateInline(false)
    abstract static class ValuesNode extends Node {
        protected final GoType type;
        /** Values of the type are equal only when they are the same object or point to the same location. */
        protected final boolean reference;

        ValuesNode(GoType type) {
            this.type = type;
            GoType u = type.underlying();
            this.reference = !(u instanceof StructType || u instanceof ArrayType || u instanceof gosub.language.types.BasicType);
        }

        static ValuesNode create(GoType type) {
            return InterfaceEqualityFactory.ValuesNodeGen.create(type);
        }

        abstract boolean execute(Object a, Object b);

        @Specialization
        static boolean longs(long a, long b) {
            return a == b;
        }

        @Specialization
        static boolean doubles(double a, double b) {
            return a == b;
        }

        @Specialization
        static boolean bools(boolean a, boolean b) {
            return a == b;
        }

        @Specialization
        static boolean strings(String a, String b) {
            return a.equals(b);
        }

        @Specialization(guards = "reference")
        static boolean references(Object a, Object b) {
            return a == b || a instanceof Pointer p && b instanceof Pointer q && p.sameLocation(q);
        }

        @Fallback
        boolean values(Object a, Object b) {
            return equal(type, a, b);
        }

        @TruffleBoundary
        private static boolean equal(GoType t, Object a, Object b) {
            return Equality.equal(t, a, b);
        }
    }
}
