package gosub.language.stdlib.big;

import java.math.BigInteger;

/**
 * big.Float's arithmetic on finite values. A value is held as Go holds it in spirit: a sign, a mantissa m > 0
 * without trailing zero bits, and Go's exponent e, the value being 0.m (binary) times 2**e, that is m * 2**(e -
 * bitlen(m)). Results are exact and then rounded once to the precision and mode asked for, as Go rounds; a
 * quotient is cut off below the rounding position with a sticky bit for the remainder.
 */
final class BinaryFloat {
    static final long MIN_EXP = Integer.MIN_VALUE;
    static final long MAX_EXP = Integer.MAX_VALUE;
    static final int ZERO = 0, FINITE = 1, INF = 2;
    static final int TO_NEAREST_EVEN = 0, TO_NEAREST_AWAY = 1, TO_ZERO = 2, AWAY_FROM_ZERO = 3, TO_NEGATIVE_INF = 4,
                    TO_POSITIVE_INF = 5;

    /** A rounded result: its form, mantissa (stripped) and exponent when finite, and its accuracy (-1, 0, +1). */
    record Result(int form, BigInteger mant, long exp, int acc) {
    }

    /** A signed exact value m * 2**lsb (m may be zero or negative), for intermediate steps. */
    record Exact(BigInteger m, long lsb) {
        static Exact of(BigInteger mant, long exp) {
            return new Exact(mant, exp - mant.bitLength());
        }

        Exact times(Exact o) {
            return new Exact(m.multiply(o.m), lsb + o.lsb);
        }

        Exact plus(Exact o) {
            if (lsb <= o.lsb) {
                return new Exact(m.add(o.m.shiftLeft(checked(o.lsb - lsb))), lsb);
            }
            return new Exact(m.shiftLeft(checked(lsb - o.lsb)).add(o.m), o.lsb);
        }

        Exact negate() {
            return new Exact(m.negate(), lsb);
        }

        /** Rounded to prec bits to nearest even (the mode of Go's temporaries), sign kept. */
        Exact rounded(int prec) {
            if (m.signum() == 0) {
                return this;
            }
            Result r = round(m.signum() < 0, m.abs(), lsb, false, prec, TO_NEAREST_EVEN);
            BigInteger mant = m.signum() < 0 ? r.mant.negate() : r.mant;
            return of(mant, r.exp);
        }
    }

    private BinaryFloat() {
    }

    static int checked(long shift) {
        if (shift > Integer.MAX_VALUE - 64) {
            throw BigNatives.panic("unsupported: math/big.Float operands whose exponents differ by " + shift
                            + " (the exact sum would not fit in memory)");
        }
        return (int) shift;
    }

    /**
     * Rounds the magnitude m * 2**lsb (m > 0; sticky: a non-zero remainder lies below it) of a number with sign neg
     * to prec bits in mode, checking Go's exponent range first as Go does.
     */
    static Result round(boolean neg, BigInteger m, long lsb, boolean sticky, long prec, int mode) {
        long exp = lsb + m.bitLength();
        if (exp < MIN_EXP) {
            return new Result(ZERO, null, 0, neg ? 1 : -1);
        }
        if (exp > MAX_EXP) {
            return new Result(INF, null, 0, neg ? -1 : 1);
        }
        int bits = m.bitLength();
        if (bits <= prec) {
            return new Result(FINITE, strip(m), exp, 0);
        }
        int r = (int) (bits - prec - 1); // the rounding bit's position
        boolean rbit = m.testBit(r);
        boolean sbit = sticky || m.getLowestSetBit() < r;
        BigInteger kept = m.shiftRight(r + 1);
        int acc = 0;
        if (rbit || sbit) {
            boolean inc = switch (mode) {
                case TO_NEGATIVE_INF -> neg;
                case TO_ZERO -> false;
                case TO_NEAREST_EVEN -> rbit && (sbit || kept.testBit(0));
                case TO_NEAREST_AWAY -> rbit;
                case AWAY_FROM_ZERO -> true;
                case TO_POSITIVE_INF -> !neg;
                default -> throw BigNatives.panic("unreachable");
            };
            acc = inc != neg ? 1 : -1;
            if (inc) {
                kept = kept.add(BigInteger.ONE);
                if (kept.bitLength() > prec) {
                    if (exp >= MAX_EXP) {
                        return new Result(INF, null, 0, acc);
                    }
                    exp++;
                }
            }
        }
        if (kept.signum() == 0) {
            return new Result(ZERO, null, 0, acc);
        }
        return new Result(FINITE, strip(kept), exp, acc);
    }

