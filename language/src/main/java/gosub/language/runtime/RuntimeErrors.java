package gosub.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import gosub.language.types.FuncType;
import gosub.language.types.GoType;
import gosub.language.types.NamedType;
import gosub.language.types.PointerType;
import gosub.language.types.Types;
import gosub.language.values.Iface;
import gosub.runtime.FatalError;

import java.util.List;
import java.util.function.Function;

/**
 * Go's run-time errors. They panic with a value that implements runtime.Error, whose Error() is Go's message, so a program
 * that recovers can print it or assert it to error, and an unrecovered one prints {@code panic: runtime error: …}.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {
    }

    // Go's run-time panics carry one of four dynamic types, which %T and type switches see. Here each holds its whole
    // message (prefix included) as a string and has the two methods of runtime.Error; what Go keeps in their fields
    // (a bounds error's index and length, an assertion's types) is not needed once the message is made.

    /** Most run-time errors ("runtime error: integer divide by zero", nil dereference, makeslice, ...). */
    public static final NamedType ERROR_TYPE = new NamedType("runtime", "errorString", null);
    /** Index and slice bounds errors ("runtime error: index out of range [5] with length 0"). */
    public static final NamedType BOUNDS_ERROR_TYPE = new NamedType("runtime", "boundsError", null);
    /** Failed type assertions; Go's value is a *runtime.TypeAssertionError, so an interface holds the pointer type. */
    private static final NamedType TYPE_ASSERTION_ERROR = new NamedType("runtime", "TypeAssertionError", null);
    public static final PointerType TYPE_ASSERTION_ERROR_TYPE = Types.pointer(TYPE_ASSERTION_ERROR);
    /** Plain runtime errors (no "runtime error: " prefix), e.g. "assignment to entry in nil map". */
    public static final NamedType PLAIN_ERROR_TYPE = new NamedType("runtime", "plainError", null);

    static {
        FuncType errSig = Types.func(List.of(), List.of(Types.STRING), false);
        FuncType markSig = Types.func(List.of(), List.of(), false);
        for (NamedType t : List.of(ERROR_TYPE, BOUNDS_ERROR_TYPE, TYPE_ASSERTION_ERROR, PLAIN_ERROR_TYPE)) {
            t.setUnderlying(Types.STRING);
            boolean pointerReceiver = t == TYPE_ASSERTION_ERROR;
            NamedType.Method err = new NamedType.Method("Error", errSig, pointerReceiver, null);
            err.impl = (Function<Object, Object>) v -> v;
            NamedType.Method mark = new NamedType.Method("RuntimeError", markSig, pointerReceiver, null);
            mark.impl = (Function<Object, Object>) v -> null;
            t.methods.add(err);
            t.methods.add(mark);
        }
    }

    /** Whether t is the dynamic type of one of Go's run-time panics, whose message is the value itself. */
    public static boolean isRuntimeErrorType(GoType t) {
        return t == ERROR_TYPE || t == BOUNDS_ERROR_TYPE || t == TYPE_ASSERTION_ERROR_TYPE || t == PLAIN_ERROR_TYPE;
    }

    @TruffleBoundary
    public static GoPanicException runtimeError(String msg) {
        return new GoPanicException(new Iface(ERROR_TYPE, "runtime error: " + msg));
    }

    @TruffleBoundary
    private static GoPanicException boundsError(String msg) {
        return new GoPanicException(new Iface(BOUNDS_ERROR_TYPE, "runtime error: " + msg));
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
        return indexOutOfRange(i, len, false);
    }

    /** Index i out of range; an unsigned i is never negative (see UnsignedIndex). */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException indexOutOfRange(long i, long len, boolean unsigned) {
        return boundsError(negative(i, unsigned) ? "index out of range [" + i + "]" : "index out of range [" + bound(i, unsigned) + "] with length " + len);
    }

    private static boolean negative(long v, boolean unsigned) {
        return v < 0 && !unsigned;
    }

    private static String bound(long v, boolean unsigned) {
        return unsigned ? Long.toUnsignedString(v) : Long.toString(v);
    }

    // Go's slice-bounds messages name the bound that failed in [low:high:max] notation; a negative bound is shown
    // alone, one that is too big with the limit it broke: the capacity of a slice, the length of an array or string.
    // The failing bound may be of an unsigned type (unsigned: never negative, printed unsigned); the other is in range.

    /** s[:h] of a string, h out of range. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBoundsLen(long h, long len, boolean unsigned) {
        return boundsError(negative(h, unsigned) ? "slice bounds out of range [:" + h + "]" : "slice bounds out of range [:" + bound(h, unsigned) + "] with length " + len);
    }

    /** x[:h] of a slice (or of an array: ofArray), h out of range. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBoundsCap(long h, long cap, boolean ofArray, boolean unsigned) {
        return boundsError(negative(h, unsigned) ? "slice bounds out of range [:" + h + "]"
                        : "slice bounds out of range [:" + bound(h, unsigned) + "] with " + (ofArray ? "length " : "capacity ") + cap);
    }

    /** x[::m] of a slice (or array), m out of range. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBoundsMax(long m, long cap, boolean ofArray, boolean unsigned) {
        return boundsError(negative(m, unsigned) ? "slice bounds out of range [::" + m + "]"
                        : "slice bounds out of range [::" + bound(m, unsigned) + "] with " + (ofArray ? "length " : "capacity ") + cap);
    }

    /** x[:h:m] with h negative or beyond m. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBoundsHighMax(long h, long m, boolean unsigned) {
        return boundsError(negative(h, unsigned) ? "slice bounds out of range [:" + h + ":]" : "slice bounds out of range [:" + bound(h, unsigned) + ":" + m + "]");
    }

    /** x[l:h] (or x[l:h:m]: threeIndex) with l negative or beyond h. */
    @TruffleBoundary // the message is built out of compiled code
    public static GoPanicException sliceBounds(long l, long h, boolean threeIndex, boolean unsigned) {
        String rest = threeIndex ? ":" : "";
        return boundsError(negative(l, unsigned) ? "slice bounds out of range [" + l + ":" + rest + "]" : "slice bounds out of range [" + bound(l, unsigned) + ":" + h + rest + "]");
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
        return new GoPanicException(new Iface(TYPE_ASSERTION_ERROR_TYPE, msg));
    }
}
