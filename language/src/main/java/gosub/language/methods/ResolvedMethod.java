package gosub.language.methods;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.GoType;
import gosub.language.types.GoType.Rep;
import gosub.language.types.StructType;
import gosub.language.values.Aggregates;
import gosub.language.values.FieldPointer;
import gosub.language.values.Pointer;
import gosub.language.values.StructValue;

/**
 * The method a dynamic type has for a name: what to call, and how to turn the value held in an interface into the
 * method's receiver (walk embedded fields to the one that declares it, take a field's address for a pointer method,
 * or dereference and copy for a value method reached through a pointer).
 * <p>
 * Immutable once built. An inline cache keeps one as a compilation constant, so {@link #receiver} folds to the few
 * field reads its path needs; code that holds a non-constant one calls {@link #receiverSlow}.
 */
public final class ResolvedMethod {
    private final CallTarget target;
    /** The embedded fields walked from the interface's value to the struct that holds the receiver. */
    @CompilationFinal(dimensions = 1) private final StructType.Field[] path;
    @CompilationFinal(dimensions = 1) private final Rep[] pathReps;
    /** Non-null: the receiver is the address of this (non-aggregate) field of the struct reached by path. */
    private final StructType.Field addressOf;
    /** The receiver is the value pointed to (a value method reached through a pointer). */
    private final boolean deref;
    /** The type a dereferenced receiver has, and whether it is a struct or array to copy. */
    private final GoType receiverType;
    private final Rep receiverRep;
    private final boolean copy;
    /** Non-null: the receiver is copied, and it is a struct of this flat type ({@link StructValue#isFlat}). */
    private final StructType flatStruct;
    /** The function a method value x.M through an interface denotes (made on first use). */
    private volatile CallTarget methodValue;

    ResolvedMethod(CallTarget target, StructType.Field[] path, StructType.Field addressOf, boolean deref, GoType receiverType) {
        this.target = target;
        this.path = path;
        this.pathReps = new Rep[path.length];
        for (int i = 0; i < path.length; i++) {
            pathReps[i] = path[i].type().rep();
        }
        this.addressOf = addressOf;
        this.deref = deref;
        this.receiverType = receiverType;
        this.receiverRep = receiverType.rep();
        this.copy = deref && Aggregates.isAggregate(receiverType);
        this.flatStruct = copy && receiverType.underlying() instanceof StructType st && StructValue.isFlat(st) ? st : null;
    }

    /** The method's call target: Go code, a promoted interface method's forwarder, or a method written in Java. */
    public CallTarget target() {
        return target;
    }

    /** The receiver argument for the method, from the value held in the interface. */
    @ExplodeLoop
    public Object receiver(Object value) {
        Object cur = value;
        for (int i = 0; i < path.length; i++) {
            if (cur == null) {
                throw RuntimeErrors.nilDeref(); // a nil pointer to the struct or to an embedded one
            }
            cur = fieldValue((StructValue) cur, path[i], pathReps[i]);
        }
        if (addressOf != null) {
            if (cur == null) {
                throw RuntimeErrors.nilDeref();
            }
            return new FieldPointer((StructValue) cur, addressOf.slot()); // a pointer method of an embedded number, string, ...
        }
        if (!deref) {
            return cur;
        }
        if (cur == null) {
            throw RuntimeErrors.nilDeref();
        }
        if (flatStruct != null && cur instanceof StructValue sv) {
            return StructValue.copyFlat(flatStruct, sv); // no call: a receiver that does not escape is never copied
        }
        if (cur instanceof Pointer p) {
            return switch (receiverRep) {
                case LONG -> p.getLong();
                case DOUBLE -> p.getDouble();
                case BOOL -> p.getBool();
                case OBJECT -> p.getObject();
            };
        }
        return copy ? copyAggregate(receiverType, cur) : cur;
    }

    /** {@link #receiver} for a method that is not a compilation constant (megamorphic call sites, Java callers). */
    @TruffleBoundary
    public Object receiverSlow(Object value) {
        return receiver(value);
    }

    private static Object fieldValue(StructValue s, StructType.Field f, Rep rep) {
        if (!f.primitive()) {
            return s.refs[f.slot()];
        }
        long bits = s.prims[f.slot()];
        return switch (rep) {
            case DOUBLE -> Double.longBitsToDouble(bits);
            case BOOL -> bits != 0;
            default -> bits;
        };
    }

    @TruffleBoundary
    private static Object copyAggregate(GoType t, Object v) {
        return Aggregates.copy(t, v);
    }

    CallTarget methodValue() {
        return methodValue;
    }

    void setMethodValue(CallTarget t) {
        methodValue = t;
    }
}
