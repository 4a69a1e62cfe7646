package main

// A complex64 product is computed in double precision and each part rounded to float32 once, as Go's compiler
// does: rounding the four partial products to float32 first gives other last bits, and a difference of two
// products past float32's range comes out 0 instead of NaN. The quotient is complex128's, narrowed.

import (
	"fmt"
	"math"
)

func bits(c complex64) string {
	return fmt.Sprintf("%08x %08x", math.Float32bits(real(c)), math.Float32bits(imag(c)))
}

func main() {
	a := complex64(complex(1.1, 2.3))
	b := complex64(complex(3.7, -0.9))
	p := a * b
	fmt.Println(p, bits(p))
	q := a / b
	fmt.Println(q, bits(q))
	fmt.Println(bits(a+b), bits(a-b))

	x := complex64(complex(float32(16777217.0/3), float32(0.1)))
	y := complex64(complex(float32(3), float32(16777215)))
	z := x * y
	fmt.Println(z, bits(z))
	z *= y
	fmt.Println(z, bits(z))

	var big complex64 = complex(3e38, 3e38)
	fmt.Println(big*big, big*complex(2, 0), big/complex(1e-10, 1e-10))
	m := 1.1 * a
	fmt.Println(m, bits(m))

	// a walk that feeds each product into the next, where differing last bits would add up
	w := complex64(complex(0.6, 0.8))
	v := complex64(1)
	for step := 0; step < 1000; step++ {
		v *= w
	}
	fmt.Println(v, bits(v))
	fmt.Println(complex128(a) * complex128(b))
}
