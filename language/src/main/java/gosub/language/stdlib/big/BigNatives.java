package gosub.language.stdlib.big;

import gosub.language.GoContext;
import gosub.language.interop.ForeignValues;
import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import gosub.language.runtime.GoPanicException;
import gosub.language.types.Types;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;
import gosub.language.values.Slice;
import java.math.BigInteger;

/**
 * Registers math/big's natives. Numbers cross as references (a {@code func()} whose environment is the Java object;
 * nil for zero), integers as longs, as everywhere in gosub.
 */
public final class BigNatives {
    private static final String P = "math/big.";

    /** The operations of {@code intArith}, numbered as the Go side names them. */
    private static final int ADD = 0, SUB = 1, MUL = 2, QUO = 3, REM = 4, DIV = 5, MOD = 6, AND = 7, OR = 8, XOR = 9,
                    AND_NOT = 10;

    private BigNatives() {
    }

    public static void register(Natives n, GoContext ctx) {
        Refs refs = new Refs(ctx);
        n.register(P + "intFromInt64", (JavaNative) (g, a) -> refs.of(BigInteger.valueOf((Long) a[0])));
        n.register(P + "intFromUint64", (JavaNative) (g, a) -> refs.of(unsigned((Long) a[0])));
        n.register(P + "intScan", (JavaNative) (g, a) -> {
            // Go leaves z changed by a failed SetString: what was read so far, with z's old sign when the digits
            // themselves were wrong, and z as it was when not even a sign could be read
            String s = (String) a[0];
            BigInteger old = refs.value(a[2]);
            if (s.isEmpty()) {
                return new Object[] {a[2], false};
            }
            int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
            IntText.Digits d = IntText.scanDigits(s, i, (int) (long) (Long) a[1], false);
            if (d.error != null) {
                return new Object[] {refs.of(old.signum() < 0 ? d.magnitude.negate() : d.magnitude), false};
            }
            BigInteger v = s.charAt(0) == '-' ? d.magnitude.negate() : d.magnitude;
            return new Object[] {refs.of(v), d.end == s.length()};
        });
        n.register(P + "intScanPrefix", (JavaNative) (g, a) -> {
            // the text a ScanState gave, which the Go side stopped reading where the number ends
            String s = (String) a[0];
            BigInteger old = refs.value(a[2]);
            int i = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
            IntText.Digits d = IntText.scanDigits(s, i, (int) (long) (Long) a[1], false);
            if (d.error != null) {
                return new Object[] {refs.of(old.signum() < 0 ? d.magnitude.negate() : d.magnitude), d.error};
            }
            return new Object[] {refs.of(i == 1 && s.charAt(0) == '-' ? d.magnitude.negate() : d.magnitude), ""};
        });
        n.register(P + "intText", (JavaNative) (g, a) -> IntText.format(refs.value(a[0]), (int) (long) (Long) a[1]));
        n.register(P + "intArith", (JavaNative) (g, a) -> refs.of(arith((int) (long) (Long) a[0], refs.value(a[1]),
                        refs.value(a[2]))));
        n.register(P + "intQuoRem", (JavaNative) (g, a) -> {
            BigInteger[] qr = refs.value(a[0]).divideAndRemainder(refs.value(a[1]));
            return new Object[] {refs.of(qr[0]), refs.of(qr[1])};
        });
        n.register(P + "intDivMod", (JavaNative) (g, a) -> {
            BigInteger x = refs.value(a[0]);
            BigInteger y = refs.value(a[1]);
            BigInteger m = x.mod(y.abs());
            BigInteger q = x.subtract(m).divide(y);
            return new Object[] {refs.of(q), refs.of(m)};
        });
        n.register(P + "intCmp", (JavaNative) (g, a) -> (long) refs.value(a[0]).compareTo(refs.value(a[1])));
        n.register(P + "intCmpAbs", (JavaNative) (g, a) -> (long) refs.value(a[0]).abs().compareTo(refs.value(a[1]).abs()));
        n.register(P + "intSign", (JavaNative) (g, a) -> (long) refs.value(a[0]).signum());
        n.register(P + "intNeg", (JavaNative) (g, a) -> refs.of(refs.value(a[0]).negate()));
        n.register(P + "intAbs", (JavaNative) (g, a) -> refs.of(refs.value(a[0]).abs()));
        n.register(P + "intNot", (JavaNative) (g, a) -> refs.of(refs.value(a[0]).not()));
        n.register(P + "intSqrt", (JavaNative) (g, a) -> refs.of(refs.value(a[0]).sqrt()));
        n.register(P + "intLsh", (JavaNative) (g, a) -> refs.of(refs.value(a[0]).shiftLeft(shiftCount((Long) a[1]))));
        n.register(P + "intRsh", (JavaNative) (g, a) -> {
            long count = (Long) a[1];
            BigInteger x = refs.value(a[0]);
            if (count < 0 || count > Integer.MAX_VALUE) { // beyond every bit: what is left is the sign
                return refs.of(x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO);
            }
            return refs.of(x.shiftRight((int) count));
        });
        n.register(P + "intBit", (JavaNative) (g, a) -> {
            long i = (Long) a[1];
            BigInteger x = refs.value(a[0]);
            if (i > Integer.MAX_VALUE) {
                return x.signum() < 0 ? 1L : 0L;
            }
            return x.testBit((int) i) ? 1L : 0L;
        });
        n.register(P + "intSetBit", (JavaNative) (g, a) -> {
            BigInteger x = refs.value(a[0]);
            int i = shiftCount((Long) a[1]);
            return refs.of((Long) a[2] != 0 ? x.setBit(i) : x.clearBit(i));
        });
        n.register(P + "intBitLen", (JavaNative) (g, a) -> (long) refs.value(a[0]).abs().bitLength());
        n.register(P + "intTrailingZeroBits", (JavaNative) (g, a) -> {
            BigInteger x = refs.value(a[0]);
            return x.signum() == 0 ? 0L : (long) x.getLowestSetBit();
        });
        n.register(P + "intInt64", (JavaNative) (g, a) -> refs.value(a[0]).longValue());
        n.register(P + "intUint64", (JavaNative) (g, a) -> refs.value(a[0]).abs().longValue());
        n.register(P + "intIsInt64", (JavaNative) (g, a) -> refs.value(a[0]).bitLength() <= 63);
        n.register(P + "intIsUint64", (JavaNative) (g, a) -> {
            BigInteger x = refs.value(a[0]);
            return x.signum() >= 0 && x.bitLength() <= 64;
        });
        n.register(P + "intExp", (JavaNative) (g, a) -> {
            BigInteger m = a[2] == null ? null : refs.value(a[2]);
            BigInteger r = IntTheory.exp(refs.value(a[0]), refs.value(a[1]), m);
            return new Object[] {refs.of(r), r != null};
        });
        n.register(P + "intGCD", (JavaNative) (g, a) -> {
            BigInteger[] r = IntTheory.gcd(refs.value(a[0]), refs.value(a[1]));
            return new Object[] {refs.of(r[0]), refs.of(r[1]), refs.of(r[2])};
        });
        n.register(P + "intModInverse", (JavaNative) (g, a) -> {
            BigInteger r = IntTheory.modInverse(refs.value(a[0]), refs.value(a[1]));
            return new Object[] {refs.of(r), r != null};
        });
        n.register(P + "intModSqrt", (JavaNative) (g, a) -> {
            BigInteger r = IntTheory.modSqrt(refs.value(a[0]), refs.value(a[1]));
            return new Object[] {refs.of(r), r != null};
        });
        n.register(P + "intJacobi", (JavaNative) (g, a) -> (long) IntTheory.jacobi(refs.value(a[0]), refs.value(a[1])));
        n.register(P + "intProbablyPrime", (JavaNative) (g, a) -> {
            BigInteger x = refs.value(a[0]);
            // Go's tests are exact below 2**64 and no composite is known to pass them; the JDK's rounds of
            // Miller-Rabin with Lucas for large numbers make a false answer as unlikely
            return x.signum() > 0 && x.isProbablePrime(100);
        });
        n.register(P + "intMulRange", (JavaNative) (g, a) -> refs.of(IntTheory.mulRange((Long) a[0], (Long) a[1])));
        n.register(P + "intBytes", (JavaNative) (g, a) -> {
            byte[] b = magnitudeBytes(refs.value(a[0]));
            return new Slice(b, 0, b.length, b.length);
        });
        n.register(P + "intSetBytes", (JavaNative) (g, a) -> {
            Slice s = (Slice) a[0];
            if (s == null || s.len == 0) {
                return null;
            }
            return refs.of(new BigInteger(1, (byte[]) s.array, s.offset, s.len));
        });
        n.register(P + "intWords", (JavaNative) (g, a) -> {
            BigInteger x = refs.value(a[0]).abs();
            int count = (x.bitLength() + 63) / 64;
            long[] words = new long[count];
            for (int i = 0; i < count; i++) {
                words[i] = x.shiftRight(64 * i).longValue();
            }
            return new Slice(words, 0, count, count);
        });
        n.register(P + "intFromWords", (JavaNative) (g, a) -> {
            Slice s = (Slice) a[0];
            BigInteger x = BigInteger.ZERO;
            if (s != null) {
                long[] words = (long[]) s.array;
                for (int i = s.len - 1; i >= 0; i--) {
                    x = x.shiftLeft(64).or(unsigned(words[s.offset + i]));
                }
            }
            return refs.of(x);
        });
        RatNatives.register(n, refs);
        FloatNatives.register(n, refs);
    }

