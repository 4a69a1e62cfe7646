package gosub.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.types.FuncType;
import gosub.language.types.NamedType;
import gosub.language.types.Types;
import gosub.language.values.Iface;
import gosub.runtime.FatalError;

import java.util.List;
import java.util.function.Function;

/**
 * Go's run-time errors. They panic with a value of type runtime.Error whose Error() is Go's message, so a program
 * that recovers can print it or assert it to error, and an unrecovered one prints {@code panic: runtime error: …}.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {
    }

    /** runtime.Error values: the message is the underlying string. */
    public static final NamedType ERROR_TYPE = new NamedType("runtime", "Error", null);
    /** Plain runtime errors (no "runtime error: " prefix), e.g. "assignment to entry in nil map". */
    public static final NamedType PLAIN_ERROR_TYPE = new NamedType("runtime", "plainError", null);

    static {
        FuncType errSig = Types.func(List.of(), List.of(Types.STRING), false);
        FuncType markSig = Types.func(List.of(), List.of(), false);
        for (NamedType t : List.of(ERROR_TYPE, PLAIN_ERROR_TYPE)) {
            t.setUnderlying(Types.STRING);
            NamedType.Method err = new NamedType.Method("Error", errSig, false, null);
            err.impl = (Function<Object, Object>) v -> v;
            NamedType.Method mark = new NamedType.Method("RuntimeError", markSig, false, null);
            mark.impl = (Function<Object, Object>) v -> null;
            t.methods.add(err);
            t.methods.add(mark);
        }
    }

    @TruffleBoundary
    public static GoPanicException runtimeError(String msg) {
        return new GoPanicException(new Iface(ERROR_TYPE, "runtime error: " + msg));
    }

    /**
     * An allocation larger than the memory there is: Go's runtime dies of it (no panic, no recover). Here the
     * memory is the JVM's: its heap, and its limit on array lengths (2^31 elements), which a Go machine's
     * address space does not have.
     */
    @TruffleBoundary
    public static FatalError outOfMemory() {
        return new FatalError("runtime: out of memory");
    }

    @TruffleBoundary
    public static GoPanicException plain(String msg) {
        return new GoPanicException(new Iface(PLAIN_ERROR_TYPE, msg));
    }

    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException indexOutOfRange(long i, long len) {
        return runtimeError(i < 0 ? "index out of range [" + i + "]" : "index out of range [" + i + "] with length " + len);
    }

    // Go's slice-bounds messages name the bound that failed in [low:high:max] notation; a negative bound is shown
    // alone, one that is too big with the limit it broke: the capacity of a slice, the length of an array or string.

    /** s[:h] of a string, h out of range. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBoundsLen(long h, long len) {
        return runtimeError(h < 0 ? "slice bounds out of range [:" + h + "]" : "slice bounds out of range [:" + h + "] with length " + len);
    }

    /** x[:h] of a slice (or of an array: ofArray), h out of range. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBoundsCap(long h, long cap, boolean ofArray) {
        return runtimeError(h < 0 ? "slice bounds out of range [:" + h + "]"
                        : "slice bounds out of range [:" + h + "] with " + (ofArray ? "length " : "capacity ") + cap);
    }

    /** x[::m] of a slice (or array), m out of range. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBoundsMax(long m, long cap, boolean ofArray) {
        return runtimeError(m < 0 ? "slice bounds out of range [::" + m + "]"
                        : "slice bounds out of range [::" + m + "] with " + (ofArray ? "length " : "capacity ") + cap);
    }

    /** x[:h:m] with h negative or beyond m. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBoundsHighMax(long h, long m) {
        return runtimeError(h < 0 ? "slice bounds out of range [:" + h + ":]" : "slice bounds out of range [:" + h + ":" + m + "]");
    }

    /** x[l:h] (or x[l:h:m]: threeIndex) with l negative or beyond h. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBounds(long l, long h, boolean threeIndex) {
        String rest = threeIndex ? ":" : "";
        return runtimeError(l < 0 ? "slice bounds out of range [" + l + ":" + rest + "]" : "slice bounds out of range [" + l + ":" + h + rest + "]");
    }

    public static GoPanicException divideByZero() {
        return runtimeError("integer divide by zero");
    }

    public static GoPanicException negativeShift() {
        return runtimeError("negative shift amount");
    }

    public static GoPanicException nilDeref() {
        return runtimeError("invalid memory address or nil pointer dereference");
    }

    public static GoPanicException nilMapWrite() {
        return plain("assignment to entry in nil map");
    }

    @TruffleBoundary
    public static GoPanicException typeAssertion(String iface, String have, String want, String missing) {
        String msg;
        if (have == null) {
            msg = "interface conversion: " + iface + " is nil, not " + want;
        } else if (missing != null) {
            msg = "interface conversion: " + have + " is not " + want + ": missing method " + missing;
        } else {
            msg = "interface conversion: " + iface + " is " + have + ", not " + want;
            if (have.equals(want)) {
                // two types that print alike: Go says why they differ (gosub's types know their package by name
                // only, so two packages of one name count as one, as two scopes)
                msg += " (types from different scopes)";
            }
        }
        return new GoPanicException(new Iface(ERROR_TYPE, msg));
    }
}
