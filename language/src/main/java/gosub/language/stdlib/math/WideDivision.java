package gosub.language.stdlib.math;

import gosub.language.runtime.RuntimeErrors;

/** 128-by-64-bit unsigned division for math/bits.Div64. */
final class WideDivision {
    private WideDivision() {
    }

    /** Go's panic for a quotient that does not fit. */
    static RuntimeException overflow() {
        return RuntimeErrors.runtimeError("integer overflow");
    }

    /**
     * Returns {quotient, remainder} of (hi·2^64 + lo) / y; panics as Go does for y = 0 (divide by zero) and
     * for y ≤ hi (the quotient would not fit in 64 bits). Restoring division, one quotient bit per step.
     */
    static Object[] divide(long hi, long lo, long y) {
        if (y == 0) {
            throw RuntimeErrors.divideByZero();
        }
        if (Long.compareUnsigned(y, hi) <= 0) {
            throw overflow();
        }
        if (hi == 0) {
            return new Object[] {Long.divideUnsigned(lo, y), Long.remainderUnsigned(lo, y)};
        }
        long rem = hi;
        long quo = lo;
        for (int i = 0; i < 64; i++) {
            boolean overflowed = rem < 0; // the bit shifted out of rem: the partial remainder exceeds y
            rem = rem << 1 | quo >>> 63;
            quo <<= 1;
            if (overflowed || Long.compareUnsigned(rem, y) >= 0) {
                rem -= y;
                quo |= 1;
            }
        }
        return new Object[] {quo, rem};
    }
}
