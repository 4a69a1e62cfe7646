package gosub.language.stdlib.big;

import java.math.BigInteger;

/**
 * The number theory of big.Int where more than one answer is right and Go's is wanted: the cofactors GCD gives,
 * the sign conventions of Exp and ModInverse, and which of the two square roots ModSqrt finds.
 */
final class IntTheory {
    private static final BigInteger TWO = BigInteger.TWO;

    private IntTheory() {
    }

    /**
     * gcd(a, b) >= 0 with x and y such that gcd = a*x + b*y. The cofactor of a comes from the plain Euclidean
     * recurrence on |a| and |b| (the sequence Lehmer's method reproduces), and y is solved from it.
     */
    static BigInteger[] gcd(BigInteger a, BigInteger b) {
        if (a.signum() == 0 || b.signum() == 0) {
            BigInteger g = a.signum() == 0 ? b.abs() : a.abs();
            BigInteger x = a.signum() == 0 ? BigInteger.ZERO : BigInteger.valueOf(a.signum());
            BigInteger y = b.signum() == 0 ? BigInteger.ZERO : BigInteger.valueOf(b.signum());
            return new BigInteger[] {g, x, y};
        }
        BigInteger r0 = a.abs();
        BigInteger r1 = b.abs();
        BigInteger s0 = BigInteger.ONE; // cofactor of |a| for r0
        BigInteger s1 = BigInteger.ZERO;
        if (r0.compareTo(r1) < 0) {
            BigInteger t = r0;
            r0 = r1;
            r1 = t;
            s0 = BigInteger.ZERO;
            s1 = BigInteger.ONE;
        }
        while (r1.signum() != 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            r0 = r1;
            r1 = qr[1];
            BigInteger s = s0.subtract(qr[0].multiply(s1));
            s0 = s1;
            s1 = s;
        }
        BigInteger x = a.signum() < 0 ? s0.negate() : s0;
        // y = (g - a*x) / b, which is exact; Go divides with Euclidean division, the same for an exact quotient
        BigInteger y = r0.subtract(a.multiply(x)).divide(b);
        return new BigInteger[] {r0, x, y};
    }

    /** The inverse of g modulo |n| in [0, |n|), or null when they are not coprime (Go's ModInverse). */
    static BigInteger modInverse(BigInteger g, BigInteger n) {
        BigInteger m = n.abs();
        BigInteger base = g;
        if (g.signum() < 0) {
            if (m.signum() == 0) {
                throw BigNatives.panic("division by zero");
            }
            base = g.mod(m);
        }
        BigInteger[] r = gcd(base, m);
        if (!r[0].equals(BigInteger.ONE)) {
            return null;
        }
        return r[1].signum() < 0 ? r[1].add(m) : r[1];
    }

    /**
     * x**y mod |m| as Go's Int.Exp gives it (m null or 0: no modulus); null when y < 0 and x has no inverse. A
     * negative exponent works on x's inverse, but the sign rule looks at the x given: a negative x to an odd power
     * comes out as |m| minus the power of the magnitudes.
     */
    static BigInteger exp(BigInteger x, BigInteger y, BigInteger m) {
        boolean noModulus = m == null || m.signum() == 0;
        BigInteger base = x.abs();
        if (y.signum() < 0) {
            if (noModulus) {
                return BigInteger.ONE;
            }
            BigInteger inverse = modInverse(x, m);
            if (inverse == null) {
                return null;
            }
            base = inverse;
        }
        BigInteger e = y.abs();
        BigInteger r;
        if (noModulus) {
            if (e.signum() == 0) {
                r = BigInteger.ONE;
            } else if (base.signum() == 0 || base.equals(BigInteger.ONE)) {
                r = base;
            } else {
                if (e.bitLength() > 31) {
                    throw BigNatives.panic("unsupported: math/big.Int.Exp with an exponent of " + e.bitLength()
                                    + " bits and no modulus (the result would not fit in memory)");
                }
                r = base.pow(e.intValueExact());
            }
        } else {
            BigInteger mod = m.abs();
            r = mod.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(e, mod);
        }
        if (r.signum() != 0 && x.signum() < 0 && e.testBit(0)) {
            r = noModulus ? r.negate() : m.abs().subtract(r);
        }
        return r;
    }

