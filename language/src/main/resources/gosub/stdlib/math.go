// Package math is gosub's floating-point library. Every function gives the bits Go 1.19 gives on amd64: each one
// implements the published algorithm behind Go's result (Cephes for most elementary functions, FreeBSD's msun,
// which grew out of Sun's fdlibm, for the rest, Payne and Hanek's reduction for huge trigonometric arguments)
// with the same coefficients, and performs the same rounding steps in the same order. Constants and coefficient
// tables are facts shared with those sources; the code and its comments are gosub's own.
//
// Functions without a body are natives (gosub.language.stdlib.math.MathNatives): those Go computes with a single
// instruction or hand-written amd64 assembly, and exact operations Java provides.
package math

// Float64bits returns the IEEE 754 bits of f.
func Float64bits(f float64) uint64

// Float64frombits returns the float64 whose IEEE 754 bits are b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 bits of f.
func Float32bits(f float32) uint32

// Float32frombits returns the float32 whose IEEE 754 bits are b.
func Float32frombits(b uint32) float32

// Abs returns |x|: the sign bit cleared, so Abs(±Inf) = +Inf and a NaN stays a NaN.
func Abs(x float64) float64

// Sqrt returns the correctly rounded square root of x: Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, NaN for x < 0 or NaN.
func Sqrt(x float64) float64

// Floor returns the largest integer not above x; integers, ±0, ±Inf and NaN come back unchanged.
func Floor(x float64) float64

// Ceil returns the smallest integer not below x; integers, ±0, ±Inf and NaN come back unchanged.
func Ceil(x float64) float64

// Trunc returns x with its fraction dropped (rounded toward zero); integers, ±0, ±Inf and NaN come back unchanged.
func Trunc(x float64) float64

// FMA returns x*y + z rounded once, as IEEE 754's fusedMultiplyAdd.
func FMA(x, y, z float64) float64

// Max returns the larger of x and y. +Inf wins over anything, NaN over the rest, and +0 over -0.
func Max(x, y float64) float64

// Min returns the smaller of x and y. -Inf wins over anything, NaN over the rest, and -0 over +0.
func Min(x, y float64) float64

// Exp returns e^x: Exp(+Inf) = +Inf, Exp(-Inf) = 0, NaN for NaN; it overflows to +Inf above about 709.78 and
// underflows to 0 below about -745.13.
func Exp(x float64) float64

// Log returns the natural logarithm of x: Log(+Inf) = +Inf, Log(±0) = -Inf, NaN for x < 0 or NaN.
func Log(x float64) float64

// Hypot returns Sqrt(p*p + q*q) without overflowing or underflowing in between: an infinite argument gives +Inf
// (even with a NaN beside it), otherwise a NaN gives NaN.
func Hypot(p, q float64) float64

// Mod returns the remainder of x/y truncated toward zero: exact, with the sign of x. Mod(±Inf, y), Mod(x, 0) and a
// NaN argument give NaN; Mod(x, ±Inf) = x.
func Mod(x, y float64) float64

// Remainder returns IEEE 754's remainder x - n*y, n being x/y rounded to the nearest integer (to even on ties):
// exact, and a zero result has the sign of x. Remainder(±Inf, y), Remainder(x, 0) and a NaN argument give NaN;
// Remainder(x, ±Inf) = x.
func Remainder(x, y float64) float64

// reduceHuge is Payne and Hanek's reduction of x ≥ 2^29 by π/4 (MathNatives): x = (8k + j)·π/4 + z with j even and
// |z| ≤ π/4.
func reduceHuge(x float64) (j uint64, z float64)

// Mathematical constants, with more digits than any float type holds (OEIS A001113, A000796, A001622, A002193,
// A019774, A002161, A139339, A002162, A002392).
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE = 1.64872127070012814684865078781416357165377610071014801157507931

	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2  = 0.693147180559945309417232121458176568075500134360255254120680009
	Ln10 = 2.30258509299404568401799145468436420760110148862877297603332790

	Log2E  = 1 / Ln2
	Log10E = 1 / Ln10
)

// The largest finite values and the smallest positive (subnormal) values of the float types.
const (
	MaxFloat32             = 0x1.fffffep127
	SmallestNonzeroFloat32 = 0x1p-149
	MaxFloat64             = 0x1.fffffffffffffp1023
	SmallestNonzeroFloat64 = 0x1p-1074
)

// The ranges of the integer types (int and uint have 64 bits in gosub).
const (
	MaxInt8, MinInt8   = 127, -128
	MaxInt16, MinInt16 = 32767, -32768
	MaxInt32, MinInt32 = 2147483647, -2147483648
	MaxInt64, MinInt64 = 9223372036854775807, -9223372036854775808
	MaxInt, MinInt     = MaxInt64, MinInt64

	MaxUint8, MaxUint16, MaxUint32 = 255, 65535, 4294967295
	MaxUint64                      = 18446744073709551615
	MaxUint                        = MaxUint64
)

// The layout of a float64: a sign bit, 11 exponent bits biased by 1023, 52 fraction bits.
const (
	fracBits  = 52
	expField  = 0x7FF
	expBias   = 1023
	signBit   = 1 << 63
	fracField = 1<<fracBits - 1
	infBits   = expField << fracBits
	goNaNBits = 0x7FF8000000000001 // the quiet NaN that NaN returns
)

// Inf returns +Inf for sign >= 0 and -Inf for sign < 0.
func Inf(sign int) float64 {
	if sign < 0 {
		return Float64frombits(signBit | infBits)
	}
	return Float64frombits(infBits)
}

// NaN returns a quiet "not a number", always with the same bits.
func NaN() float64 { return Float64frombits(goNaNBits) }

// IsNaN reports whether f is a NaN, the one value that is not equal to itself.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0), or either infinity (sign == 0).
func IsInf(f float64, sign int) bool {
	switch {
	case sign > 0:
		return f > MaxFloat64
	case sign < 0:
		return f < -MaxFloat64
	}
	return f > MaxFloat64 || f < -MaxFloat64
}

// infWithSign returns +Inf or -Inf, the sign that of x.
func infWithSign(x float64) float64 { return Copysign(Inf(1), x) }

// Signbit reports whether the sign bit of x is set: true for negative numbers, -0 and NaNs with the bit.
func Signbit(x float64) bool { return Float64bits(x)>>63 == 1 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	magnitude := Float64bits(f) &^ signBit
	return Float64frombits(magnitude | Float64bits(sign)&signBit)
}

// unsign returns -x and true for x < 0, x and false otherwise: unlike Abs, it leaves -0 and NaNs as they are, which
// the formulas below rely on for the sign of a zero result and the bits of a NaN one.
func unsign(x float64) (float64, bool) {
	if x < 0 {
		return -x, true
	}
	return x, false
}

// Dim returns x-y if that is positive and 0 otherwise; Dim(+Inf, +Inf), Dim(-Inf, -Inf) and NaNs give NaN.
func Dim(x, y float64) float64 {
	d := x - y
	if d > 0 || d != d {
		return d
	}
	return 0
}

// decompose returns the bits of x, a finite non-zero number, with a subnormal x first scaled by 2^52 into the
// normal range, and the binary exponent of x: |x| = 1.f × 2^exp.
func decompose(x float64) (b uint64, exp int) {
	if Abs(x) < 0x1p-1022 {
		x *= 0x1p52
		exp = -52
	}
	b = Float64bits(x)
	return b, exp + int(b>>fracBits&expField) - expBias
}

// withExponent returns the bits b (of a normal number) with the biased exponent field set to e.
func withExponent(b uint64, e int) float64 {
	return Float64frombits(b&^(expField<<fracBits) | uint64(e)<<fracBits)
}

// Frexp splits f into a fraction in [½, 1) and a power of two, f = frac × 2^exp. ±0, ±Inf and NaN come back as
// they are, with exp 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f-f != 0 {
		return f, 0
	}
	b, e := decompose(f)
	return withExponent(b, expBias-1), e + 1
}

// Ldexp returns frac × 2^exp, rounded once when the result is subnormal, ±0 or ±Inf beyond the range; ±0, ±Inf
// and NaN come back as they are.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || frac-frac != 0 {
		return frac
	}
	b, e := decompose(frac)
	e += exp
	switch {
	case e < -1075:
		return Copysign(0, frac)
	case e > 1023:
		return infWithSign(frac)
	case e < -1022:
		// a subnormal result: build it 2^53 times too large, then let one multiplication round it
		return 0x1p-53 * withExponent(b, e+53+expBias)
	}
	return withExponent(b, e+expBias)
}

// Ilogb returns the binary exponent of x as an int: MinInt32 for ±0, MaxInt32 for ±Inf and NaN.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case x-x != 0:
		return MaxInt32
	}
	_, e := decompose(x)
	return e
}

// Logb returns the binary exponent of x as a float64: -Inf for ±0, +Inf for ±Inf, NaN for NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case x != x:
		return x
	case x-x != 0:
		return Inf(1)
	}
	_, e := decompose(x)
	return float64(e)
}

// Modf splits f into an integer and a fraction, both with the sign of f: Modf(±Inf) = ±Inf, NaN and
// Modf(NaN) = NaN, NaN.
func Modf(f float64) (int float64, frac float64) {
	switch {
	case f < 0:
		int, frac = Modf(-f)
		return -int, -frac
	case f < 1:
		return Copysign(0, f), f
	}
	int = Trunc(f)
	return int, f - int
}