    static BigInteger arith(int op, BigInteger x, BigInteger y) {
        return switch (op) {
            case ADD -> x.add(y);
            case SUB -> x.subtract(y);
            case MUL -> x.multiply(y);
            case QUO -> x.divide(y);
            case REM -> x.remainder(y);
            case DIV -> x.subtract(x.mod(y.abs())).divide(y);
            case MOD -> x.mod(y.abs());
            case AND -> x.and(y);
            case OR -> x.or(y);
            case XOR -> x.xor(y);
            case AND_NOT -> x.andNot(y);
            default -> throw new IllegalArgumentException("math/big: no integer operation " + op);
        };
    }

    /** A Go uint64 (held in a long) as a non-negative BigInteger. */
    static BigInteger unsigned(long v) {
        BigInteger b = BigInteger.valueOf(v);
        return v < 0 ? b.add(BigInteger.ONE.shiftLeft(64)) : b;
    }

    /** |x| big-endian without leading zeros (empty for 0). */
    static byte[] magnitudeBytes(BigInteger x) {
        byte[] b = x.abs().toByteArray();
        int skip = 0;
        while (skip < b.length && b[skip] == 0) {
            skip++;
        }
        return java.util.Arrays.copyOfRange(b, skip, b.length);
    }

    /** A bit index or shift count; more than a Java BigInteger has bits is memory the JVM does not have. */
    private static int shiftCount(long n) {
        if (n < 0 || n > Integer.MAX_VALUE - 64) {
            throw panic("unsupported: math/big shift or bit index " + Long.toUnsignedString(n)
                            + " (more bits than a Java BigInteger holds)");
        }
        return (int) n;
    }

    /** A Go panic with a string value, as math/big's own panics are. */
    static GoPanicException panic(String message) {
        return new GoPanicException(new Iface(Types.STRING, message));
    }

    /** Java objects to and from the references the Go side keeps them behind. */
    static final class Refs {
        /**
         * A reference as ForeignValues makes them, whose call target and name every other one shares: making one
         * directly skips the interop null check ForeignValues.ref makes for objects of other languages.
         */
        private final GoContext ctx;
        private FuncValue template; // made at the first result: registering needs no context

        Refs(GoContext ctx) {
            this.ctx = ctx;
        }

        /** The reference for integer v: nil for zero (and for null, a result that is not there). */
        Object of(BigInteger v) {
            if (v == null || v.signum() == 0) {
                return null;
            }
            FuncValue t = template;
            if (t == null) {
                t = ForeignValues.ref(ctx, BigInteger.ONE);
                template = t;
            }
            return new FuncValue(t.target, v, t.name);
        }

        BigInteger value(Object ref) {
            return ref == null ? BigInteger.ZERO : (BigInteger) ForeignValues.object(ref);
        }

        Object object(Object ref) {
            return ForeignValues.object(ref);
        }
    }
}