    /** The Jacobi symbol (x/y) for odd y, with Go's sign rule for negative y. */
    static int jacobi(BigInteger x, BigInteger y) {
        int j = 1;
        BigInteger n = y;
        if (n.signum() < 0) {
            if (x.signum() < 0) {
                j = -1;
            }
            n = n.negate();
        }
        BigInteger a = x.mod(n);
        while (true) {
            if (n.equals(BigInteger.ONE)) {
                return j;
            }
            if (a.signum() == 0) {
                return 0;
            }
            int twos = a.getLowestSetBit();
            if ((twos & 1) != 0) {
                int n8 = n.intValue() & 7;
                if (n8 == 3 || n8 == 5) {
                    j = -j;
                }
            }
            a = a.shiftRight(twos);
            // quadratic reciprocity: a flip when both are 3 mod 4
            if ((n.intValue() & 3) == 3 && (a.intValue() & 3) == 3) {
                j = -j;
            }
            BigInteger t = n.mod(a);
            n = a;
            a = t;
        }
    }

    /**
     * A square root of x modulo the odd prime p, or null if x is no square: p = 3 mod 4 by one power, p = 5 mod 8
     * by Atkin's formula, others by Tonelli and Shanks from the smallest non-residue, as Go picks the root.
     */
    static BigInteger modSqrt(BigInteger x, BigInteger p) {
        int symbol = jacobi(x, p);
        if (symbol < 0) {
            return null;
        }
        if (symbol == 0) {
            return BigInteger.ZERO;
        }
        BigInteger a = x.signum() < 0 || x.compareTo(p) >= 0 ? x.mod(p) : x;
        int low = p.intValue();
        if ((low & 3) == 3) {
            return exp(a, p.add(BigInteger.ONE).shiftRight(2), p);
        }
        if ((low & 7) == 5) {
            BigInteger twoA = a.shiftLeft(1);
            BigInteger alpha = exp(twoA, p.shiftRight(3), p);
            BigInteger beta = alpha.multiply(alpha).mod(p).multiply(twoA).mod(p).subtract(BigInteger.ONE);
            return beta.multiply(a).mod(p).multiply(alpha).mod(p);
        }
        BigInteger pMinus1 = p.subtract(BigInteger.ONE);
        int e = pMinus1.getLowestSetBit();
        BigInteger s = pMinus1.shiftRight(e);
        BigInteger nonResidue = TWO;
        while (jacobi(nonResidue, p) != -1) {
            nonResidue = nonResidue.add(BigInteger.ONE);
        }
        BigInteger root = exp(a, s.add(BigInteger.ONE).shiftRight(1), p);
        BigInteger b = exp(a, s, p);
        BigInteger g = exp(nonResidue, s, p);
        int r = e;
        while (true) {
            int m = 0;
            BigInteger t = b;
            while (!t.equals(BigInteger.ONE)) {
                t = t.multiply(t).mod(p);
                m++;
            }
            if (m == 0) {
                return root;
            }
            BigInteger step = exp(g, BigInteger.ZERO.setBit(r - m - 1), p);
            g = step.multiply(step).mod(p);
            root = root.multiply(step).mod(p);
            b = b.multiply(g).mod(p);
            r = m;
        }
    }

    /** The product of the integers from a to b, as Go's MulRange: 1 for an empty range, 0 when it spans zero. */
    static BigInteger mulRange(long a, long b) {
        if (a > b) {
            return BigInteger.ONE;
        }
        if (a <= 0 && b >= 0) {
            return BigInteger.ZERO;
        }
        if (b < 0) {
            BigInteger m = productOf(-b, -a);
            return ((b - a) & 1) == 0 ? m.negate() : m;
        }
        return productOf(a, b);
    }

    /** lo * ... * hi for 0 < lo <= hi, in a balanced tree so that the factors stay of like size. */
    private static BigInteger productOf(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger p = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi && i > 0; i++) {
                p = p.multiply(BigInteger.valueOf(i));
            }
            return p;
        }
        long mid = lo + (hi - lo) / 2;
        return productOf(lo, mid).multiply(productOf(mid + 1, hi));
    }
}