// Round returns the integer nearest to x, halfway cases rounded away from zero; ±0, ±Inf and NaN come back as
// they are.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		return t + Copysign(1, x)
	}
	return t
}

// RoundToEven returns the integer nearest to x, halfway cases rounded to the even one; ±0, ±Inf and NaN come back
// as they are.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Mod(t, 2) != 0 {
		return t + Copysign(1, x)
	}
	return t
}

// Nextafter returns the float64 next to x in the direction of y: x itself if x == y, NaN if either is NaN.
func Nextafter(x, y float64) (r float64) {
	switch {
	case x != x || y != y:
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	}
	// floats of one sign are ordered like their bit patterns: one step up moves away from zero
	if (y > x) == (x > 0) {
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the float32 next to x in the direction of y: x itself if x == y, NaN if either is NaN.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	}
	if (y > x) == (x > 0) {
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}

// horner evaluates the polynomial with coefficients c, highest degree first, at x by Horner's rule.
func horner(x float64, c []float64) float64 {
	p := c[0]
	for _, k := range c[1:] {
		p = p*x + k
	}
	return p
}

// The powers of ten Pow10 multiplies: 10^0 … 10^31, and 10^(32k) and 10^(-32k).
var (
	tens       = [32]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31}
	bigTens    = [10]float64{1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}
	smallTens  = [11]float64{1e0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}
)

// Pow10 returns 10^n: 0 below n = -323 and +Inf above n = 308.
func Pow10(n int) float64 {
	switch {
	case n > 308:
		return Inf(1)
	case n >= 0:
		return bigTens[n/32] * tens[n%32]
	case n >= -323:
		return smallTens[-n/32] / tens[-n%32]
	}
	return 0
}

// ln 2 split in two: ln2Hi has only 32 significant bits, so k·ln2Hi is exact for the k the reductions below use.
const (
	ln2Hi = 6.93147180369123816490e-01
	ln2Lo = 1.90821492927058770002e-10
)

// The Remez polynomial of fdlibm's e_exp.c in r² (highest degree first, without the constant 2): it makes
// r·(e^r+1)/(e^r-1) = 2 + r²·P(r²) good to 2^-59 on |r| ≤ ln2/2.
var expRemez = []float64{
	4.13813679705723846039e-08, -1.65339022054652515390e-06, 6.61375632143793436117e-05,
	-2.77777777770155933842e-03, 1.66666666666666657415e-01,
}

// expTimes2k returns e^r × 2^k for r = hi-lo, |r| ≤ ln2/2, by fdlibm's e_exp.c: with c = r - r²P(r²),
// e^r = 1 + r + r·c/(2-c), arranged so that hi and lo keep their extra precision.
func expTimes2k(hi, lo float64, k int) float64 {
	r := hi - lo
	rr := r * r
	c := r - rr*horner(rr, expRemez)
	er := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(er, k)
}

// Exp2 returns 2^x: Exp2(+Inf) = +Inf, Exp2(-Inf) = 0, NaN for NaN; it overflows to +Inf at 1024 and
// underflows to 0 below -1074.
func Exp2(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > 1.0239999999999999e+03:
		return Inf(1)
	case x < -1074:
		return 0
	}
	// 2^x = 2^k × e^(r·ln2), k the integer nearest to x
	k := 0
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	r := x - float64(k)
	return expTimes2k(r*ln2Hi, -r*ln2Lo, k)
}

// The polynomial of fdlibm's s_expm1.c in x²/2 (highest degree first, constant term 1).
var expm1Poly = []float64{
	-2.01099218183624371326e-07, 4.00821782732936239552e-06, -7.93650757867487942473e-05,
	1.58730158725481460165e-03, -3.33333333333331316428e-02, 1,
}

// addToExponent returns y × 2^k by adding k to the exponent field of y, which must stay in range.
func addToExponent(y float64, k int) float64 {
	return Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
}

// Expm1 returns e^x - 1, accurate also where e^x is near 1: Expm1(+Inf) = +Inf, Expm1(-Inf) = -1, NaN for NaN.
// It is FreeBSD msun's s_expm1.c: x = k·ln2 + r, and e^r - 1 from a rational approximation in r.
func Expm1(x float64) float64 {
	const (
		overflow   = 7.09782712893383973096e+02 // above: +Inf
		ln2Times56 = 3.88162421113569373274e+01 // below its negative: -1 to double precision
		ln2Half    = 3.46573590279972654709e-01
		ln2Half3   = 1.03972077083991796413e+00
		invLn2     = 1.44269504088896338700e+00
	)
	switch {
	case x != x:
		return x
	case x >= overflow:
		return Inf(1)
	case x <= -ln2Times56:
		return -1
	}
	a := Abs(x)
	if a < 0x1p-54 {
		return x
	}
	k := 0
	c := 0.0 // the rounding error of r = hi - lo
	if a > ln2Half {
		switch {
		case a < ln2Half3 && x > 0:
			k = 1
		case a < ln2Half3:
			k = -1
		case x > 0:
			k = int(invLn2*x + 0.5)
		default:
			k = int(invLn2*x - 0.5)
		}
		t := float64(k)
		hi := x - t*ln2Hi
		lo := t * ln2Lo
		x = hi - lo
		c = (hi - x) - lo
	}
	// e^r - 1 = r + r²/2 + corr, with corr from fdlibm's rational function of r²/2
	half := 0.5 * x
	halfSq := x * half
	r1 := horner(halfSq, expm1Poly)
	t := 3 - r1*half
	corr := halfSq * ((r1 - t) / (6 - x*t))
	if k == 0 {
		return x - (x*corr - halfSq)
	}
	corr = x*(corr-c) - c
	corr -= halfSq
	switch {
	case k == -1:
		return 0.5*(x-corr) - 0.5
	case k == 1 && x < -0.25:
		return -2 * (corr - (x + 0.5))
	case k == 1:
		return 1 + 2*(x-corr)
	case k <= -2 || k > 56:
		return addToExponent(1-(corr-x), k) - 1
	case k < 20:
		oneLess := Float64frombits(0x3ff0000000000000 - 0x20000000000000>>uint(k)) // 1 - 2^-k
		return addToExponent(oneLess-(corr-x), k)
	}
	y := x - (corr + Float64frombits(uint64(expBias-k)<<fracBits))
	y++
	return addToExponent(y, k)
}

// Log10 returns the decimal logarithm of x, with the special cases of Log.
func Log10(x float64) float64 { return (1 / Ln10) * Log(x) }

// Log2 returns the binary logarithm of x, with the special cases of Log; it is exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return float64(exp) + Log(frac)*(1/Ln2)
}

// The polynomial of fdlibm's log in s² (highest degree first).
var log1pPoly = []float64{
	1.479819860511658591e-01, 1.531383769920937332e-01, 1.818357216161805012e-01,
	2.222219843214978396e-01, 2.857142874366239149e-01, 3.999999999940941908e-01,
	6.666666666666735130e-01,
}

