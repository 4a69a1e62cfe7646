// Complex constants: imaginary literals in every form, exact untyped arithmetic, typed constants, real and imag of
// constants, conversions of constants and constant comparisons.
package main

import "fmt"

const (
	a = 1 + 2i
	b = 3 - 4i
	q = a / b
	p = a * b
	// exact: 1e200i squared is -1e400, which no float64 holds, yet the quotient below is an ordinary number
	huge   = 1e200i * 1e200i
	scaled = huge / 1e399
	r      = real(a)
	im     = imag(b)
	typed  complex64 = 1.5 + 0.25i
	c128   complex128 = complex(1, 2)
	// complex of two constants is a constant; a complex with no imaginary part is usable as a float or an integer
	mixed         = complex(2.5, 0)
	asFloat float64 = mixed
	asInt   int     = 3 + 0i
)

type Celsius complex128

func main() {
	fmt.Println(a, b, q, p, scaled)
	fmt.Println(r, im, typed, c128, mixed, asFloat, asInt)
	fmt.Println(1i, 2.5e3i, 0x1p-2i, 0123i, 0o17i, 0b101i, 0xFFi, 1_000.5i, .5i, 1e-3i)
	fmt.Println(a == 1+2i, a != b, q == (1+2i)/(3-4i), 1i*1i == -1)
	fmt.Println(real(q), imag(q), real(1), imag(1), real(2i)+imag(2i))
	var f float32 = real(typed)
	var g = imag(c128)
	fmt.Printf("%T %v %T %v\n", f, f, g, g)
	fmt.Printf("%T %T %T %T\n", a, typed, real(typed), Celsius(a))
	const third = 1.0 / 3
	fmt.Println(complex(third, -third), complex64(complex(third, -third)))
	var x interface{} = 2i
	fmt.Printf("%T %v\n", x, x)
	fmt.Println(-a, +a, -(a + b), a*a*a)
	const z = 0i
	fmt.Println(z, -z, z == 0)
	fmt.Println(float64(1+0i), int(7+0i), complex128(3), complex64(1e38+1e38i))
}
