package gosub.language;

import gosub.language.nodes.GoArguments;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.methods.MethodTable;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.stdlib.fmt.MethodInvoker;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Types;
import gosub.language.values.Iface;

import java.util.List;

/** Lets the fmt engine call String(), Error(), GoString() and Format methods of Go values, on the calling goroutine. */
final class GoMethodInvoker implements MethodInvoker {
    private static final FuncType STRING_METHOD = Types.func(List.of(), List.of(Types.STRING), false);

    private final MethodTable methods;
    private final FmtFormatters formatters;
    private final GoroutineState g;

    GoMethodInvoker(MethodTable methods, FmtFormatters formatters, GoroutineState g) {
        this.methods = methods;
        this.formatters = formatters;
        this.g = g;
    }

    @Override
    @TruffleBoundary
    public boolean hasMethod(GoType t, String name) {
        InterfaceType it = Types.iface(List.of(new InterfaceType.Method(name, STRING_METHOD)), List.of(), false);
        return methods.implementsIface(t, it);
    }

    @Override
    @TruffleBoundary
    public Object invoke(Iface receiver, String name) {
        return methods.resolve(receiver.type, name).callFromJava(g, receiver.value);
    }

    @Override
    @TruffleBoundary
    public boolean isFormatter(GoType t) {
        return formatters.formatterOf(methods, t) != null;
    }

    /** Runs fmt.callFormat(receiver, verb, width, precision, hasWidth, hasPrecision, flags, recover). */
    @Override
    @TruffleBoundary
    public Formatted format(Iface receiver, Directive d, boolean recover) {
        CallTarget callFormat = formatters.formatterOf(methods, receiver.type).callFormat();
        Object[] results = (Object[]) callFormat.call((com.oracle.truffle.api.nodes.Node) null,
                        GoArguments.callback(g, null, receiver, (long) d.verb(), (long) d.width(), (long) d.precision(),
                                        d.hasWidth(), d.hasPrecision(), d.flags(), recover));
        return new Formatted((String) results[0], (Iface) results[1]);
    }

    @Override
    public boolean isPanic(RuntimeException e) {
        return e instanceof GoPanicException;
    }

    @Override
    public Iface panicValue(RuntimeException e) {
        Object v = ((GoPanicException) e).value;
        return v instanceof Iface i ? i : null;
    }
}
