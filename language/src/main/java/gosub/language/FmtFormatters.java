package gosub.language;

import com.oracle.truffle.api.CallTarget;
import gosub.language.methods.MethodTable;
import gosub.language.types.GoType;
import gosub.language.types.InterfaceType;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The fmt packages a context loaded, for the fmt engine to call Format methods: each load's fmt.Formatter and its
 * fmt.callFormat, the Go function that runs a Formatter's Format method with a fmt.State ({@link GoMethodInvoker}).
 * Every parse loads the standard packages anew, and a value's Format method takes the fmt.State of the load its
 * program was checked with, so a type is a Formatter of one load only; usually there is one.
 */
final class FmtFormatters {

    /** One fmt package: its Formatter interface, and its callFormat, built on first use. */
    static final class Loaded {
        final InterfaceType formatter;
        private final Supplier<CallTarget> build;
        private volatile CallTarget callFormat;

        Loaded(InterfaceType formatter, Supplier<CallTarget> build) {
            this.formatter = formatter;
            this.build = build;
        }

        CallTarget callFormat() {
            CallTarget t = callFormat;
            if (t == null) {
                t = build.get(); // the builder makes one target per function, so a race builds nothing twice
                callFormat = t;
            }
            return t;
        }
    }

    private final List<Loaded> loaded = new CopyOnWriteArrayList<>();

    void add(InterfaceType formatter, Supplier<CallTarget> callFormat) {
        loaded.add(new Loaded(formatter, callFormat));
    }

    /** The fmt package whose Formatter the dynamic type t implements, or null if t is no Formatter. */
    Loaded formatterOf(MethodTable methods, GoType t) {
        for (Loaded l : loaded) {
            if (methods.implementsIface(t, l.formatter)) {
                return l;
            }
        }
        return null;
    }
}
