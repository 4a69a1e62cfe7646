// Complex values: arithmetic, comparisons, conversions, the built-ins, maps, structs, interfaces and channels.
package main

import (
	"fmt"
	"math"
)

type P struct {
	Z complex128
	W complex64
}

func main() {
	const c = 1 + 2i
	var x complex128 = c
	y := complex(3.0, -4)
	fmt.Println(x, y, x+y, x-y, x*y, x/y, -x)
	fmt.Println(real(y), imag(y), real(c), imag(c))
	var z complex64 = complex64(y)
	fmt.Println(z, z*z, z/3)
	fmt.Printf("%v %g %e %f %.2f %+v %T %#v\n", x, x, x, x, x, x, x, x)
	fmt.Printf("%8.3f|%-8.2f|%T\n", y, y, z)
	fmt.Println(x == c, x != y)
	m := map[complex128]int{}
	m[1] = 1
	m[1i] = 2
	nan := complex(math.NaN(), 0)
	m[nan] = 3
	m[nan] = 4
	_, found := m[nan]
	fmt.Println(len(m), found, m[1], m[1i])
	delete(m, nan)
	fmt.Println(len(m))
	p := P{Z: 1i}
	fmt.Println(p)
	fmt.Printf("%+v %v\n", p, []complex64{1, 2i})
	var zz complex128
	fmt.Println(zz)
	var i interface{} = x
	switch v := i.(type) {
	case complex64:
		fmt.Println("c64", v)
	case complex128:
		fmt.Println("c128", v)
	}
	fmt.Println(i)
	inf := math.Inf(1)
	zero := 0.0
	fmt.Println(complex(1, 1)/complex(zero, 0), complex(inf, 1)/complex(1, 1), complex(1, 1)/complex(inf, inf), complex(inf, 0)*complex(0, 1))
	x += 2
	x *= 1i
	fmt.Println(x)
	ch := make(chan complex128, 1)
	ch <- x
	fmt.Println(<-ch)
	fmt.Println(0x1p-2i, 2.5e3i, 0123i, 0o17i, 1_0i)
}
