package gosub.language.stdlib.reflect;

import com.oracle.truffle.api.CallTarget;
import gosub.language.types.BasicType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.values.Aggregates;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;
import gosub.language.values.Pointer;

/**
 * What one reflect.Value holds: its type, and either the value itself or, for an addressable Value, where the
 * value lives. A struct or array lives in its own storage object, which is both its value and its address (as
 * everywhere in gosub); anything else addressable is reached through a {@link Pointer}. Immutable: Values are
 * copied freely in Go, and a Set writes through the location, never into the Held.
 */
public final class Held {
    /** The Value can be addressed (it is a variable: an element, a field or what a pointer points to). */
    static final int ADDRESSABLE = 1;
    /** The Value was reached through an unexported field: it can be read, but not set nor handed out. */
    static final int READ_ONLY = 2;

    final GoType type;
    /**
     * The value, or for an addressable non-aggregate the Pointer to it. For a method value or expression, the
     * {@link FuncValue} it is as a func, whose environment is this Held.
     */
    private final Object slot;
    final int flags;
    /** For a method value (v.Method(i)): the receiver, and the method's name; else null. */
    final Held receiver;
    final String method;

    private Held(GoType type, Object slot, int flags, Held receiver, String method) {
        this.type = type;
        this.slot = slot;
        this.flags = flags;
        this.receiver = receiver;
        this.method = method;
    }

    /** A Value of a value that is nobody's variable. */
    static Held of(GoType type, Object value, int flags) {
        return new Held(type, value, flags & READ_ONLY, null, null);
    }

    /** An addressable Value: an aggregate's storage, or a Pointer to anything else. */
    static Held at(GoType type, Object storageOrPointer, int flags) {
        return new Held(type, storageOrPointer, (flags & READ_ONLY) | ADDRESSABLE, null, null);
    }

    /** A method value or expression: its func runs code (MethodFuncRoot) that calls the method as this Held says. */
    private Held(GoType sig, int flags, Held receiver, String method, CallTarget code, String funcName) {
        this.type = sig;
        this.flags = flags;
        this.receiver = receiver;
        this.method = method;
        this.slot = new FuncValue(code, this, funcName);
    }

    /** The method value receiver.name, of func type sig; code is the func's code for sig. */
    static Held method(GoType sig, Held receiver, String name, CallTarget code) {
        return new Held(sig, receiver.flags & READ_ONLY, receiver, name, code, "reflect.methodValueCall");
    }

    /** The method expression T.name, of func type sig (the receiver its first parameter). */
    static Held methodExpression(GoType sig, GoType receiverType, String name, CallTarget code) {
        return new Held(sig, 0, null, name, code, receiverType + "." + name);
    }

    boolean addressable() {
        return (flags & ADDRESSABLE) != 0;
    }

    boolean readOnly() {
        return (flags & READ_ONLY) != 0;
    }

    /** The value, as gosub holds values of this type (an aggregate's storage itself, not a copy). */
    Object get() {
        if (!addressable() || Aggregates.isAggregate(type)) {
            return slot;
        }
        Pointer p = (Pointer) slot;
        return switch (type.rep()) {
            // an int8 element of a byte[] reads back unsigned; a Go int8 is held sign-extended
            case LONG -> type.underlying() instanceof BasicType b ? b.kind().truncate(p.getLong()) : p.getLong();
            case DOUBLE -> p.getDouble();
            case BOOL -> p.getBool();
            case OBJECT -> p.getObject();
        };
    }

    /** The value's address: the storage of an aggregate, else the Pointer (only for an addressable Value). */
    Object address() {
        return slot;
    }

    /** Stores v (a value of this type, not shared with anything) where this addressable Value lives. */
    void set(Object v) {
        if (Aggregates.isAggregate(type)) {
            Aggregates.assign(type, slot, v);
            return;
        }
        Pointer p = (Pointer) slot;
        switch (type.rep()) {
            case LONG -> p.setLong((Long) v);
            case DOUBLE -> p.setDouble((Double) v);
            case BOOL -> p.setBool((Boolean) v);
            case OBJECT -> p.setObject(v);
        }
    }

    /** The value as an interface holds it: a copy of an aggregate, the inner interface of an interface value. */
    Object boxed() {
        Object v = get();
        if (type.underlying() instanceof InterfaceType) {
            return v;
        }
        return new Iface(type, Aggregates.isAggregate(type) ? Aggregates.copy(type, v) : v);
    }

    /** The value as a variable of its type would receive it: aggregates copied. */
    Object copied() {
        Object v = get();
        return Aggregates.isAggregate(type) ? Aggregates.copy(type, v) : v;
    }
}
