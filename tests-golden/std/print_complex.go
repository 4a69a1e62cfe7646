// The print and println built-ins on complex numbers (they write to stderr, checked by print_complex.err).
package main

import "math"

func main() {
	var c complex128 = 1 + 2i
	var d complex64 = -0.5i
	println(c, d)
	print(complex(math.Inf(1), math.NaN()), "\n")
	println("done")
}
