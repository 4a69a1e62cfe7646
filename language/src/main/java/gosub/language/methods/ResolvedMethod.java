package gosub.language.methods;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
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
    /** What turns the value at the end of the path into the receiver, decided once from the method's types. */
    private final Adaptation adaptation;
    /** The type a dereferenced receiver has (copied when it is a struct or array). */
    private final GoType receiverType;
    /** Non-null for {@link Adaptation#COPY_FLAT_STRUCT}: the receiver's flat struct type ({@link StructValue#isFlat}). */
    private final StructType flatStruct;
    /**
     * Non-null when a nil pointer as the interface's value is refused with this message rather than as a nil
     * dereference (Go's wrapper of a value method of T for *T: runtime.panicwrap).
     */
    private final String nilPointerMessage;
    /** The function a method value x.M through an interface denotes (made on first use). */
    private volatile CallTarget methodValue;

    ResolvedMethod(CallTarget target, StructType.Field[] path, StructType.Field addressOf, boolean deref, GoType receiverType,
                    String nilPointerMessage) {
        this.target = target;
        this.nilPointerMessage = nilPointerMessage;
        this.path = path;
        this.pathReps = new Rep[path.length];
        for (int i = 0; i < path.length; i++) {
            pathReps[i] = path[i].type().rep();
        }
        this.addressOf = addressOf;
        this.receiverType = receiverType;
        this.adaptation = adaptation(addressOf, deref, receiverType);
        this.flatStruct = adaptation == Adaptation.COPY_FLAT_STRUCT ? (StructType) receiverType.underlying() : null;
    }

    /**
     * The ways a receiver is made. A value method reached through a pointer gets the pointed-to value: a struct or
     * array is its own storage object (pointers to aggregates are the aggregate), so it is copied; anything else sits
     * behind a {@link Pointer} and is loaded with the accessor of its representation. Choosing here, rather than
     * testing the value's class on each call, leaves compiled code with the one path the method needs.
     */
    private enum Adaptation {
        AS_IS,
        FIELD_ADDRESS,
        COPY_FLAT_STRUCT,
        COPY_AGGREGATE,
        LOAD_LONG,
        LOAD_DOUBLE,
        LOAD_BOOL,
        LOAD_OBJECT
    }

    private static Adaptation adaptation(StructType.Field addressOf, boolean deref, GoType receiverType) {
        if (addressOf != null) {
            return Adaptation.FIELD_ADDRESS;
        }
        if (!deref) {
            return Adaptation.AS_IS;
        }
        if (Aggregates.isAggregate(receiverType)) {
            return receiverType.underlying() instanceof StructType st && StructValue.isFlat(st) ? Adaptation.COPY_FLAT_STRUCT
                            : Adaptation.COPY_AGGREGATE;
        }
        return switch (receiverType.rep()) {
            case LONG -> Adaptation.LOAD_LONG;
            case DOUBLE -> Adaptation.LOAD_DOUBLE;
            case BOOL -> Adaptation.LOAD_BOOL;
            case OBJECT -> Adaptation.LOAD_OBJECT;
        };
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
        if (adaptation == Adaptation.AS_IS) {
            return cur;
        }
        if (cur == null) {
            // a method that needs what a nil pointer points to
            throw nilPointerMessage != null ? RuntimeErrors.plain(nilPointerMessage) : RuntimeErrors.nilDeref();
        }
        return switch (adaptation) {
            case FIELD_ADDRESS -> new FieldPointer((StructValue) cur, addressOf.slot()); // a pointer method of an embedded number, string, ...
            case COPY_FLAT_STRUCT -> StructValue.copyFlat(flatStruct, (StructValue) cur); // no call: a receiver that does not escape is never copied
            case COPY_AGGREGATE -> copyAggregate(receiverType, cur);
            case LOAD_LONG -> ((Pointer) cur).getLong();
            case LOAD_DOUBLE -> ((Pointer) cur).getDouble();
            case LOAD_BOOL -> ((Pointer) cur).getBool();
            case LOAD_OBJECT -> ((Pointer) cur).getObject();
            case AS_IS -> cur;
        };
    }

    /**
     * Calls the method from Java code that runs on goroutine g outside any call node (the fmt engine's String, Error
     * and GoString, json's MarshalJSON and its kin): value, the interface's value, becomes the receiver, args follow.
     */
    @TruffleBoundary
    public Object callFromJava(GoroutineState g, Object value, Object... args) {
        Object[] params = new Object[args.length + 1];
        params[0] = receiverSlow(value);
        System.arraycopy(args, 0, params, 1, args.length);
        return target.call((Node) null, GoArguments.callback(g, null, params));
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