// Log1p returns ln(1+x), accurate also for x near 0: Log1p(+Inf) = +Inf, Log1p(±0) = ±0, Log1p(-1) = -Inf, NaN
// for x < -1 or NaN. It is FreeBSD msun's s_log1p.c: 1+x = 2^k·(1+f) with √2/2 ≤ 1+f < √2, then log(1+f) from
// s = f/(2+f) as fdlibm's log does, with c correcting the rounding of 1+x.
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01  // √2 - 1
		sqrt2HalfM1 = -2.928932188134524755992e-01 // √2/2 - 1
		sqrt2Frac   = 0x0006a09e667f3bcd           // the fraction bits of √2
	)
	switch {
	case x < -1 || x != x:
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	a := Abs(x)
	switch {
	case a < 0x1p-54:
		return x
	case a < 0x1p-29:
		return x - x*x*0.5
	}
	var f, c float64
	k := 0
	fracBitsOf1px := uint64(1) // zero when f is tiny enough for the short series
	if !(a < sqrt2M1 && x > sqrt2HalfM1) {
		u := x
		if a < 0x1p53 {
			u = 1.0 + x
			// the rounding error of u, relative to u
			if u >= 2 {
				c = (1.0 - (u - x)) / u
			} else {
				c = (x - (u - 1.0)) / u
			}
		}
		b := Float64bits(u)
		k = int(b>>fracBits) - expBias
		fracBitsOf1px = b & fracField
		if fracBitsOf1px < sqrt2Frac {
			u = Float64frombits(fracBitsOf1px | expBias<<fracBits)
		} else {
			k++
			u = Float64frombits(fracBitsOf1px | (expBias-1)<<fracBits)
			fracBitsOf1px = (1<<fracBits - fracBitsOf1px) >> 2
		}
		f = u - 1.0
	} else {
		f = x
	}
	hfsq := 0.5 * f * f
	kf := float64(k)
	if fracBitsOf1px == 0 {
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += kf * ln2Lo
			return kf*ln2Hi + c
		}
		r := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - r
		}
		return kf*ln2Hi - ((r - (kf*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	ss := s * s
	r := ss * horner(ss, log1pPoly)
	if k == 0 {
		return f - (hfsq - s*(hfsq+r))
	}
	return kf*ln2Hi - ((hfsq - (s*(hfsq+r) + (kf*ln2Lo + c))) - f)
}

// Cbrt returns the cube root of x; ±0, ±Inf and NaN come back as they are. It is fdlibm's s_cbrt.c: a first
// guess good to 5 bits from the exponent bits divided by 3, a rational step to 23 bits, then, rounded to an exact
// square, one Newton step to 53 bits.
func Cbrt(x float64) float64 {
	const (
		bias1 = 715094163 // (682 - 0.03306235651) × 2^20
		bias2 = 696219795 // (664 - 0.03306235651) × 2^20, for subnormals scaled by 2^54
		c     = 5.42857142857142815906e-01  // 19/35
		d     = -7.05306122448979611050e-01 // -864/1225
		e     = 1.41428571428571436819e+00  // 99/70
		f     = 1.60714285714285720630e+00  // 45/28
		g     = 3.57142857142857150787e-01  // 5/14
	)
	if x == 0 || x-x != 0 {
		return x
	}
	a, neg := unsign(x)
	var t float64
	if a < 0x1p-1022 {
		t = Float64frombits(Float64bits(0x1p54*a)/3 + bias2<<32)
	} else {
		t = Float64frombits(Float64bits(a)/3 + bias1<<32)
	}
	r := t * t / a
	s := c + r*t
	t *= g + f/(s+e+d/s)
	// clear the low 30 bits, rounding up, so that t*t below is exact
	t = Float64frombits(Float64bits(t)&^(1<<30-1) + 1<<30)
	q := a / (t * t)
	t += t * ((q - t) / (t + t + q))
	if neg {
		return -t
	}
	return t
}

// oddInteger reports whether x is an odd integer; from 2^53 on every float64 is even.
func oddInteger(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false
	}
	i, f := Modf(x)
	return f == 0 && int64(i)&1 == 1
}

// powBeyond is x^y for |y| so large that only 0, 1 and +Inf remain: 1 for x = -1, 0 when |x| < 1 and y > 0 or
// |x| > 1 and y < 0, +Inf otherwise.
func powBeyond(x, y float64) float64 {
	switch {
	case x == -1:
		return 1
	case (y > 0) == (Abs(x) < 1):
		return 0
	}
	return Inf(1)
}

// Pow returns x^y, with the special cases of IEEE 754-2008 (§9.2.1) and C99: Pow(x, ±0) and Pow(1, y) are 1 for
// every x and y; Pow(x, 1) = x; otherwise a NaN gives NaN; ±0 to a negative odd integer is ±Inf and to another
// negative power +Inf; ±0 to a positive odd integer is ±0 and to another positive power +0; Pow(-1, ±Inf) = 1;
// |x| < 1 to +Inf and |x| > 1 to -Inf give +0, the other way round +Inf; (-Inf)^y is (-0)^-y; (+Inf)^y is +Inf
// for y > 0 and +0 for y < 0; a negative finite x to a finite non-integer power is NaN.
//
// The integer part of |y| is done by repeated squaring of x's fraction with its exponent kept in an int (so
// nothing overflows on the way), the fractional part as Exp(yf·Log(x)), and Ldexp puts the exponent back.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case x != x || y != y:
		return NaN()
	case x == 0 && y < 0:
		if oddInteger(y) {
			return infWithSign(x)
		}
		return Inf(1)
	case x == 0:
		if oddInteger(y) {
			return x
		}
		return 0
	case IsInf(y, 0):
		return powBeyond(x, y)
	case IsInf(x, -1):
		return Pow(1/x, -y)
	case IsInf(x, 1) && y < 0:
		return 0
	case IsInf(x, 1):
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	whole, part := Modf(Abs(y))
	if part != 0 && x < 0 {
		return NaN()
	}
	if whole >= 1<<63 {
		return powBeyond(x, y)
	}
	// x^|y| = acc × 2^accExp
	acc, accExp := 1.0, 0
	if part != 0 {
		// keep the fraction within ±½ for the accuracy of Exp
		if part > 0.5 {
			part--
			whole++
		}
		acc = Exp(part * Log(x))
	}
	frac, exp := Frexp(x)
	for n := int64(whole); n != 0; n >>= 1 {
		if exp < -1<<12 || exp > 1<<12 {
			// the exponent alone already leaves the float64 range: Ldexp will give 0 or Inf
			accExp += exp
			break
		}
		if n&1 == 1 {
			acc *= frac
			accExp += exp
		}
		frac *= frac
		exp <<= 1
		if frac < .5 {
			frac += frac
			exp--
		}
	}
	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}

// Cephes' sine and cosine polynomials (highest degree first) for |z| ≤ π/4: sin z = z + z³·S(z²) and
// cos z = 1 - z²/2 + z⁴·C(z²).
var sinPoly = []float64{
	1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
	-1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1,
}
var cosPoly = []float64{
	-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
	2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2,
}

// reduceQuarterPi writes |x| = (8k + j)·π/4 + z with j even and |z| ≤ π/4. Below 2^29 it subtracts j·π/4 with π/4
// in three parts (Cody and Waite), the first two short enough for exact products; above, Payne–Hanek.
func reduceQuarterPi(x float64) (j uint64, z float64) {
	const (
		pi4a = 7.85398125648498535156e-1  // π/4 = pi4a + pi4b + pi4c
		pi4b = 3.77489470793079817668e-8  //
		pi4c = 2.69515142907905952645e-15 //
	)
	if x >= 1<<29 {
		return reduceHuge(x)
	}
	j = uint64(x * (4 / Pi))
	j += j & 1
	y := float64(j)
	return j & 7, ((x - y*pi4a) - y*pi4b) - y*pi4c
}

// onCircle returns sin(q·π/2 + z) for |z| ≤ π/4: the sine or cosine polynomial, sign by quadrant.
func onCircle(q uint64, z float64) float64 {
	zz := z * z
	switch q & 3 {
	case 0:
		return z + z*zz*horner(zz, sinPoly)
	case 1:
		return 1.0 - 0.5*zz + zz*zz*horner(zz, cosPoly)
	case 2:
		return -(z + z*zz*horner(zz, sinPoly))
	}
	return -(1.0 - 0.5*zz + zz*zz*horner(zz, cosPoly))
}

// Sin returns the sine of x (radians): Sin(±0) = ±0, NaN for ±Inf and NaN. The algorithm is Cephes' sin.c.
func Sin(x float64) float64 {
	switch {
	case x == 0 || x != x:
		return x
	case IsInf(x, 0):
		return NaN()
	}
	a, neg := unsign(x)
	j, z := reduceQuarterPi(a)
	s := onCircle(j/2, z)
	if neg {
		return -s
	}
	return s
}

// Cos returns the cosine of x (radians): NaN for ±Inf and NaN. The algorithm is Cephes' sin.c.
func Cos(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return NaN()
	}
	j, z := reduceQuarterPi(Abs(x))
	return onCircle(j/2+1, z)
}

// Sincos returns Sin(x) and Cos(x), reducing x once: Sincos(±0) = ±0, 1 and NaN, NaN for ±Inf and NaN.
func Sincos(x float64) (sin, cos float64) {
	switch {
	case x == 0:
		return x, 1
	case x != x || IsInf(x, 0):
		return NaN(), NaN()
	}
	a, neg := unsign(x)
	j, z := reduceQuarterPi(a)
	sin, cos = onCircle(j/2, z), onCircle(j/2+1, z)
	if neg {
		sin = -sin
	}
	return
}

// Cephes' tangent: tan z = z + z³·P(z²)/Q(z²) on |z| ≤ π/4 (coefficients highest degree first, Q monic).
var tanP = []float64{
	-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7,
}
var tanQ = []float64{
	1, 1.36812963470692954678e4, -1.32089234440210967447e6,
	2.50083801823357915839e7, -5.38695755929454629881e7,
}

// Tan returns the tangent of x (radians): Tan(±0) = ±0, NaN for ±Inf and NaN. The algorithm is Cephes' tan.c.
func Tan(x float64) float64 {
	switch {
	case x == 0 || x != x:
		return x
	case IsInf(x, 0):
		return NaN()
	}
	a, neg := unsign(x)
	j, z := reduceQuarterPi(a)
	t := z
	if zz := z * z; zz > 1e-14 {
		t = z + z*(zz*horner(zz, tanP)/horner(zz, tanQ))
	}
	if j&2 != 0 {
		// an odd quadrant: tan(z + π/2) = -1/tan z
		t = -1 / t
	}
	if neg {
		return -t
	}
	return t
}

// Cephes' arctangent on [0, 0.66]: atan x = x + x·z·P(z)/Q(z), z = x² (highest degree first, Q monic).
var atanP = []float64{
	-8.750608600031904122785e-01, -1.615753718733365076637e+01, -7.500855792314704667340e+01,
	-1.228866684490136173410e+02, -6.485021904942025371773e+01,
}
var atanQ = []float64{
	1, 2.485846490142306297962e+01, 1.650270098316988542046e+02,
	4.328810604912902668951e+02, 4.853903996359136964868e+02, 1.945506571482613964425e+02,
}

// atanKernel is Cephes' rational approximation of atan x for 0 ≤ x ≤ 0.66.
func atanKernel(x float64) float64 {
	z := x * x
	z = z * horner(z, atanP) / horner(z, atanQ)
	return x*z + x
}

