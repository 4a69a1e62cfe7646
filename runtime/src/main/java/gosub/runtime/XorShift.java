package gosub.runtime;

/**
 * Marsaglia's xorshift64 generator as two pure functions, for the cheap randomness the scheduler needs (where a P
 * starts stealing, which ready case a select takes). The state lives in the owner's own field, which only its
 * thread touches, so no allocation and no synchronisation.
 */
final class XorShift {
    private XorShift() {
    }

    /** The state after x (x must not be 0). */
    static long next(long x) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return x;
    }

    /** A number in [0, bound) drawn from state x. */
    static int below(long x, int bound) {
        return (int) ((x >>> 33) % bound);
    }
}
