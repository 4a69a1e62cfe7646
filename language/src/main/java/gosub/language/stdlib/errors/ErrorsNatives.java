package gosub.language.stdlib.errors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.GoContext;
import gosub.language.check.Universe;
import gosub.language.methods.MethodTable;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;
import gosub.language.runtime.GoPanicException;
import gosub.language.stdlib.strings.StringsNatives;
import gosub.language.types.ArrayType;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.InterfaceType;
import gosub.language.types.PointerType;
import gosub.language.values.Aggregates;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;
import gosub.language.values.StructValue;

/**
 * The errors package's natives: the parts of Is and As that Go does with reflect. Everything they ask of a type
 * (comparable? a pointer to what? assignable?) depends only on the dynamic types involved, and a call site sees
 * few of them (an error variable holds two or three types in practice), so each node keeps the answers for the
 * first {@value #LIMIT} types it meets and works them out on every call only past that.
 */
public final class ErrorsNatives {
    static final int LIMIT = 4;

    private static final String NIL_TARGET = "errors: target cannot be nil";
    private static final String NOT_POINTER = "errors: target must be a non-nil pointer";
    private static final String NOT_ERROR = "errors: *target must be interface or implement error";

    private ErrorsNatives() {
    }

    public static void register(Natives n) {
        n.register(ErrorsNativesFactory.getFactories());
    }

    /** comparable(err error) bool: whether err's dynamic type supports == (nil does). */
    @GenerateNodeFactory
    @NodeInfo(shortName = "errors.comparable")
    abstract static class ComparableNode extends NativeNode {
        static final int CACHE_LIMIT = LIMIT;

        @Specialization(guards = "err.type == cachedType", limit = "CACHE_LIMIT")
        static boolean cached(@SuppressWarnings("unused") Iface err,
                        @Cached("err.type") @SuppressWarnings("unused") GoType cachedType,
                        @Cached("isComparable(cachedType)") boolean answer) {
            return answer;
        }

        @Specialization(replaces = "cached")
        static boolean anyType(Iface err) {
            return isComparable(err.type);
        }

        @Specialization(guards = "err == null")
        static boolean nil(@SuppressWarnings("unused") Object err) {
            return true;
        }

        @TruffleBoundary
        static boolean isComparable(GoType t) {
            return TypeOps.comparable(t);
        }
    }

    /** checkAsTarget(target any): panics unless target is a non-nil pointer to an interface or to an error type. */
    @GenerateNodeFactory
    @NodeInfo(shortName = "errors.checkAsTarget")
    abstract static class CheckAsTargetNode extends NativeNode {
        static final int CACHE_LIMIT = LIMIT;

        @Specialization(guards = "target.type == cachedType", limit = "CACHE_LIMIT")
        static Object cached(Iface target,
                        @Cached("target.type") @SuppressWarnings("unused") GoType cachedType,
                        @Cached("typeProblem($node, cachedType)") String problem,
                        @Cached("elemProblem($node, cachedType)") String elemProblem) {
            return check(target, problem, elemProblem);
        }

        @Specialization(replaces = "cached")
        Object anyType(Iface target) {
            return check(target, typeProblem(this, target.type), elemProblem(this, target.type));
        }

        @Specialization(guards = "target == null")
        static Object nil(@SuppressWarnings("unused") Object target) {
            throw panic(NIL_TARGET);
        }

        /** Go checks the target's kind, then that the pointer is not nil, then what it points to. */
        private static Object check(Iface target, String problem, String elemProblem) {
            if (problem != null) {
                throw panic(problem);
            }
            if (target.value == null) {
                throw panic(NOT_POINTER);
            }
            if (elemProblem != null) {
                throw panic(elemProblem);
            }
            return null;
        }

        /** What is wrong with a target of type t whatever its value, or null. */
        static String typeProblem(@SuppressWarnings("unused") Node node, GoType t) {
            return t.underlying() instanceof PointerType ? null : NOT_POINTER;
        }

        /** What is wrong with the type a pointer target of type t points to, or null. */
        @TruffleBoundary
        static String elemProblem(Node node, GoType t) {
            if (!(t.underlying() instanceof PointerType pt)) {
                return null;
            }
            GoType elem = pt.elem;
            boolean fits = elem.underlying() instanceof InterfaceType || methods(node).implementsIface(elem, errorType());
            return fits ? null : NOT_ERROR;
        }
    }

    /** asTarget(err error, target any) bool: if err's dynamic type fits *target's type, stores err there. */
    @GenerateNodeFactory
    @NodeInfo(shortName = "errors.asTarget")
    abstract static class AsTargetNode extends NativeNode {
        static final int CACHE_LIMIT = LIMIT;

        @Specialization(guards = {"err.type == errType", "target.type == targetType"}, limit = "CACHE_LIMIT")
        static boolean cached(Iface err, Iface target,
                        @Cached("err.type") @SuppressWarnings("unused") GoType errType,
                        @Cached("target.type") @SuppressWarnings("unused") GoType targetType,
                        @Cached("fits($node, errType, targetType)") boolean fits,
                        @Cached("elemOf(targetType)") GoType elem,
                        @Cached("elem.rep()") Rep rep,
                        @Cached("isInterface(elem)") boolean keepsIface) {
            if (!fits) {
                return false;
            }
            store(elem, rep, target.value, keepsIface ? err : err.value);
            return true;
        }

        @Specialization(replaces = "cached")
        @TruffleBoundary
        boolean anyType(Iface err, Iface target) {
            GoType elem = elemOf(target.type);
            if (!fits(this, err.type, target.type)) {
                return false;
            }
            store(elem, elem.rep(), target.value, isInterface(elem) ? err : err.value);
            return true;
        }

        /** Whether a value of dynamic type errType may be stored where target type (a pointer, checked) points. */
        @TruffleBoundary
        static boolean fits(Node node, GoType errType, GoType targetType) {
            return TypeOps.assignable(methods(node), errType, elemOf(targetType));
        }

        static GoType elemOf(GoType targetType) {
            return ((PointerType) targetType.underlying()).elem;
        }

        static boolean isInterface(GoType t) {
            return t.underlying() instanceof InterfaceType;
        }

        /** *p = v for p of type *elem: a pointer to a number, string, pointer, ... or a struct or array's storage. */
        private static void store(GoType elem, Rep rep, Object p, Object v) {
            if (p instanceof Pointer ptr && !Aggregates.isAggregate(elem)) {
                switch (rep) {
                    case LONG -> ptr.setLong((Long) v);
                    case DOUBLE -> ptr.setDouble((Double) v);
                    case BOOL -> ptr.setBool((Boolean) v);
                    default -> ptr.setObject(v);
                }
            } else {
                storeAggregate(elem, p, v);
            }
        }

        @TruffleBoundary
        private static void storeAggregate(GoType elem, Object p, Object v) {
            if (p instanceof StructValue sv) {
                sv.assignFrom((StructValue) v);
            } else {
                Aggregates.assignArray(((ArrayType) elem.underlying()).elem, p, v);
            }
        }
    }

    private static MethodTable methods(Node node) {
        return GoContext.get(node).methods;
    }

    private static InterfaceType errorType() {
        return (InterfaceType) Universe.ERROR.underlying();
    }

    @TruffleBoundary
    private static GoPanicException panic(String message) {
        return StringsNatives.panic(message);
    }
}
