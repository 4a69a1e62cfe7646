package gosub.language.stdlib.reflect;

import com.oracle.truffle.api.CallTarget;
import gosub.language.GoContext;
import gosub.language.interop.ForeignValues;
import gosub.language.interop.MethodSets;
import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Types;
import gosub.language.values.ByteStrings;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * reflect's state in one context: the table of types, the method sets worked out so far, and the Go function that
 * raises a *ValueError. A Value's handle is a func() whose environment is its {@link Held}, as polyglot.Value keeps
 * its object ({@link ForeignValues#ref}).
 */
final class Reflection {
    final GoContext context;
    final TypeTable types = new TypeTable();
    private final Map<GoType, List<MethodEntry>> methodSets = new ConcurrentHashMap<>();
    private volatile FuncValue valueErrorRaiser;
    /** The code of method values and expressions as funcs, one per signature (MethodFuncRoot). */
    private final Map<FuncType, CallTarget> methodCode = new ConcurrentHashMap<>();

    /** One method of a type's method set as reflect numbers them (sorted by name). */
    record MethodEntry(String name, FuncType sig) {
    }

    Reflection(GoContext context) {
        this.context = context;
    }

    void setValueErrorRaiser(FuncValue f) {
        valueErrorRaiser = f;
    }

    GoType type(Object id) {
        return types.type((Long) id);
    }

    long id(GoType t) {
        return types.id(t);
    }

    FuncValue handle(Held h) {
        return h == null ? null : ForeignValues.ref(context, h);
    }

    static Held held(Object handle) {
        return handle == null ? null : (Held) ((FuncValue) handle).env;
    }

    /** Go's *reflect.ValueError for METHOD called on a Value of KIND (raised by reflect.go's function). */
    GoPanicException valueError(GoroutineState g, String method, int kind) {
        FuncValue f = valueErrorRaiser;
        if (f != null) {
            f.target.call((com.oracle.truffle.api.nodes.Node) null,
                            GoArguments.callback(g, f.env, ByteStrings.fromJava(method), (long) kind));
        }
        return panic("reflect: call of " + method + " on " + (kind == 0 ? "zero" : Kinds.name(kind)) + " Value");
    }

    static GoPanicException panic(String message) {
        return new GoPanicException(new Iface(Types.STRING, ByteStrings.fromJava(message)));
    }

    /** Go's spelling of t as a byte string. */
    static String name(GoType t) {
        return ByteStrings.fromJava(t.toString());
    }

    /**
     * The methods reflect sees on t, sorted by name: an interface type's own methods, or the exported methods of
     * the method set of any other type (a pointer method belongs to *T only).
     */
    List<MethodEntry> methods(GoType t) {
        List<MethodEntry> known = methodSets.get(t);
        if (known != null) {
            return known;
        }
        List<MethodEntry> list = new ArrayList<>();
        if (t.underlying() instanceof InterfaceType it) {
            for (InterfaceType.Method m : it.methods) {
                list.add(new MethodEntry(m.name(), m.sig()));
            }
        } else {
            for (Map.Entry<String, FuncType> e : MethodSets.exported(context.methods, t).entrySet()) {
                list.add(new MethodEntry(e.getKey(), e.getValue()));
            }
        }
        list.sort(Comparator.comparing(MethodEntry::name));
        List<MethodEntry> fixed = List.copyOf(list);
        methodSets.put(t, fixed);
        return fixed;
    }

    /** The code of a method value or expression of signature sig, as a func. */
    CallTarget methodCode(FuncType sig) {
        return methodCode.computeIfAbsent(sig, s -> new MethodFuncRoot(this, s).getCallTarget());
    }

    /**
     * Calls the method a method value or expression holds, with params as its func takes them (a variadic
     * parameter already a slice; for an expression, the receiver first), and gives the call target's result.
     */
    Object invokeMethod(GoroutineState g, Held f, Object[] params) {
        if (f.receiver != null) {
            Held recv = f.receiver;
            GoType t = recv.type;
            Object value = recv.get();
            if (t.underlying() instanceof InterfaceType) {
                Iface inner = (Iface) value;
                t = inner.type;
                value = inner.value;
            }
            return context.methods.resolve(t, f.method).callFromJava(g, value, params);
        }
        Object recv = params[0];
        GoType t = ((FuncType) f.type.underlying()).params.get(0);
        if (t.underlying() instanceof InterfaceType) {
            Iface inner = (Iface) recv;
            if (inner == null) {
                throw RuntimeErrors.runtimeError("invalid memory address or nil pointer dereference");
            }
            t = inner.type;
            recv = inner.value;
        }
        return context.methods.resolve(t, f.method).callFromJava(g, recv, Arrays.copyOfRange(params, 1, params.length));
    }

    /** The index of the method NAME (a Java string) in t's list, or -1. */
    int methodIndex(GoType t, String name) {
        List<MethodEntry> ms = methods(t);
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
