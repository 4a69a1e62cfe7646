// Package cmplx for gosub: elementary functions of complex128 values, written for gosub in Go on top of package
// math. Values at infinities and NaNs follow the C99 standard's annex G, as Go's package does: the hyperbolic
// functions and the inverse ones carry those rules, and the circular functions are the hyperbolic ones of the
// argument turned by a quarter (sin z = -i sinh(iz), cos z = cosh(iz), tan z = -i tanh(iz), and likewise for
// the inverses), which is how the standard defines them.
package cmplx

import "math"

// Abs is |x|, the distance from 0, without overflow for large parts.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase is the argument of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar gives x's modulus and argument.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect is the complex number of modulus r and argument θ.
func Rect(r, θ float64) complex128 {
	sin, cos := math.Sincos(θ)
	return complex(r*cos, r*sin)
}

// Conj is x mirrored in the real axis.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Inf is complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN is complex(NaN, NaN).
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether a part of x is infinite.
func IsInf(x complex128) bool { return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) }

// IsNaN reports whether a part of x is NaN and neither is infinite.
func IsNaN(x complex128) bool {
	return !IsInf(x) && (math.IsNaN(real(x)) || math.IsNaN(imag(x)))
}

// timesI and timesMinusI turn a number by a quarter: exact, unlike a multiplication by 1i, which makes NaNs of
// infinities.
func timesI(x complex128) complex128      { return complex(-imag(x), real(x)) }
func timesMinusI(x complex128) complex128 { return complex(imag(x), -real(x)) }

// Sqrt is the square root with a non-negative real part (the branch cut is the negative real axis).
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 {
		switch {
		case a == 0:
			return complex(0, b)
		case a < 0:
			return complex(0, math.Copysign(math.Sqrt(-a), b))
		}
		return complex(math.Sqrt(a), b)
	}
	if math.IsInf(b, 0) {
		return complex(math.Inf(1), b)
	}
	if a == 0 {
		r := math.Sqrt(math.Abs(b) / 2)
		return complex(r, math.Copysign(r, b))
	}
	// Work on a copy scaled into a safe range: |x|+|a| must neither overflow nor lose digits below the normals.
	scale := 1.0
	if math.Abs(a) > 0x1p1000 || math.Abs(b) > 0x1p1000 {
		a, b, scale = a*0x1p-4, b*0x1p-4, 0x1p2
	} else if math.Abs(a) < 0x1p-1000 && math.Abs(b) < 0x1p-1000 {
		a, b, scale = a*0x1p100, b*0x1p100, 0x1p-50
	}
	m := math.Hypot(a, b)
	var re, im float64
	if a >= 0 {
		re = math.Sqrt((m + a) / 2)
		im = math.Abs(b) / (2 * re)
	} else {
		im = math.Sqrt((m - a) / 2)
		re = math.Abs(b) / (2 * im)
	}
	return complex(re*scale, math.Copysign(im*scale, b))
}

// Exp is e to the power x.
func Exp(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case math.IsInf(a, 1) && b == 0:
		return x
	case math.IsInf(a, 0) && (math.IsInf(b, 0) || math.IsNaN(b)):
		if a < 0 {
			return complex(0, math.Copysign(0, b))
		}
		return complex(a, math.NaN())
	case math.IsNaN(a) && b == 0:
		return complex(a, b)
	}
	return Rect(math.Exp(a), b)
}

// Log is the natural logarithm, with its imaginary part in [-Pi, Pi].
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Log10 is the decimal logarithm.
func Log10(x complex128) complex128 {
	l := Log(x)
	return complex(real(l)*math.Log10E, imag(l)*math.Log10E)
}

// Pow is x to the power y. Pow(0, y) is 1 when real(y) is 0, 0 when it is positive, and an infinity when it is
// negative (+Inf for a real y, Inf() otherwise); a NaN y gives NaN().
func Pow(x, y complex128) complex128 {
	if x == 0 {
		switch p, q := real(y), imag(y); {
		case IsNaN(y):
			return NaN()
		case p == 0:
			return 1
		case p < 0 && q == 0:
			return complex(math.Inf(1), q)
		case p < 0:
			return Inf()
		}
		return 0
	}
	// x^y = e^(y log x) = |x|^p e^(-q arg x) cis(p arg x + q log |x|)
	mod, arg := Polar(x)
	if mod == 0 {
		return 0
	}
	p, q := real(y), imag(y)
	r := math.Pow(mod, p)
	angle := p * arg
	if q != 0 {
		r *= math.Exp(-q * arg)
		angle += q * math.Log(mod)
	}
	return Rect(r, angle)
}