// atanNonNeg is atan x for x ≥ 0 (Cephes' atan.c): larger arguments move into the kernel's range with
// atan x = π/4 + atan((x-1)/(x+1)) up to tan 3π/8 and atan x = π/2 - atan(1/x) beyond, π/2 in two parts.
func atanNonNeg(x float64) float64 {
	const (
		tan3Pi8   = 2.41421356237309504880      // 1 + √2
		piOver2Lo = 6.123233995736765886130e-17 // π/2 - float64(π/2)
	)
	switch {
	case x <= 0.66:
		return atanKernel(x)
	case x > tan3Pi8:
		return Pi/2 - atanKernel(1/x) + piOver2Lo
	}
	return Pi/4 + atanKernel((x-1)/(x+1)) + 0.5*piOver2Lo
}

// Atan returns the arctangent of x in radians, in [-π/2, π/2]: Atan(±0) = ±0, Atan(±Inf) = ±π/2.
func Atan(x float64) float64 {
	switch {
	case x == 0:
		return x
	case x > 0:
		return atanNonNeg(x)
	}
	return -atanNonNeg(-x)
}

// Asin returns the arcsine of x in radians: Asin(±0) = ±0, NaN for |x| > 1. It is Cephes' asin.c by way of the
// arctangent of x/√(1-x²), near 1 of its complement.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	a, neg := unsign(x)
	if a > 1 {
		return NaN()
	}
	c := Sqrt(1 - a*a)
	var r float64
	if a > 0.7 {
		r = Pi/2 - atanNonNeg(c/a)
	} else {
		r = atanNonNeg(a / c)
	}
	if neg {
		return -r
	}
	return r
}

// Acos returns the arccosine of x in radians, π/2 - Asin(x): NaN for |x| > 1.
func Acos(x float64) float64 { return Pi/2 - Asin(x) }

// Atan2 returns the angle of the point (x, y) from the positive x axis, in [-π, π], the sign of y deciding the
// result's: a NaN gives NaN; y = ±0 gives ±0 for x > 0 or x = +0 and ±π for x < 0 or x = -0; x = ±0 gives ±π/2;
// for an infinite x, y = ±Inf gives ±π/4 or ±3π/4 and any other y ±0 or ±π; y = ±Inf with a finite x gives ±π/2.
func Atan2(y, x float64) float64 {
	switch {
	case y != y || x != x:
		return NaN()
	case y == 0 && (x > 0 || x == 0 && !Signbit(x)):
		return Copysign(0, y)
	case y == 0:
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 1) && IsInf(y, 0):
		return Copysign(Pi/4, y)
	case IsInf(x, 1):
		return Copysign(0, y)
	case IsInf(x, -1) && IsInf(y, 0):
		return Copysign(Pi*3/4, y)
	case IsInf(x, -1):
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	switch {
	case x > 0:
		return q
	case q <= 0:
		return q + Pi
	}
	return q - Pi
}

// Hart and Cheney's #2029 for sinh on |x| ≤ 0.5: sinh x = x·P(x²)/Q(x²) (highest degree first, Q monic).
var sinhP = []float64{
	-0.2630563213397497062819489e+2, -0.2894211355989563807284660366e+4, -0.8991272022039509355398013511e+5,
	-0.6307673640497716991184787251e+6,
}
var sinhQ = []float64{
	1, -0.173678953558233699533450911e+3, 0.1521517378790019070696485176e+5,
	-0.6307673640497716991212077277e+6,
}

// Sinh returns the hyperbolic sine of x: Sinh(±0) = ±0, Sinh(±Inf) = ±Inf, NaN for NaN.
func Sinh(x float64) float64 {
	a, neg := unsign(x)
	var s float64
	switch {
	case a > 21:
		s = Exp(a) * 0.5
	case a > 0.5:
		e := Exp(a)
		s = (e - 1/e) * 0.5
	default:
		aa := a * a
		s = horner(aa, sinhP) * a / horner(aa, sinhQ)
	}
	if neg {
		return -s
	}
	return s
}

// Cosh returns the hyperbolic cosine of x: Cosh(±0) = 1, Cosh(±Inf) = +Inf, NaN for NaN.
func Cosh(x float64) float64 {
	a := Abs(x)
	e := Exp(a)
	if a > 21 {
		return e * 0.5
	}
	return (e + 1/e) * 0.5
}

// Cephes' tanh for |x| < 0.625: tanh x = x + x³·P(x²)/Q(x²) (highest degree first, Q monic).
var tanhP = []float64{
	-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3,
}
var tanhQ = []float64{
	1, 1.12811678491632931402e2, 2.23548839060100448583e3,
	4.84406305325125486048e3,
}

// Tanh returns the hyperbolic tangent of x: Tanh(±0) = ±0, Tanh(±Inf) = ±1, NaN for NaN. It is Cephes' tanh.c.
func Tanh(x float64) float64 {
	const maxLog = 8.8029691931113054295988e+01 // ln 2^127
	a := Abs(x)
	switch {
	case a > 0.5*maxLog:
		return Copysign(1, x)
	case a >= 0.625:
		t := 1 - 2/(Exp(2*a)+1)
		if x < 0 {
			return -t
		}
		return t
	case x == 0:
		return x
	}
	s := x * x
	return x + x*s*horner(s, tanhP)/horner(s, tanhQ)
}

// Asinh returns the inverse hyperbolic sine of x: ±0, ±Inf and NaN come back as they are. It follows FreeBSD
// msun's s_asinh.c: ln 2x for huge x, ln(2x + 1/(√(x²+1)+x)) above 2, Log1p of a cancellation-free form below.
func Asinh(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return x
	}
	a, neg := unsign(x)
	var r float64
	switch {
	case a > 1<<28:
		r = Log(a) + Ln2
	case a > 2:
		r = Log(2*a + 1/(Sqrt(a*a+1)+a))
	case a < 0x1p-28:
		r = a
	default:
		r = Log1p(a + a*a/(1+Sqrt(1+a*a)))
	}
	if neg {
		return -r
	}
	return r
}

