// strconv.ParseComplex on well-formed, malformed and out-of-range text, and FormatComplex in every format.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "1i", "i", "+i", "-i", "1+i", "1-i", "(1+2i)", "1+2i", "1e3-2.5e-3i", "1e+3+1e+3i", "0x1p-2+0x1p3i", "0x1e+2i",
		"NaN", "NaNi", "NaN+NaNi", "1-NaNi", "+Inf-Infi", "inf+infi", "1e400", "1e400i", "1+1e400i", "(1+2i", "1+2", "1 + 2i", "", "()", "1ii", "--1i",
		"1_000+2i", "0x_1p0i", ".5i", "1.e2i", "+1+1i", "-1-1i", "3e38+3e39i", "infinity", "+NaN", "1+Infi", "(-0-0i)", "1e", "1e+", "1+e2i", "2i3"} {
		for _, bits := range []int{64, 128} {
			c, err := strconv.ParseComplex(s, bits)
			fmt.Printf("%q %d: %v %v\n", s, bits, c, err)
		}
	}
	for _, c := range []complex128{1 + 2i, -1.5 - 0.25i, complex(1e21, 1e-7)} {
		for _, f := range []byte{'e', 'f', 'g', 'x'} {
			fmt.Println(strconv.FormatComplex(c, f, -1, 128), strconv.FormatComplex(c, f, 3, 64))
		}
	}
}