// Sinh is the hyperbolic sine.
func Sinh(x complex128) complex128 {
	a, b := real(x), imag(x)
	bad := math.IsInf(b, 0) || math.IsNaN(b)
	switch {
	case a == 0 && bad:
		return complex(a, math.NaN())
	case math.IsInf(a, 0) && b == 0:
		return x
	case math.IsInf(a, 0) && bad:
		return complex(a, math.NaN())
	case math.IsNaN(a) && b == 0:
		return x
	}
	sin, cos := math.Sincos(b)
	sh, ch := sinhCosh(a)
	return complex(sh*cos, ch*sin)
}

// Cosh is the hyperbolic cosine.
func Cosh(x complex128) complex128 {
	a, b := real(x), imag(x)
	bad := math.IsInf(b, 0) || math.IsNaN(b)
	switch {
	case a == 0 && bad:
		return complex(math.NaN(), a*math.Copysign(0, b))
	case math.IsInf(a, 0) && b == 0:
		return complex(math.Inf(1), b*math.Copysign(0, a))
	case math.IsInf(a, 0) && bad:
		return complex(math.Abs(a), math.NaN())
	case math.IsNaN(a) && b == 0:
		return x
	}
	sin, cos := math.Sincos(b)
	sh, ch := sinhCosh(a)
	return complex(ch*cos, sh*sin)
}

// sinhCosh gives sinh x and cosh x; beyond |x| = 1/2 both come from one exponential, (e^x ∓ e^-x)/2 (closer to
// zero that difference would cancel digits).
func sinhCosh(x float64) (float64, float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	return e/2 - 0.5/e, e/2 + 0.5/e
}

// Tanh is the hyperbolic tangent: (sinh 2a + i sin 2b) / (cosh 2a + cos 2b) for x = a+bi.
func Tanh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case math.IsInf(a, 0) && (math.IsInf(b, 0) || math.IsNaN(b)):
		return complex(math.Copysign(1, a), math.Copysign(0, b))
	case math.IsInf(a, 0):
		return complex(math.Copysign(1, a), math.Copysign(0, math.Sin(2*b)))
	case math.IsNaN(a) && b == 0:
		return x
	}
	den := math.Cosh(2*a) + math.Cos(2*b)
	if den == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*a)/den, math.Sin(2*b)/den)
}

// Sin is the sine: sin a cosh b + i cos a sinh b for finite x = a+bi.
func Sin(x complex128) complex128 {
	if !finite(x) {
		return timesMinusI(Sinh(timesI(x)))
	}
	sin, cos := math.Sincos(real(x))
	sh, ch := sinhCosh(imag(x))
	return complex(sin*ch, cos*sh)
}

// Cos is the cosine: cos a cosh b - i sin a sinh b for finite x = a+bi.
func Cos(x complex128) complex128 {
	if !finite(x) {
		return Cosh(timesI(x))
	}
	sin, cos := math.Sincos(real(x))
	sh, ch := sinhCosh(imag(x))
	return complex(cos*ch, -sin*sh)
}

func finite(x complex128) bool {
	return !math.IsInf(real(x), 0) && !math.IsNaN(real(x)) && !math.IsInf(imag(x), 0) && !math.IsNaN(imag(x))
}

// Tan is the tangent.
func Tan(x complex128) complex128 { return timesMinusI(Tanh(timesI(x))) }

// Cot is the cotangent, 1/Tan(x): (sin 2a - i sinh 2b) / (cosh 2b - cos 2a) for x = a+bi; Inf() at the poles.
func Cot(x complex128) complex128 {
	a, b := real(x), imag(x)
	den := math.Cosh(2*b) - math.Cos(2*a)
	if den == 0 {
		return Inf()
	}
	return complex(math.Sin(2*a)/den, -math.Sinh(2*b)/den)
}

