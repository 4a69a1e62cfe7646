// fmt on complex numbers: every float verb, flags, width and precision (applied to each part), %T, %#v, bad verbs,
// complex values inside structs, slices, maps and interfaces, and Sprint's spacing.
package main

import (
	"fmt"
	"math"
)

type point struct {
	Z   complex128
	W   complex64
	Any interface{}
}

func main() {
	vals := []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(1e21, 1e-7), complex(math.Inf(1), math.NaN()), complex(math.Copysign(0, -1), math.Inf(-1)), 123456789 + 0.000123i}
	verbs := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.3e", "%.4g", "%+v", "%+.1f", "% .2f", "%8.2f", "%-9.1f|", "%012.3f", "%x", "%X", "%b", "%#v", "%#g", "%T", "%d", "%s", "%q"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf(verb+" ", v)
		}
		fmt.Println()
		fmt.Printf("%v %.3g %T\n", complex64(v), complex64(v), complex64(v))
	}
	p := point{1 - 1i, 2i, 3 + 0i}
	fmt.Println(p)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Println([]complex64{1, 2i}, map[complex128]bool{2i: true, 1: false, -1i: true}, [2]complex128{})
	fmt.Print(1i, 2i, "x", 3i, 4, "\n")
	fmt.Println(fmt.Sprint(1i, 2.0, 3i), fmt.Sprintf("%6.1f|%-6.1f|", 1+1i, 1+1i))
	fmt.Printf("%[2]v %[1]v %v\n", 1i, 2i)
	fmt.Printf("%*.*f\n", 7, 1, 1.25+2.75i)
}