    static BigInteger strip(BigInteger m) {
        int tz = m.getLowestSetBit();
        return tz > 0 ? m.shiftRight(tz) : m;
    }

    /** |x| + |y|, |x| - |y| (|x| >= |y|), |x| * |y| or |x| / |y| of finite magnitudes, rounded; op 0 to 3. */
    static Result arith(int op, BigInteger xm, long xe, BigInteger ym, long ye, boolean neg, long prec, int mode) {
        Exact x = Exact.of(xm, xe);
        Exact y = Exact.of(ym, ye);
        Exact exact;
        boolean sticky = false;
        switch (op) {
            case 0 -> exact = x.plus(y);
            case 1 -> exact = x.plus(y.negate());
            case 2 -> exact = x.times(y);
            case 3 -> {
                // at least prec + 2 quotient bits, so that the remainder lies below the rounding bit
                int shift = (int) Math.max(0, prec + 2 + ym.bitLength() - xm.bitLength() + 1);
                BigInteger[] qr = xm.shiftLeft(shift).divideAndRemainder(ym);
                sticky = qr[1].signum() != 0;
                exact = new Exact(qr[0], x.lsb - y.lsb - shift);
            }
            default -> throw new IllegalArgumentException("math/big: no float operation " + op);
        }
        if (exact.m.signum() == 0) {
            return new Result(ZERO, null, 0, 0);
        }
        return round(neg, exact.m, exact.lsb, sticky, prec, mode);
    }

    /** Compares |x| and |y|. */
    static int compareMagnitudes(BigInteger xm, long xe, BigInteger ym, long ye) {
        if (xe != ye) {
            return xe < ye ? -1 : 1;
        }
        int shift = xm.bitLength() - ym.bitLength();
        return shift >= 0 ? xm.compareTo(ym.shiftLeft(shift)) : xm.shiftLeft(-shift).compareTo(ym);
    }

    /**
     * The square root of 0.m * 2**e to prec bits, by Go's method so that the same bits come out: the mantissa in
     * [0.25, 2), Newton's iteration for its inverse square root from a float64 start, doubling the precision from 53
     * until it reaches prec + 32 bits, a multiplication by the mantissa rounded in mode, and half the exponent back.
     */
    static Result sqrt(BigInteger m, long e, long prec, int mode) {
        int adjust = (int) (e % 2); // Java's % truncates like Go's
        Exact x = Exact.of(m, adjust);
        double xf = BinaryRounding.toDouble(x.m, x.lsb).value();
        BigInteger[] start = BinaryRounding.ofDouble(1 / Math.sqrt(xf));
        // Go's start is a Float of precision 53 (its temporaries are made without a precision, and SetFloat64
        // gives them 53), which doubles from there
        Exact t = new Exact(start[0], start[1].longValue());
        Exact three = new Exact(BigInteger.valueOf(3), 0);
        for (long p = 53; p < prec + 32;) {
            p *= 2;
            int tp = (int) Math.min(p, Integer.MAX_VALUE);
            Exact u = t.times(t).rounded(tp);
            u = x.times(u).rounded(tp);
            Exact v = three.plus(u.negate()).rounded(tp);
            u = t.times(v).rounded(tp);
            t = new Exact(u.m, u.lsb - 1);
        }
        Exact product = x.times(t);
        Result r = round(false, product.m, product.lsb, false, prec, mode);
        if (r.form != FINITE) {
            return r;
        }
        // the halved exponent goes back on exactly; Go reports such a result as exact
        long exp = r.exp + e / 2;
        if (exp < MIN_EXP) {
            return new Result(ZERO, null, 0, -1);
        }
        if (exp > MAX_EXP) {
            return new Result(INF, null, 0, 1);
        }
        return new Result(FINITE, r.mant, exp, 0);
    }
}