// Asinh is the inverse hyperbolic sine, log(x + sqrt(1 + x²)).
func Asinh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && math.Abs(a) <= 1:
		return complex(math.Asinh(a), b)
	case a == 0 && math.Abs(b) <= 1:
		return complex(a, math.Asin(b))
	case math.IsInf(a, 0) && math.IsInf(b, 0):
		return complex(a, math.Copysign(math.Pi/4, b))
	case math.IsInf(a, 0) && math.IsNaN(b):
		return x
	case math.IsInf(a, 0):
		return complex(a, math.Copysign(0, b))
	case math.IsNaN(a) && b == 0:
		return x
	case math.IsNaN(a) && math.IsInf(b, 0):
		return complex(b, a)
	case math.IsNaN(a):
		return NaN()
	case math.IsInf(b, 0):
		return complex(math.Copysign(b, a), math.Copysign(math.Pi/2, b))
	}
	return Log(x + Sqrt(1+x*x))
}

// Asin is the inverse sine, -i log(ix + sqrt(1 - x²)).
func Asin(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && math.Abs(a) <= 1:
		return complex(math.Asin(a), b)
	case a == 0 && math.Abs(b) <= 1:
		return complex(a, math.Asinh(b))
	case math.IsNaN(b) && a == 0:
		return complex(a, b)
	case math.IsNaN(b) && math.IsInf(a, 0):
		return complex(b, a)
	case math.IsNaN(b):
		return NaN()
	case math.IsInf(b, 0) && math.IsNaN(a):
		return x
	case math.IsInf(b, 0) && math.IsInf(a, 0):
		return complex(math.Copysign(math.Pi/4, a), b)
	case math.IsInf(b, 0):
		return complex(math.Copysign(0, a), b)
	case math.IsInf(a, 0):
		return complex(math.Copysign(math.Pi/2, a), math.Copysign(a, b))
	}
	sq := x * x
	// 1 - x² part by part, which keeps the sign of a zero imaginary part
	root := Sqrt(complex(1-real(sq), -imag(sq)))
	return timesMinusI(Log(timesI(x) + root))
}

// Acos is the inverse cosine, Pi/2 - Asin(x).
func Acos(x complex128) complex128 {
	s := Asin(x)
	return complex(math.Pi/2-real(s), -imag(s))
}

// Acosh is the inverse hyperbolic cosine, the value of ±i Acos(x) with a non-negative real part.
func Acosh(x complex128) complex128 {
	if x == 0 {
		quarterTurn := math.Copysign(math.Pi/2, imag(x))
		return complex(0, quarterTurn)
	}
	c := Acos(x)
	if imag(c) <= 0 {
		return timesI(c)
	}
	return timesMinusI(c)
}

// Atan is the inverse tangent: for x = a+bi, half the angle of (1-a²-b², 2a) plus i/4 log((a²+(b+1)²)/(a²+(b-1)²)).
// It is NaN() at the poles ±i.
func Atan(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0:
		return complex(math.Atan(a), b)
	case a == 0 && math.Abs(b) <= 1:
		return complex(a, math.Atanh(b))
	case math.IsInf(a, 0) || math.IsInf(b, 0):
		if math.IsNaN(a) {
			return complex(a, math.Copysign(0, b))
		}
		return complex(math.Copysign(math.Pi/2, a), math.Copysign(0, b))
	case math.IsNaN(a) || math.IsNaN(b):
		return NaN()
	}
	aa := a * a
	den := 1 - aa - b*b
	if den == 0 {
		return NaN()
	}
	re := math.Atan2(2*a, den) / 2
	if re >= math.Pi/2 {
		// the real part lies in [-Pi/2, Pi/2): the upper end is the lower one, Pi less (in two steps, Pi being
		// longer than a float64)
		re = (re - math.Pi) - piTail
	}
	below := aa + (b-1)*(b-1)
	if below == 0 {
		return NaN()
	}
	above := aa + (b+1)*(b+1)
	return complex(re, math.Log(above/below)/4)
}

// piTail is Pi minus its float64 value.
const piTail = math.Pi - float64(math.Pi)

// Atanh is the inverse hyperbolic tangent.
func Atanh(x complex128) complex128 { return timesMinusI(Atan(timesI(x))) }
