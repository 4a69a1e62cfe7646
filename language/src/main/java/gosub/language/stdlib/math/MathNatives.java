package gosub.language.stdlib.math;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import gosub.language.natives.NativeNode;
import gosub.language.natives.Natives;

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

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Float64bits")
    abstract static class Float64bits extends NativeNode {
        @Specialization
        static long run(double x) {
            return Double.doubleToRawLongBits(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Float64frombits")
    abstract static class Float64frombits extends NativeNode {
        @Specialization
        static double run(long b) {
            return Double.longBitsToDouble(b);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Float32bits")
    abstract static class Float32bits extends NativeNode {
        @Specialization
        static long run(double x) {
            return Float.floatToRawIntBits((float) x) & 0xFFFFFFFFL;
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Float32frombits")
    abstract static class Float32frombits extends NativeNode {
        @Specialization
        static double run(long b) {
            return Float.intBitsToFloat((int) b);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Abs")
    abstract static class Abs extends NativeNode {
        @Specialization
        static double run(double x) {
            return Math.abs(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Sqrt")
    abstract static class Sqrt extends NativeNode {
        @Specialization
        static double run(double x) {
            return Math.sqrt(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Floor")
    abstract static class Floor extends NativeNode {
        @Specialization
        static double run(double x) {
            return Math.floor(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Ceil")
    abstract static class Ceil extends NativeNode {
        @Specialization
        static double run(double x) {
            return Math.ceil(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Trunc")
    abstract static class Trunc extends NativeNode {
        @Specialization
        static double run(double x) {
            return Amd64Math.trunc(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.FMA")
    abstract static class FMA extends NativeNode {
        @Specialization
        static double run(double x, double y, double z) {
            return Math.fma(x, y, z);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Max")
    abstract static class Max extends NativeNode {
        @Specialization
        static double run(double x, double y) {
            return Amd64Math.max(x, y);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Min")
    abstract static class Min extends NativeNode {
        @Specialization
        static double run(double x, double y) {
            return Amd64Math.min(x, y);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Exp")
    abstract static class Exp extends NativeNode {
        @Specialization
        @TruffleBoundary
        static double run(double x) {
            return Amd64Math.exp(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Log")
    abstract static class Log extends NativeNode {
        @Specialization
        @TruffleBoundary
        static double run(double x) {
            return Amd64Math.log(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Hypot")
    abstract static class Hypot extends NativeNode {
        @Specialization
        @TruffleBoundary
        static double run(double x, double y) {
            return Amd64Math.hypot(x, y);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Mod")
    abstract static class Mod extends NativeNode {
        @Specialization
        static double run(double x, double y) {
            return mod(x, y);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.Remainder")
    abstract static class Remainder extends NativeNode {
        @Specialization
        @TruffleBoundary
        static double run(double x, double y) {
            return remainder(x, y);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math.reduceHuge")
    abstract static class ReduceHuge extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(double x) {
            return PayneHanek.reduce(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math/bits.Len64")
    abstract static class Len64 extends NativeNode {
        @Specialization
        static long run(long x) {
            return 64 - Long.numberOfLeadingZeros(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math/bits.TrailingZeros64")
    abstract static class TrailingZeros64 extends NativeNode {
        @Specialization
        static long run(long x) {
            return Long.numberOfTrailingZeros(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math/bits.OnesCount64")
    abstract static class OnesCount64 extends NativeNode {
        @Specialization
        static long run(long x) {
            return Long.bitCount(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math/bits.Reverse64")
    abstract static class Reverse64 extends NativeNode {
        @Specialization
        static long run(long x) {
            return Long.reverse(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math/bits.ReverseBytes64")
    abstract static class ReverseBytes64 extends NativeNode {
        @Specialization
        static long run(long x) {
            return Long.reverseBytes(x);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math/bits.Mul64")
    abstract static class Mul64 extends NativeNode {
        @Specialization
        static Object run(long x, long y) {
            return new Object[] {Math.unsignedMultiplyHigh(x, y), x * y};
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math/bits.Div64")
    abstract static class Div64 extends NativeNode {
        @Specialization
        @TruffleBoundary
        static Object run(long hi, long lo, long y) {
            return WideDivision.divide(hi, lo, y);
        }
    }

    @GenerateNodeFactory
    @NodeInfo(shortName = "math/bits.panicOverflow")
    abstract static class PanicOverflow extends NativeNode {
        @Specialization
        static Object run() {
            throw WideDivision.overflow();
        }
    }

    public static void register(Natives n) {
        n.register(MathNativesFactory.getFactories());
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
