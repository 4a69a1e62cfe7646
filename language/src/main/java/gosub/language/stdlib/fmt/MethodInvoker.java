package gosub.language.stdlib.fmt;

import gosub.language.types.GoType;
import gosub.language.values.Iface;

/**
 * How the formatter reaches Go methods: fmt prints a value through its {@code Format} method when the value's
 * dynamic type is a fmt.Formatter, else through its {@code Error()}, {@code String()} or (for %#v)
 * {@code GoString()} method when it has one. The interpreter implements this; the
 * formatter itself never runs guest code.
 */
public interface MethodInvoker {

    /**
     * Whether the method set of the dynamic type t has a method {@code name} of type {@code func() string}. This
     * must follow Go's method-set rules: a method with a pointer receiver belongs to *T only, and methods promoted
     * from embedded fields count.
     */
    boolean hasMethod(GoType t, String name);

    /** Calls the method {@code name} (one for which {@link #hasMethod} is true) and returns its Go string result. */
    Object invoke(Iface receiver, String name);

    /** Whether values of the dynamic type t are fmt.Formatters: their method set has Format(fmt.State, rune). */
    default boolean isFormatter(GoType t) {
        return false;
    }

    /**
     * Calls the Format method of receiver (whose type {@link #isFormatter}) for directive d. With {@code recover},
     * a Go panic in it ends the call with what it wrote until then and the panic value; without, it propagates.
     */
    default Formatted format(Iface receiver, Directive d, boolean recover) {
        throw new IllegalStateException("no Format methods");
    }

    /** What a Format method is told through its fmt.State: the verb, the width, the precision and the flags. */
    record Directive(int verb, int width, boolean hasWidth, int precision, boolean hasPrecision, String flags) {
    }

    /**
     * What a Format method did: the text it wrote (a byte string), and the value it panicked with, or null if it
     * returned or panicked with nil (which Go 1.19's fmt stops and does not report).
     */
    record Formatted(String written, Iface panicValue) {
    }

    /**
     * Whether e, thrown by {@link #invoke}, is a Go panic. fmt recovers panics in these methods and prints them
     * ({@code %!v(PANIC=String method: boom)}, or {@code <nil>} for a nil pointer receiver); anything that is not
     * a Go panic propagates. By default nothing is recovered.
     */
    default boolean isPanic(RuntimeException e) {
        return false;
    }

    /** The value a Go panic was raised with, as an interface value (Iface, or null for nil). */
    default Iface panicValue(RuntimeException e) {
        throw new UnsupportedOperationException("not a Go panic", e);
    }

    /** For values whose types have no methods, e.g. in tests or for printing runtime values. */
    MethodInvoker NONE = new MethodInvoker() {
        @Override
        public boolean hasMethod(GoType t, String name) {
            return false;
        }

        @Override
        public Object invoke(Iface receiver, String name) {
            throw new IllegalStateException("no methods");
        }
    };
}