// Acosh returns the inverse hyperbolic cosine of x: Acosh(1) = 0, Acosh(+Inf) = +Inf, NaN for x < 1 and NaN. It
// follows FreeBSD msun's e_acosh.c, as Asinh does.
func Acosh(x float64) float64 {
	switch {
	case x < 1 || x != x:
		return NaN()
	case x == 1:
		return 0
	case x >= 1<<28:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x: Atanh(±0) = ±0, Atanh(±1) = ±Inf, NaN for |x| > 1 and NaN.
// It follows FreeBSD msun's e_atanh.c: ½·Log1p(2x/(1-x)), rearranged below ½ to keep precision.
func Atanh(x float64) float64 {
	switch {
	case x < -1 || x > 1 || x != x:
		return NaN()
	case x == 1 || x == -1:
		return infWithSign(x)
	}
	a, neg := unsign(x)
	var r float64
	switch {
	case a < 0x1p-28:
		r = a
	case a < 0.5:
		twice := a + a
		r = 0.5 * Log1p(twice+twice*a/(1-a))
	default:
		r = 0.5 * Log1p((a+a)/(1-a))
	}
	if neg {
		return -r
	}
	return r
}

// The rational approximations of FreeBSD msun's s_erf.c (coefficients highest degree first). On |x| < 0.84375:
// erf x = x + x·P(x²)/Q(x²).
var erfP = []float64{
	-2.37630166566501626084e-05, -5.77027029648944159157e-03, -2.84817495755985104766e-02,
	-3.25042107247001499370e-01, 1.28379167095512558561e-01,
}
var erfQ = []float64{
	-3.96022827877536812320e-06, 1.32494738004321644526e-04, 5.08130628187576562776e-03,
	6.50222499887672944485e-02, 3.97917223959155352819e-01, 1,
}

// On 0.84375 ≤ |x| < 1.25, with s = |x|-1: erf |x| = erx + P(s)/Q(s).
var erfNearOneP = []float64{
	-2.16637559486879084300e-03, 3.54783043256182359371e-02, -1.10894694282396677476e-01,
	3.18346619901161753674e-01, -3.72207876035701323847e-01, 4.14856118683748331666e-01,
	-2.36211856075265944077e-03,
}
var erfNearOneQ = []float64{
	1.19844998467991074170e-02, 1.36370839120290507362e-02, 1.26171219808761642112e-01,
	7.18286544141962662868e-02, 5.40397917702171048937e-01, 1.06420880400844228286e-01,
	1,
}

// On 1.25 ≤ |x| < 1/0.35 and from there on, with s = 1/x²: erfc |x| = exp(-x² - 0.5625 + R(s)/S(s))/|x|.
var erfcMidR = []float64{
	-9.81432934416914548592e+00, -8.12874355063065934246e+01, -1.84605092906711035994e+02,
	-1.62396669462573470355e+02, -6.23753324503260060396e+01, -1.05586262253232909814e+01,
	-6.93858572707181764372e-01, -9.86494403484714822705e-03,
}
var erfcMidS = []float64{
	-6.04244152148580987438e-02, 6.57024977031928170135e+00, 1.08635005541779435134e+02,
	4.29008140027567833386e+02, 6.45387271733267880336e+02, 4.34565877475229228821e+02,
	1.37657754143519042600e+02, 1.96512716674392571292e+01, 1,
}
var erfcFarR = []float64{
	-4.83519191608651397019e+02, -1.02509513161107724954e+03, -6.37566443368389627722e+02,
	-1.60636384855821916062e+02, -1.77579549177547519889e+01, -7.99283237680523006574e-01,
	-9.86494292470009928597e-03,
}
var erfcFarS = []float64{
	-2.24409524465858183362e+01, 4.74528541206955367215e+02, 2.55305040643316442583e+03,
	3.19985821950859553908e+03, 1.53672958608443695994e+03, 3.25792512996573918826e+02,
	3.03380607434824582924e+01, 1,
}

const (
	erx  = 8.45062911510467529297e-01 // erf(1) to 24 bits
	efx  = 1.28379167095512586316e-01 // 2/√π - 1
	efx8 = 1.02703333676410069053e+00 // 8·efx
)

// erfSmallRatio is P(z)/Q(z) of the approximation for |x| < 0.84375, z = x².
func erfSmallRatio(z float64) float64 { return horner(z, erfP) / horner(z, erfQ) }

// erfNearOne is P(s)/Q(s) of the approximation around 1, s = |x|-1.
func erfNearOne(s float64) float64 { return horner(s, erfNearOneP) / horner(s, erfNearOneQ) }

// erfcTail is erfc a for 1.25 ≤ a < 28. The square of a is split, with z = a's leading 21 bits: a² = z² + (a-z)(a+z)
// and z² is exact.
func erfcTail(a float64) float64 {
	s := 1 / (a * a)
	var ratio float64
	if a < 1/0.35 {
		ratio = horner(s, erfcMidR) / horner(s, erfcMidS)
	} else {
		ratio = horner(s, erfcFarR) / horner(s, erfcFarS)
	}
	z := Float64frombits(Float64bits(a) &^ (1<<32 - 1))
	return Exp(-z*z-0.5625) * Exp((z-a)*(z+a)+ratio) / a
}

// Erf returns the error function of x: Erf(±0) = ±0, Erf(±Inf) = ±1, NaN for NaN. It is FreeBSD msun's s_erf.c.
func Erf(x float64) float64 {
	switch {
	case x != x:
		return NaN()
	case x >= 6:
		return 1
	case x <= -6:
		return -1
	}
	a, neg := unsign(x)
	var r float64
	switch {
	case a < 0x1p-1016:
		// x·(1 + efx) without underflowing in between
		r = 0.125 * (8.0*a + efx8*a)
	case a < 0x1p-28:
		r = a + efx*a
	case a < 0.84375:
		r = a + a*erfSmallRatio(a*a)
	case a < 1.25 && neg:
		return -erx - erfNearOne(a-1)
	case a < 1.25:
		return erx + erfNearOne(a-1)
	case neg:
		return erfcTail(a) - 1
	default:
		return 1 - erfcTail(a)
	}
	if neg {
		return -r
	}
	return r
}

// Erfc returns the complementary error function 1 - Erf(x), accurate also where Erf(x) is near 1: Erfc(+Inf) = 0,
// Erfc(-Inf) = 2, NaN for NaN. It is FreeBSD msun's s_erf.c.
func Erfc(x float64) float64 {
	switch {
	case x != x:
		return NaN()
	case x >= 28:
		return 0
	case x < -6:
		return 2
	}
	a, neg := unsign(x)
	var r float64 // erf |x|
	switch {
	case a < 0x1p-56:
		r = a
	case a < 0.25:
		r = a + a*erfSmallRatio(a*a)
	case a < 0.84375:
		r = 0.5 + (a*erfSmallRatio(a*a) + (a - 0.5))
	case a < 1.25 && neg:
		return 1 + erx + erfNearOne(a-1)
	case a < 1.25:
		return 1 - erx - erfNearOne(a-1)
	case neg:
		return 2 - erfcTail(a)
	default:
		return erfcTail(a)
	}
	if neg {
		return 1 + r
	}
	return 1 - r
}

// Wichura's rational approximations of the normal quantile (algorithm AS 241, PPND16), highest degree first:
// for |x| ≤ 0.85 in r = 0.180625 - x²/4, and beyond in r = √(ln 2 - ln(1-|x|)) shifted by 1.6 or, from 5, by 5.
var erfinvCentralP = []float64{
	8.8709406962545514830200e2, 1.1819493347062294404278e4, 2.3782041382114385731252e4,
	1.6235862515167575384252e4, 4.8548868893843886794648e3, 6.9706266534389598238465e2,
	4.7072688112383978012285e1, 1.1975323115670912564578e0,
}
var erfinvCentralQ = []float64{
	5.2264952788528545610e3, 2.8729085735721942674e4, 3.9307895800092710610e4,
	2.1213794301586595867e4, 5.3941960214247511077e3, 6.8718700749205790830e2,
	4.2313330701600911252e1, 1.0000000000000000000e0,
}
var erfinvNearP = []float64{
	7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
	1.27045825245236838258e0, 3.64784832476320460504e0, 5.76949722146069140550e0,
	4.63033784615654529590e0, 1.42343711074968357734e0,
}
var erfinvNearQ = []float64{
	1.4859850019840355905497876e-9, 7.7441459065157709165577218e-4, 2.1494160384252876777097297e-2,
	2.0945065210512749128288442e-1, 9.7547832001787427186894837e-1, 2.3707661626024532365971225e0,
	2.9036514445419946173133295e0, 1.4142135623730950488016887e0,
}
var erfinvFarP = []float64{
	2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
	2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e0,
	5.46378491116411436990e0, 6.65790464350110377720e0,
}
var erfinvFarQ = []float64{
	2.891024605872965461538222e-15, 2.010321207683943062279931e-7, 2.611088405080593625138020e-5,
	1.112800997078859844711555e-3, 2.103693768272068968719679e-2, 1.936480946950659106176712e-1,
	8.482908416595164588112026e-1, 1.414213562373095048801689e0,
}

// Erfinv returns the inverse of Erf: Erfinv(±1) = ±Inf, Erfinv(±0) = ±0, NaN for |x| > 1 and NaN.
func Erfinv(x float64) float64 {
	switch {
	case x == 1 || x == -1:
		return infWithSign(x)
	case !(x > -1 && x < 1):
		return NaN()
	}
	a, neg := unsign(x)
	var r float64
	if a <= 0.85 {
		t := 0.180625 - 0.25*a*a
		r = (a * horner(t, erfinvCentralP)) / horner(t, erfinvCentralQ)
	} else if t := Sqrt(Ln2 - Log(1.0-a)); t <= 5.0 {
		t -= 1.6
		r = horner(t, erfinvNearP) / horner(t, erfinvNearQ)
	} else {
		t -= 5.0
		r = horner(t, erfinvFarP) / horner(t, erfinvFarQ)
	}
	if neg {
		return -r
	}
	return r
}

// Erfcinv returns the inverse of Erfc, Erfinv(1-x): Erfcinv(0) = +Inf, Erfcinv(2) = -Inf, NaN outside [0, 2].
func Erfcinv(x float64) float64 { return Erfinv(1 - x) }

// Cephes' gamma.c: Γ(2+x) = P(x)/Q(x) on [0, 1] and the Stirling series correction in 1/x (highest degree first).
var gammaP = []float64{
	1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
	4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
	9.99999999999999996796e-01,
}
var gammaQ = []float64{
	-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
	1.18139785222060435552e-02, 3.58236398605498653373e-02, -2.34591795718243348568e-01,
	7.14304917030273074085e-02, 1.00000000000000000320e+00,
}
var stirlingSeries = []float64{
	7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
	3.47222221605458667310e-03, 8.33333333333482257126e-02,
}

// stirling returns Γ(x) for 33 < x ≤ 200 as a product of two factors, so that the caller can keep it from
// overflowing: x^(x-½)·e^-x and √(2π)·(1 + S(1/x)/x); above 143 the power is split in two halves.
func stirling(x float64) (float64, float64) {
	const (
		sqrtTwoPi = 2.506628274631000502417
		powSplit  = 143.01608
	)
	if x > 200 {
		return Inf(1), 1
	}
	w := 1 / x
	w = 1 + w*horner(w, stirlingSeries)
	e := Exp(x)
	if x > powSplit {
		v := Pow(x, 0.5*x-0.25)
		return v, sqrtTwoPi * w * (v / e)
	}
	return Pow(x, x-0.5) / e, sqrtTwoPi * w * 1.0
}

// negativeInteger reports whether x is a negative integer.
func negativeInteger(x float64) bool {
	_, f := Modf(x)
	return x < 0 && f == 0
}

// Gamma returns the Gamma function of x: Gamma(±0) = ±Inf, Gamma(+Inf) = +Inf, NaN for negative integers, -Inf
// and NaN. It is Cephes' gamma.c: Stirling's formula above 33 (reflected for negative x), otherwise the recurrence
// Γ(x+1) = x·Γ(x) down or up into [2, 3] and a rational approximation there.
func Gamma(x float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992 // OEIS A001620
	switch {
	case negativeInteger(x) || IsInf(x, -1) || x != x:
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		return infWithSign(x)
	}
	if Abs(x) > 33 {
		if x >= 0 {
			a, b := stirling(x)
			return a * b
		}
		return gammaReflected(-x)
	}
	z := 1.0
	for x >= 3 {
		x--
		z *= x
	}
	for x < 2 {
		if Abs(x) < 1e-09 {
			// Γ(x) ≈ 1/(x·(1 + γx)) near 0
			if x == 0 {
				return Inf(1)
			}
			return z / ((1 + euler*x) * x)
		}
		z /= x
		x++
	}
	if x == 2 {
		return z
	}
	x -= 2
	return z * horner(x, gammaP) / horner(x, gammaQ)
}

// gammaReflected returns Γ(-q) for q > 33 by the reflection formula Γ(-q) = -π/(q·sin(πq)·Γ(q)).
func gammaReflected(q float64) float64 {
	p := Floor(q)
	sign := 1.0
	if int64(p)&1 == 0 {
		sign = -1
	}
	// the distance to the nearest integer, for sin(πz) = ±sin(πq)
	z := q - p
	if z > 0.5 {
		z = q - (p + 1)
	}
	z = q * Sin(Pi*z)
	if z == 0 {
		return infWithSign(sign)
	}
	s1, s2 := stirling(q)
	az := Abs(z)
	if d := az * s1 * s2; !IsInf(d, 0) {
		return sign * (Pi / d)
	}
	return sign * (Pi / az / s1 / s2)
}

// The approximations of FreeBSD msun's e_lgamma_r.c (fdlibm), highest degree first. Around the minimum of Γ
// (x0 ≈ 1.4616) and near 1 and 2 (y = x-x0, 1-x, x-1, 2-x, …):
var lgammaEvenA = []float64{
	2.52144565451257326939e-05, 2.20862790713908385557e-04, 1.19270763183362067845e-03,
	7.38555086081402883957e-03, 6.73523010531292681824e-02, 7.72156649015328655494e-02,
}
var lgammaOddA = []float64{
	4.48640949618915160150e-05, 1.08011567247583939954e-04, 5.10069792153511336608e-04,
	2.89051383673415629091e-03, 2.05808084325167332806e-02, 3.22467033424113591611e-01,
}
var lgammaT0 = []float64{
	3.15632070903625950361e-04, -1.40346469989232843813e-03, 6.10053870246291332635e-03,
	-3.27885410759859649565e-02, 4.83836122723810047042e-01,
}
var lgammaT1 = []float64{
	-3.12754168375120860518e-04, 8.81081882437654011382e-04, -3.68452016781138256760e-03,
	1.79706750811820387126e-02, -1.47587722994593911752e-01,
}
var lgammaT2 = []float64{
	3.35529192635519073543e-04, -5.38595305356740546715e-04, 2.25964780900612472250e-03,
	-1.03142241298341437450e-02, 6.46249402391333854778e-02,
}
var lgammaU = []float64{
	1.33810918536787660377e-02, 2.28963728064692451092e-01, 9.77717527963372745603e-01,
	1.45492250137234768737e+00, 6.32827064025093366517e-01, -7.72156649015328655494e-02,
}
var lgammaV = []float64{
	3.21709242282423911810e-03, 1.04222645593369134254e-01, 7.69285150456672783825e-01,
	2.12848976379893395361e+00, 2.45597793713041134822e+00, 1,
}

// on [2, 3) (y = x - 2, with the numerator times y):
var lgammaS = []float64{
	3.19475326584100867617e-05, 1.84028451407337715652e-03, 2.66422703033638609560e-02,
	1.46350472652464452805e-01, 3.25778796408930981787e-01, 2.14982415960608852501e-01,
	-7.72156649015328655494e-02,
}
var lgammaR = []float64{
	7.32668430744625636189e-06, 7.77942496381893596434e-04, 1.86459191715652901344e-02,
	1.71933865632803078993e-01, 7.21935547567138069525e-01, 1.39200533467621045958e+00,
	1,
}

// and the Stirling series from 8 on: lgammaW0 + W(1/x²)/x.
var lgammaW = []float64{
	-1.63092934096575273989e-03, 8.36339918996282139126e-04, -5.95187557450339963135e-04,
	7.93650558643019558500e-04, -2.77777777728775536470e-03, 8.33333333333329678849e-02,
}

const lgammaW0 = 4.18938533204672725052e-01 // ½·ln 2π - ½

// Lgamma returns ln|Γ(x)| and the sign of Γ(x): Lgamma(1) = Lgamma(2) = 0, +Inf for ±0 and negative integers,
// ±Inf and NaN come back as they are. It is FreeBSD msun's e_lgamma_r.c; negative x is reflected with
// Γ(x)·Γ(-x) = -π/(x·sin πx).
func Lgamma(x float64) (lgamma float64, sign int) {
	switch {
	case x != x || IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	}
	a, neg := unsign(x)
	if a < 0x1p-70 {
		if neg {
			return -Log(a), -1
		}
		return -Log(a), 1
	}
	if !neg {
		return lgammaPositive(a), 1
	}
	if a >= 1<<52 {
		// every float64 there is an even integer: a pole
		return Inf(1), 1
	}
	t := sinPiNeg(a)
	if t == 0 {
		return Inf(1), 1
	}
	sign = 1
	if t < 0 {
		sign = -1
	}
	return Log(Pi/Abs(t*a)) - lgammaPositive(a), sign
}

// lgammaPositive is ln Γ(x) for x ≥ 2^-70.
func lgammaPositive(x float64) float64 {
	const (
		xMin = 1.461632144968362245       // where Γ has its minimum on the positive axis
		tc   = 1.46163214496836224576e+00 // xMin to more bits
	)
	switch {
	case x == 1 || x == 2:
		return 0
	case x < 2:
		// ln Γ(x) = ln Γ(x+1) - ln x below 0.9; then one of three approximations: around 1 or 2, around xMin,
		// or in y = x or x-1 near the pole at 0
		base := 0.0
		if x <= 0.9 {
			base = -Log(x)
			switch {
			case x >= xMin-1+0.27:
				return base + lgammaEnds(1-x)
			case x >= xMin-1-0.27:
				return base + lgammaMiddle(x-(tc-1))
			}
			return base + lgammaPole(x)
		}
		switch {
		case x >= xMin+0.27:
			return base + lgammaEnds(2-x)
		case x >= xMin-0.27:
			return base + lgammaMiddle(x-tc)
		}
		return base + lgammaPole(x-1)
	case x < 8:
		// ln Γ(x) = ln Γ(2+y) + ln((y+2)(y+3)…(y+i-1)), i the integer part of x
		i := int(x)
		y := x - float64(i)
		lg := 0.5*y + y*horner(y, lgammaS)/horner(y, lgammaR)
		if i > 2 {
			prod := 1.0
			for k := i - 1; k >= 2; k-- {
				prod *= y + float64(k)
			}
			lg += Log(prod)
		}
		return lg
	case x < 1<<58:
		t := Log(x)
		z := 1 / x
		w := lgammaW0 + z*horner(z*z, lgammaW)
		return (x-0.5)*(t-1) + w
	}
	return x * (Log(x) - 1)
}

// lgammaEnds is ln Γ(1-y) or ln Γ(2-y) less the -ln x term, for the y the caller passes.
func lgammaEnds(y float64) float64 {
	z := y * y
	p := y*horner(z, lgammaEvenA) + z*horner(z, lgammaOddA)
	return p - 0.5*y
}

// lgammaMiddle is ln Γ(tc+y) (less the -ln x term below 0.9): ln Γ(tc) plus a polynomial in y, its three
// interleaved parts evaluated in y³.
func lgammaMiddle(y float64) float64 {
	const (
		tf    = -1.21486290535849611461e-01 // ln Γ(tc)
		tfLow = -3.63867699703950536541e-18 // the rounding error of tf
	)
	z := y * y
	w := z * y
	p := z*horner(w, lgammaT0) - (tfLow - w*(horner(w, lgammaT1)+y*horner(w, lgammaT2)))
	return tf + p
}

// lgammaPole is ln Γ(1+y) for y near 0 (less the -ln x term below 0.9): -y/2 + y·U(y)/V(y).
func lgammaPole(y float64) float64 {
	p := y * horner(y, lgammaU)
	return -0.5*y + p/horner(y, lgammaV)
}

// sinPiNeg returns -sin(πx) for x > 0, with the argument brought into [0, 2) exactly first; 0 at the integers.
func sinPiNeg(x float64) float64 {
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	if Floor(x) == x {
		return 0
	}
	x = Mod(x, 2)
	var s float64
	switch int(x * 4) {
	case 0:
		s = Sin(Pi * x)
	case 1, 2:
		s = Cos(Pi * (0.5 - x))
	case 3, 4:
		s = Sin(Pi * (1 - x))
	case 5, 6:
		s = -Cos(Pi * (x - 1.5))
	default:
		s = Sin(Pi * (x - 2))
	}
	return -s
}

// Bessel functions: FreeBSD msun's e_j0.c, e_j1.c and e_jn.c (fdlibm).
//
// For x ≥ 2, J0, Y0, J1 and Y1 come from Hankel's asymptotic form: with x0 = x - π/4 (order 0) or x - 3π/4
// (order 1), J(x) = √(2/(πx))·(P cos x0 - Q sin x0) and Y(x) = √(2/(πx))·(P sin x0 + Q cos x0). P = 1 + pNum/pDen
// and Q = (c + qNum/qDen)/x are rational in 1/x² on four intervals.
type besselPiece struct {
	from       float64
	pNum, pDen []float64
	qNum, qDen []float64
}

var bessel0Pieces = [...]besselPiece{
	{from: 8,
		pNum: []float64{
			-5.25304380490729545272e+03, -2.48521641009428822144e+03, -2.57063105679704847262e+02,
			-8.08167041275349795626e+00, -7.03124999999900357484e-02, 0.00000000000000000000e+00,
		},
		pDen: []float64{
			4.76277284146730962675e+04, 1.16752972564375915681e+05, 4.05978572648472545552e+04,
			3.83374475364121826715e+03, 1.16534364619668181717e+02, 1,
		},
		qNum: []float64{
			3.70146267776887834771e+04, 8.85919720756468632317e+03, 5.57673380256401856059e+02,
			1.17682064682252693899e+01, 7.32421874999935051953e-02, 0.00000000000000000000e+00,
		},
		qDen: []float64{
			-3.43899293537866615225e+05, 8.40501579819060512818e+05, 8.03309257119514397345e+05,
			1.42538291419120476348e+05, 8.09834494656449805916e+03, 1.63776026895689824414e+02,
			1,
		},
	},
	{from: 4.5454,
		pNum: []float64{
			-3.46433388365604912451e+02, -3.31231299649172967747e+02, -6.76747652265167261021e+01,
			-4.15961064470587782438e+00, -7.03124940873599280078e-02, -1.14125464691894502584e-11,
		},
		pDen: []float64{
			2.40605815922939109441e+03, 9.62544514357774460223e+03, 5.97897094333855784498e+03,
			1.05125230595704579173e+03, 6.07539382692300335975e+01, 1,
		},
		qNum: []float64{
			1.98997785864605384631e+03, 1.02724376596164097464e+03, 1.35111577286449829671e+02,
			5.83563508962056953777e+00, 7.32421766612684765896e-02, 1.84085963594515531381e-11,
		},
		qDen: []float64{
			-5.35434275601944773371e+03, 3.59767538425114471465e+04, 5.67511122894947329769e+04,
			1.88472887785718085070e+04, 2.07781416421392987104e+03, 8.27766102236537761883e+01,
			1,
		},
	},
	{from: 2.8571,
		pNum: []float64{
			-3.14479470594888503854e+01, -5.80791704701737572236e+01, -2.19659774734883086467e+01,
			-2.40903221549529611423e+00, -7.03119616381481654654e-02, -2.54704601771951915620e-09,
		},
		pDen: []float64{
			1.73580930813335754692e+02, 1.12799679856907414432e+03, 1.19360783792111533330e+03,
			3.61513983050303863820e+02, 3.58560338055209726349e+01, 1,
		},
		qNum: []float64{
			1.66733948696651168575e+02, 1.70808091340565596283e+02, 4.26218440745412650017e+01,
			3.34423137516170720929e+00, 7.32411180042911447163e-02, 4.37741014089738620906e-09,
		},
		qDen: []float64{
			-1.49247451836156386662e+02, 2.51633368920368957333e+03, 6.46042516752568917582e+03,
			3.70414822620111362994e+03, 7.09689221056606015736e+02, 4.87588729724587182091e+01,
			1,
		},
	},
	{from: 2,
		pNum: []float64{
			-3.23364579351335335033e+00, -1.11931668860356747786e+01, -7.63569613823527770791e+00,
			-1.45073846780952986357e+00, -7.03030995483624743247e-02, -8.87534333032526411254e-08,
		},
		pDen: []float64{
			1.46576176948256193810e+01, 1.53875394208320329881e+02, 2.70470278658083486789e+02,
			1.36206794218215208048e+02, 2.22202997532088808441e+01, 1,
		},
		qNum: []float64{
			1.62527075710929267416e+01, 3.16662317504781540833e+01, 1.44956029347885735348e+01,
			1.99819174093815998816e+00, 7.32234265963079278272e-02, 1.50444444886983272379e-07,
		},
		qDen: []float64{
			-5.31095493882666946917e+00, 2.12666388511798828631e+02, 8.82935845112488550512e+02,
			8.44783757595320139444e+02, 2.69348118608049844624e+02, 3.03655848355219184498e+01,
			1,
		},
	},
}

var bessel1Pieces = [...]besselPiece{
	{from: 8,
		pNum: []float64{
			7.91447954031891731574e+03, 3.87474538913960532227e+03, 4.12051854307378562225e+02,
			1.32394806593073575129e+01, 1.17187499999988647970e-01, 0.00000000000000000000e+00,
		},
		pDen: []float64{
			3.08042720627888811578e+04, 9.76027935934950801311e+04, 3.69562060269033463555e+04,
			3.65093083420853463394e+03, 1.14207370375678408436e+02, 1,
		},
		qNum: []float64{
			-4.84385124285750353010e+04, -1.18498066702429587167e+04, -7.59601722513950107896e+02,
			-1.62717534544589987888e+01, -1.02539062499992714161e-01, 0.00000000000000000000e+00,
		},
		qDen: []float64{
			-2.94490264303834643215e+05, 6.66601232617776375264e+05, 7.19657723683240939863e+05,
			1.33875336287249578163e+05, 7.82538599923348465381e+03, 1.61395369700722909556e+02,
			1,
		},
	},
	{from: 4.5454,
		pNum: []float64{
			5.28715201363337541807e+02, 5.17636139533199752805e+02, 1.08308182990189109773e+02,
			6.80275127868432871736e+00, 1.17187493190614097638e-01, 1.31990519556243522749e-11,
		},
		pDen: []float64{
			1.50404688810361062679e+03, 7.84469031749551231769e+03, 5.35326695291487976647e+03,
			9.91401418733614377743e+02, 5.92805987221131331921e+01, 1,
		},
		qNum: []float64{
			-2.61244440453215656817e+03, -1.37319376065508163265e+03, -1.83669607474888380239e+02,
			-8.05644828123936029840e+00, -1.02539050241375426231e-01, -2.08979931141764104297e-11,
		},
		qDen: []float64{
			-4.71918354795128470869e+03, 2.79480751638918118260e+04, 4.98514270910352279316e+04,
			1.74684851924908907677e+04, 1.99179873460485964642e+03, 8.12765501384335777857e+01,
			1,
		},
	},
	{from: 2.8571,
		pNum: []float64{
			4.85590685197364919645e+01, 9.10550110750781271918e+01, 3.51194035591636932736e+01,
			3.93297750033315640650e+00, 1.17186865567253592491e-01, 3.02503916137373618024e-09,
		},
		pDen: []float64{
			1.03787932439639277504e+02, 8.90811346398256432622e+02, 1.04687139975775130551e+03,
			3.36762458747825746741e+02, 3.47913095001251519989e+01, 1,
		},
		qNum: []float64{
			-2.19210128478909325622e+02, -2.28244540737631695038e+02, -5.78472216562783643212e+01,
			-4.61011581139473403113e+00, -1.02537829820837089745e-01, -5.07831226461766561369e-09,
		},
		qDen: []float64{
			-1.35201191444307340817e+02, 1.90311919338810798763e+03, 5.54772909720722782367e+03,
			3.38015286679526343505e+03, 6.73865112676699709482e+02, 4.76651550323729509273e+01,
			1,
		},
	},
	{from: 2,
		pNum: []float64{
			5.07352312588818499250e+00, 1.76939711271687727390e+01, 1.22426109148261232917e+01,
			2.36851496667608785174e+00, 1.17176219462683348094e-01, 1.07710830106873743082e-07,
		},
		pDen: []float64{
			8.36463893371618283368e+00, 1.17679373287147100768e+02, 2.32276469057162813669e+02,
			1.25290227168402751090e+02, 2.14364859363821409488e+01, 1,
		},
		qNum: []float64{
			-2.13719211703704061733e+01, -4.23253133372830490089e+01, -1.96636162643703720221e+01,
			-2.75220568278187460720e+00, -1.02517042607985553460e-01, -1.78381727510958865572e-07,
		},
		qDen: []float64{
			-4.95949898822628210127e+00, 1.55949003336666123687e+02, 7.39393205320467245656e+02,
			7.57502834868645436472e+02, 2.52981549982190529136e+02, 2.95333629060523854548e+01,
			1,
		},
	},
}

// besselPQ returns the amplitudes P and Q at x ≥ 2 for the order whose pieces are given; c is Q's leading term.
func besselPQ(x float64, pieces []besselPiece, c float64) (p, q float64) {
	pc := pieces[len(pieces)-1]
	for _, candidate := range pieces {
		if x >= candidate.from {
			pc = candidate
			break
		}
	}
	z := 1 / (x * x)
	p = 1 + horner(z, pc.pNum)/horner(z, pc.pDen)
	q = (c + horner(z, pc.qNum)/horner(z, pc.qDen)) / x
	return p, q
}

// besselLarge returns J (second false) or Y (second true) of order 0 or 1 at x ≥ 2. The combinations
// cos x0 and sin x0 are ±(sin x ± cos x)/√2; the one of them that cancels is recomputed from cos 2x, using
// (sin x + cos x)(sin x - cos x) = -cos 2x.
func besselLarge(order int, x float64, second bool) float64 {
	s, c := Sincos(x)
	var ss, cc float64 // √2·sin x0, √2·cos x0
	if order == 0 {
		ss, cc = s-c, s+c
	} else {
		ss, cc = -s-c, s-c
	}
	if x < MaxFloat64/2 {
		if order == 0 {
			if z := -Cos(x + x); s*c < 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		} else {
			if z := Cos(x + x); s*c > 0 {
				cc = z / ss
			} else {
				ss = z / cc
			}
		}
	}
	if x > 0x1p129 {
		// P = 1 and Q = 0 to double precision
		if second {
			return (1 / SqrtPi) * ss / Sqrt(x)
		}
		return (1 / SqrtPi) * cc / Sqrt(x)
	}
	var p, q float64
	if order == 0 {
		p, q = besselPQ(x, bessel0Pieces[:], -0.125)
	} else {
		p, q = besselPQ(x, bessel1Pieces[:], 0.375)
	}
	if second {
		return (1 / SqrtPi) * (p*ss + q*cc) / Sqrt(x)
	}
	return (1 / SqrtPi) * (p*cc - q*ss) / Sqrt(x)
}

// The power series parts for x < 2, highest degree first: J0(x) = 1 - x²/4 + x²·R(x²)/S(x²) and
// Y0(x) = U(x²)/V(x²) + (2/π)·J0(x)·ln x.
var j0R = []float64{
	-4.61832688532103189199e-09, 1.82954049532700665670e-06, -1.89979294238854721751e-04,
	1.56249999999999947958e-02,
}
var j0S = []float64{
	1.16614003333790000205e-09, 5.13546550207318111446e-07, 1.16926784663337450260e-04,
	1.56191029464890010492e-02, 1,
}
var y0U = []float64{
	-3.98205194132103398453e-11, 1.95590137035022920206e-08, -3.81407053724364161125e-06,
	3.47453432093683650238e-04, -1.38185671945596898896e-02, 1.76666452509181115538e-01,
	-7.38042951086872317523e-02,
}
var y0V = []float64{
	4.41110311332675467403e-10, 2.59150851840457805467e-07, 7.60068627350353253702e-05,
	1.27304834834123699328e-02, 1,
}

// J0 returns the Bessel function of the first kind of order 0: J0(±Inf) = 0, J0(0) = 1, NaN for NaN.
func J0(x float64) float64 {
	switch {
	case x != x:
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	switch {
	case x >= 2:
		return besselLarge(0, x, false)
	case x < 0x1p-27:
		return 1
	case x < 0x1p-13:
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * horner(z, j0R) / horner(z, j0S)
	if x < 1 {
		return 1 + z*(-0.25+r)
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*r
}

// Y0 returns the Bessel function of the second kind of order 0: Y0(+Inf) = 0, Y0(0) = -Inf, NaN for x < 0 and
// NaN.
func Y0(x float64) float64 {
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	case x >= 2:
		return besselLarge(0, x, true)
	case x <= 0x1p-27:
		return y0U[len(y0U)-1] + (2/Pi)*Log(x)
	}
	z := x * x
	return horner(z, y0U)/horner(z, y0V) + (2/Pi)*J0(x)*Log(x)
}

// J1(x) = x/2 + x·R(x²)/S(x²) and Y1(x) = x·U(x²)/V(x²) + (2/π)·(J1(x)·ln x - 1/x) below 2.
var j1R = []float64{
	4.96727999609584448412e-08, -1.59955631084035597520e-05, 1.40705666955189706048e-03,
	-6.25000000000000000000e-02,
}
var j1S = []float64{
	1.23542274426137913908e-11, 5.04636257076217042715e-09, 1.17718464042623683263e-06,
	1.85946785588630915560e-04, 1.91537599538363460805e-02, 1,
}
var y1U = []float64{
	-9.19099158039878874504e-08, 2.35252600561610495928e-05, -1.91256895875763547298e-03,
	5.04438716639811282616e-02, -1.96057090646238940668e-01,
}
var y1V = []float64{
	1.66559246207992079114e-11, 6.22741452364621501295e-09, 1.35608801097516229404e-06,
	2.02552581025135171496e-04, 1.99167318236649903973e-02, 1,
}

// J1 returns the Bessel function of the first kind of order 1: J1(±Inf) = 0, J1(±0) = 0, NaN for NaN.
func J1(x float64) float64 {
	switch {
	case x != x:
		return x
	case x == 0 || IsInf(x, 0):
		return 0
	}
	a, neg := unsign(x)
	var j float64
	switch {
	case a >= 2:
		j = besselLarge(1, a, false)
	case a < 0x1p-27:
		// fdlibm's J1(x) ≈ x/2 here; Go returns it for |x|, and so does gosub, to give the same results
		return 0.5 * a
	default:
		z := a * a
		r := z * horner(z, j1R) * a
		j = 0.5*a + r/horner(z, j1S)
	}
	if neg {
		return -j
	}
	return j
}

// Y1 returns the Bessel function of the second kind of order 1: Y1(+Inf) = 0, Y1(0) = -Inf, NaN for x < 0 and
// NaN.
func Y1(x float64) float64 {
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	case x >= 2:
		return besselLarge(1, x, true)
	case x <= 0x1p-54:
		return -(2 / Pi) / x
	}
	z := x * x
	return x*(horner(z, y1U)/horner(z, y1V)) + (2/Pi)*(J1(x)*Log(x)-1/x)
}

// besselHuge is the first term of Hankel's form for J_n (Y_n is J_(n+1) here) beyond 2^302, where
// cos(x - (2n+1)π/4) = ±(cos x ± sin x)/√2 by n mod 4.
func besselHuge(n int, x float64) float64 {
	s, c := Sincos(x)
	var t float64
	switch n & 3 {
	case 0:
		t = c + s
	case 1:
		t = s - c
	case 2:
		t = -c - s
	default:
		t = c - s
	}
	return (1 / SqrtPi) * t / Sqrt(x)
}

// Jn returns the Bessel function of the first kind of order n: Jn(n, ±Inf) = 0, NaN for NaN. Where n ≤ x it
// recurs forward from J0 and J1; below, it finds J_n/J_(n-1) by a continued fraction and recurs backward to J0
// (fdlibm's e_jn.c).
func Jn(n int, x float64) float64 {
	switch {
	case x != x:
		return x
	case IsInf(x, 0):
		return 0
	case n == 0:
		return J0(x)
	case x == 0:
		return 0
	}
	// J_-n(x) = (-1)^n J_n(x) = J_n(-x)
	if n < 0 {
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	a, neg := unsign(x)
	neg = neg && n&1 == 1
	var j float64
	switch {
	case float64(n) <= a && a >= 0x1p302:
		j = besselHuge(n, a)
	case float64(n) <= a:
		j = besselForward(n, a, J0(a), J1(a))
	case a < 0x1p-29:
		j = besselSeries(n, a)
	default:
		j = besselBackward(n, a)
	}
	if neg {
		return -j
	}
	return j
}

// besselForward recurs from f0 = F_0(x) and f1 = F_1(x) up to F_n(x): F_(k+1) = (2k/x)·F_k - F_(k-1).
func besselForward(n int, x, f0, f1 float64) float64 {
	for k := 1; k < n; k++ {
		f0, f1 = f1, f1*(float64(k+k)/x)-f0
	}
	return f1
}

// besselSeries is the leading term (x/2)^n / n! of J_n for tiny x, 0 when that underflows anyway.
func besselSeries(n int, x float64) float64 {
	if n > 33 {
		return 0
	}
	half := x * 0.5
	power, factorial := half, 1.0
	for k := 2; k <= n; k++ {
		factorial *= float64(k)
		power *= half
	}
	return power / factorial
}

// besselBackward is J_n(x) for x < n: the continued fraction for J_n/J_(n-1), as deep as the growth of its
// convergents demands, then Miller's backward recurrence to J0 for the scale.
func besselBackward(n int, x float64) float64 {
	w := float64(n+n) / x
	h := 2 / x
	q0, z := w, w+h
	q1 := w*z - 1
	depth := 1
	for q1 < 1e9 {
		depth++
		z += h
		q0, q1 = q1, z*q1-q0
	}
	ratio := 0.0
	for k := 2 * (n + depth); k >= n+n; k -= 2 {
		ratio = 1 / (float64(k)/x - ratio)
	}
	a, b := ratio, 1.0
	// the recurrence may overflow when n·ln(2n/x) reaches the largest exponent: rescale on the way
	v := float64(n)
	rescale := !(v*Log(Abs(2/x*v)) < 7.09782712893383973096e+02)
	for k := n - 1; k >= 1; k-- {
		a, b = b, b*float64(k+k)/x-a
		if rescale && b > 1e100 {
			a /= b
			ratio /= b
			b = 1
		}
	}
	return ratio * J0(x) / b
}

// Yn returns the Bessel function of the second kind of order n: Yn(n, +Inf) = 0, Yn(0 or n > 0, 0) = -Inf,
// Yn(n < 0 odd, 0) = +Inf, NaN for x < 0 and NaN. It recurs forward from Y0 and Y1 (fdlibm's e_jn.c).
func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case n == 0:
		return Y0(x)
	case x == 0 && n < 0 && n&1 == 1:
		return Inf(1)
	case x == 0:
		return Inf(-1)
	}
	// Y_-n = (-1)^n Y_n
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1
	}
	var y float64
	switch {
	case n == 1:
		y = Y1(x)
	case x >= 0x1p302:
		y = besselHuge(n+1, x)
	default:
		y0, y1 := Y0(x), Y1(x)
		for k := 1; k < n && !IsInf(y1, -1); k++ {
			y0, y1 = y1, (float64(k+k)/x)*y1-y0
		}
		y = y1
	}
	if neg {
		return -y
	}
	return y
}
