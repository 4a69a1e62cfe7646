package gosub.language.stdlib.math;

/**
 * Payne and Hanek's reduction of a huge argument by π/4 (M. Payne and R. Hanek, "Radian reduction for
 * trigonometric functions", 1983; K. C. Ng, "Argument reduction for huge arguments: good to the last bit", 1992),
 * in 64-bit integer arithmetic as Go's math package does it. With x = m·2^e (m a 53-bit integer), the bits of 4/π
 * worth more than 2^-(e+61) only add multiples of 8 to x·4/π, so a 192-bit window of 4/π from there on times m
 * gives the octant (the top 3 bits) and the fraction of x/(π/4).
 */
final class PayneHanek {
    private PayneHanek() {
    }

    /** The binary digits of 4/π: the integer part 1, then 19 words of fraction (1216 bits). */
    private static final long[] FOUR_OVER_PI = {
        0x0000000000000001L, 0x45f306dc9c882a53L, 0xf84eafa3ea69bb81L, 0xb6c52b3278872083L, 0xfca2c757bd778ac3L,
        0x6e48dc74849ba5c0L, 0x0c925dd413a32439L, 0xfc3bd63962534e7dL, 0xd1046bea5d768909L, 0xd338e04d68befc82L,
        0x7323ac7306a673e9L, 0x3908bf177bf25076L, 0x3ff12fffbc0b301fL, 0xde5e2316b414da3eL, 0xda6cfd9e4f96136eL,
        0x9e8c7ecd3cbfd45aL, 0xea4f758fd7cbe2f6L, 0x7a0e73ef14a525d4L, 0xd7f6bf623f1aba10L, 0xac06608df8f6d757L,
    };

    private static final double QUARTER_PI = Math.PI / 4;

    /**
     * Returns {j, z} (a Long and a Double) with x = (8k + j)·π/4 + z for some integer k, j even and |z| ≤ π/4,
     * for finite x ≥ 2^29 (smaller x are reduced in Go source with π/4 in three parts).
     */
    static Object[] reduce(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) (bits >>> 52 & 0x7FF) - 1023 - 52;
        long m = bits & 0x000FFFFFFFFFFFFFL | 1L << 52;
        int from = exp + 61;
        long w0 = window(from);
        long w1 = window(from + 64);
        long w2 = window(from + 128);
        // the product's bits from 2^2 down to 2^-125: the top word and the next one, the low end truncated
        long next = w1 * m;
        long low = next + Math.unsignedMultiplyHigh(w2, m);
        long carry = Long.compareUnsigned(low, next) < 0 ? 1 : 0;
        long top = w0 * m + Math.unsignedMultiplyHigh(w1, m) + carry;
        long octant = top >>> 61;
        long fraction = top << 3 | low >>> 61;
        int lead = Long.numberOfLeadingZeros(fraction) + 1;
        // normalize the fraction and keep 52 bits after its leading one; the bits shifted in come from the low
        // word before its shift by 3, as Go's code takes them, to give the same results
        long mantissa = shiftLeft(fraction, lead) | shiftRight(low, 64 - lead);
        double z = Double.longBitsToDouble(mantissa >>> 12 | (long) (1023 - lead) << 52);
        if ((octant & 1) == 1) {
            // the upper half of an odd octant: measure from the next one up
            octant = (octant + 1) & 7;
            z -= 1;
        }
        return new Object[] {octant, z * QUARTER_PI};
    }

    /** The 64 bits of 4/π from bit {@code from} on, bit 0 being the top bit of the first word. */
    private static long window(int from) {
        int word = from / 64;
        int shift = from % 64;
        return shiftLeft(FOUR_OVER_PI[word], shift) | shiftRight(FOUR_OVER_PI[word + 1], 64 - shift);
    }

    /** x << n with Go's meaning for n ≥ 64 (0), which Java's shift, taking n mod 64, lacks. */
    private static long shiftLeft(long x, int n) {
        return n >= 64 || n < 0 ? 0 : x << n;
    }

    /** x >>> n, 0 for n ≥ 64 and, as Go's unsigned shift counts wrap to huge values, for n < 0. */
    private static long shiftRight(long x, int n) {
        return n >= 64 || n < 0 ? 0 : x >>> n;
    }
}
