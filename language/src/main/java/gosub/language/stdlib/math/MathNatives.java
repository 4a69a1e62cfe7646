package gosub.language.stdlib.math;

import gosub.language.GoContext;
import gosub.language.Natives;

/**
 * The natives of packages math and math/bits (their Go source is resources/gosub/stdlib/math.go and math/bits.go).
 * In math: the conversions between floats and their bits, what Go computes with one instruction or with amd64
 * assembly ({@link Amd64Math}), Payne–Hanek reduction ({@link PayneHanek}), and Mod and Remainder, which are exact
 * operations: every correct implementation returns the same bits, and Java's {@code %} and
 * {@link Math#IEEEremainder} are correct ones. In math/bits: the 64-bit primitives the others derive from.
 */
public final class MathNatives {
    private MathNatives() {
    }

    private static double f(Object o) {
        return (Double) o;
    }

    private static long u(Object o) {
        return (Long) o;
    }

    public static void register(Natives n, GoContext ctx) {
        n.register("math.Float64bits", a -> Double.doubleToRawLongBits(f(a[2])));
        n.register("math.Float64frombits", a -> Double.longBitsToDouble(u(a[2])));
        n.register("math.Float32bits", a -> Float.floatToRawIntBits((float) f(a[2])) & 0xFFFFFFFFL);
        n.register("math.Float32frombits", a -> (double) Float.intBitsToFloat((int) u(a[2])));
        n.register("math.Abs", a -> Math.abs(f(a[2])));
        n.register("math.Sqrt", a -> Math.sqrt(f(a[2])));
        n.register("math.Floor", a -> Math.floor(f(a[2])));
        n.register("math.Ceil", a -> Math.ceil(f(a[2])));
        n.register("math.Trunc", a -> Amd64Math.trunc(f(a[2])));
        n.register("math.FMA", a -> Math.fma(f(a[2]), f(a[3]), f(a[4])));
        n.register("math.Max", a -> Amd64Math.max(f(a[2]), f(a[3])));
        n.register("math.Min", a -> Amd64Math.min(f(a[2]), f(a[3])));
        n.register("math.Exp", a -> Amd64Math.exp(f(a[2])));
        n.register("math.Log", a -> Amd64Math.log(f(a[2])));
        n.register("math.Hypot", a -> Amd64Math.hypot(f(a[2]), f(a[3])));
        n.register("math.Mod", a -> mod(f(a[2]), f(a[3])));
        n.register("math.Remainder", a -> remainder(f(a[2]), f(a[3])));
        n.register("math.reduceHuge", a -> PayneHanek.reduce(f(a[2])));

        n.register("math/bits.Len64", a -> (long) (64 - Long.numberOfLeadingZeros(u(a[2]))));
        n.register("math/bits.TrailingZeros64", a -> (long) Long.numberOfTrailingZeros(u(a[2])));
        n.register("math/bits.OnesCount64", a -> (long) Long.bitCount(u(a[2])));
        n.register("math/bits.Reverse64", a -> Long.reverse(u(a[2])));
        n.register("math/bits.ReverseBytes64", a -> Long.reverseBytes(u(a[2])));
        n.register("math/bits.Mul64", a -> new Object[] {Math.unsignedMultiplyHigh(u(a[2]), u(a[3])), u(a[2]) * u(a[3])});
        n.register("math/bits.Div64", a -> WideDivision.divide(u(a[2]), u(a[3]), u(a[4])));
        n.register("math/bits.panicOverflow", a -> {
            throw WideDivision.overflow();
        });
    }

    /** Go's Mod: NaN (Go's) for an infinite x, a zero y or a NaN; otherwise the exact truncated remainder. */
    static double mod(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || x != x || y != y) {
            return Amd64Math.GO_NAN;
        }
        return x % y;
    }

    /** Go's Remainder: NaN (Go's) for an infinite x, a zero y or a NaN; otherwise IEEE 754's exact remainder. */
    static double remainder(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || x != x || y != y) {
            return Amd64Math.GO_NAN;
        }
        return Math.IEEEremainder(x, y);
    }
}
