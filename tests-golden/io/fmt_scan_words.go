package main

// How fmt's scanning reads words of letters in either case (booleans, NaN, Inf), hexadecimal and binary
// exponents, %U, hexadecimal digits, and the end of a Scanln line.

import (
	"fmt"
	"math"
)

func main() {
	for _, in := range []string{"t", "T", "true", "TRUE", "tRuE", "tr", "tru!", "truex", "f", "FALSE", "fa", "fals", "1", "0", "x", "F1"} {
		var b bool
		n, err := fmt.Sscan(in, &b)
		fmt.Printf("bool %q: %v %d %v\n", in, b, n, err)
	}
	for _, in := range []string{"nan", "NaN", "na", "inf", "-Inf", "+INF", "in", "0x1p-2", "0X1.8P1", "1.5p3", "1p", "2e3", "0x_1p0", "1_0.5", "1e+2x"} {
		var f float64
		n, err := fmt.Sscan(in, &f)
		fmt.Printf("float %q: %v nan=%v %d %v\n", in, f, math.IsNaN(f), n, err)
	}
	for _, in := range []string{"U+1F600", "U+0041", "u+41", "U41", "U+", "U+zz"} {
		var r rune
		n, err := fmt.Sscanf(in, "%U", &r)
		fmt.Printf("%%U %q: %q %d %v\n", in, r, n, err)
	}
	for _, in := range []string{"48656c6C6F", "4A4b", "abc", "zz"} {
		var s string
		n, err := fmt.Sscanf(in, "%x", &s)
		fmt.Printf("%%x %q: %q %d %v\n", in, s, n, err)
	}
	for _, in := range []string{"7 8 \n", "7 8 x\n", "7 8", "7\n8"} {
		var a, b int
		n, err := fmt.Sscanln(in, &a, &b)
		fmt.Printf("Sscanln %q: %d %d %d %v\n", in, a, b, n, err)
	}
	for _, in := range []string{"0b101", "0o17", "0x1F", "017", "-0x10", "1_000", "9999999999"} {
		var i int32
		n, err := fmt.Sscan(in, &i)
		fmt.Printf("int32 %q: %d %d %v\n", in, i, n, err)
	}
}
