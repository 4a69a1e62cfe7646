package gosub.language;

import gosub.language.nodes.GoArguments;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.methods.MethodTable;
import gosub.language.methods.ResolvedMethod;
import gosub.language.runtime.GoPanicException;
import gosub.language.runtime.GoroutineState;
import gosub.language.stdlib.fmt.MethodInvoker;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;
import gosub.language.types.Types;
import gosub.language.values.Iface;

import java.util.List;

/** Lets the fmt engine call String() and Error() methods of Go values, on the calling goroutine. */
final class GoMethodInvoker implements MethodInvoker {
    private static final FuncType STRING_METHOD = Types.func(List.of(), List.of(Types.STRING), false);

    private final MethodTable methods;
    private final GoroutineState g;

    GoMethodInvoker(MethodTable methods, GoroutineState g) {
        this.methods = methods;
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
        ResolvedMethod m = methods.resolve(receiver.type, name);
        return m.target().call((com.oracle.truffle.api.nodes.Node) null, GoArguments.callback(g, null, m.receiverSlow(receiver.value)));
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
