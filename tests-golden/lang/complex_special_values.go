// Complex arithmetic with infinities, NaNs and signed zeros: Go's division (Smith's algorithm and C99's corrections),
// products, comparisons, and NaN map keys.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	negZero := math.Copysign(0, -1)
	vals := []complex128{0, 1, 1i, 2 - 3i, complex(negZero, 0), complex(inf, 0), complex(0, inf), complex(inf, inf), complex(-inf, 1),
		complex(nan, 0), complex(nan, nan), complex(1, nan), complex(1e308, 1e308), complex(1e-320, 5e-324)}
	for _, x := range vals {
		for _, y := range vals {
			fmt.Println(x, "/", y, "=", x/y, " *:", x*y, " +:", x+y, " -:", x-y, " ==:", x == y)
		}
	}
	var c64 []complex64
	for _, v := range vals {
		c64 = append(c64, complex64(v))
	}
	for _, x := range c64 {
		fmt.Print(x*x, x/(1+1i), " ")
	}
	fmt.Println()
	m := map[complex64]string{}
	nan64 := complex64(complex(nan, 1))
	m[nan64] = "a"
	m[nan64] = "b"
	m[complex64(complex(negZero, 0))] = "zero"
	m[0] = "zero again"
	_, ok := m[nan64]
	fmt.Println(len(m), ok, m[0])
	n := complex(nan, 0)
	fmt.Println(n == n, n != n)
	var i1, i2 interface{} = n, n
	fmt.Println(i1 == i2)
	type S struct{ c complex128 }
	fmt.Println(S{n} == S{n}, S{1} == S{1 + 0i}, [2]complex64{1, n64()} == [2]complex64{1, n64()})
}

func n64() complex64 { return complex64(complex(math.NaN(), 0)) }
