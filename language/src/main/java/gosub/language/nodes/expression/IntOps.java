package gosub.language.nodes.expression;

import gosub.language.runtime.RuntimeErrors;
import gosub.language.types.Kind;

/** Go integer semantics on longs: wrap-around per type, unsigned 64-bit division, Go's shift rules. */
public final class IntOps {
    private IntOps() {
    }

    /** Truncates a 64-bit result to the Go integer kind (sign- or zero-extending). */
    // if-chains rather than enum switches: javac compiles an enum switch to a lookup in a synthetic array that
    // partial evaluation cannot constant-fold, while comparisons with a constant kind fold away entirely
    public static long wrap(Kind k, long v) {
        if (k == Kind.INT || k == Kind.INT64 || k == Kind.UINT || k == Kind.UINT64 || k == Kind.UINTPTR) {
            return v;
        }
        if (k == Kind.INT32) {
            return (int) v;
        }
        if (k == Kind.UINT8) {
            return v & 0xFFL;
        }
        if (k == Kind.INT8) {
            return (byte) v;
        }
        if (k == Kind.UINT32) {
            return v & 0xFFFFFFFFL;
        }
        if (k == Kind.INT16) {
            return (short) v;
        }
        if (k == Kind.UINT16) {
            return v & 0xFFFFL;
        }
        return v;
    }

    public static boolean isUnsigned64(Kind k) {
        return k == Kind.UINT || k == Kind.UINT64 || k == Kind.UINTPTR;
    }

    public static long div(Kind k, long a, long b) {
        if (b == 0) {
            throw RuntimeErrors.divideByZero();
        }
        if (isUnsigned64(k)) {
            return Long.divideUnsigned(a, b);
        }
        return wrap(k, a / b);
    }

    public static long rem(Kind k, long a, long b) {
        if (b == 0) {
            throw RuntimeErrors.divideByZero();
        }
        if (isUnsigned64(k)) {
            return Long.remainderUnsigned(a, b);
        }
        return a % b;
    }

    /** A negative count is an error only for a signed count; an unsigned count that looks negative is huge. */
    public static long shl(Kind k, long a, long s, boolean unsignedCount) {
        if (s < 0) {
            if (!unsignedCount) {
                throw RuntimeErrors.negativeShift();
            }
            return 0;
        }
        return s >= 64 ? 0 : wrap(k, a << s);
    }

    public static long shr(Kind k, long a, long s, boolean unsignedCount) {
        if (s < 0) {
            if (!unsignedCount) {
                throw RuntimeErrors.negativeShift();
            }
            s = 64;
        }
        if (k.isUnsigned()) {
            return s >= 64 ? 0 : a >>> s;
        }
        return s >= 64 ? (a < 0 ? -1 : 0) : a >> s;
    }

    public static int compare(Kind k, long a, long b) {
        return isUnsigned64(k) ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }

    public static double toDouble(Kind k, long v) {
        if (isUnsigned64(k) && v < 0) {
            return (double) (v >>> 1 | (v & 1)) * 2.0;
        }
        return v;
    }

    /** float → integer conversion (Go truncates toward zero; out-of-range results are implementation-defined). */
    public static long fromDouble(Kind k, double d) {
        if (isUnsigned64(k) && d >= 9.223372036854775807E18) {
            return (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE;
        }
        return wrap(k, (long) d);
    }
}
