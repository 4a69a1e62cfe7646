// fmt scans a complex number as re±imi, in parentheses or not, with Sscan, Sscanf (%v and the float verbs),
// Sscanln and Fscan: the whole shape is read before either part is parsed, so a malformed number is a syntax error
// and a part ParseFloat refuses gives its error, with the imaginary part's sign in its text.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var c complex128
	var d complex64
	var s string
	n, err := fmt.Sscan("(1+2i) (3.5-4e2i)", &c, &d)
	fmt.Println(n, err, c, d)
	for _, in := range []string{"(1+2i)", "1+2i", "(-1.5-0.25i)", "3i", "(2i)", "+1-1i", "(1+2i", "1+", "(1+2i)x",
		"(Inf+NaNi)", "(NaN-Infi)", "(-Inf+Infi)", "(0x1p-2+1i)", "1_0+2i", "i", "(1.5)", "1+-2i", "1.5p2+1i", "(x+1i)",
		"1e+2i", "1e+2+1i", "(1+2i))", "1+2j", "1e400+1i", "+-1+1i"} {
		c = 0
		n, err = fmt.Sscan(in, &c)
		fmt.Printf("Sscan %q: %d %v %v\n", in, n, err, c)
	}
	n, err = fmt.Sscan("(1e39+1e39i)", &d)
	fmt.Println(n, err, d)
	n, err = fmt.Sscanf("z=(1+2i),w=3-4i", "z=%v,w=%g", &c, &d)
	fmt.Println(n, err, c, d)
	n, err = fmt.Sscanf("(5+6i) rest", "%f %s", &c, &s)
	fmt.Println(n, err, c, s)
	n, err = fmt.Sscanf("(5+6i)", "%e", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Fscan(strings.NewReader("  (7-8i)\n (1-1i)"), &c, &d)
	fmt.Println(n, err, c, d)
	n, err = fmt.Sscanln("(9+1i)\n", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscanln("\n(9+1i)", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscanf("1+2i", "%d", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscan("", &c)
	fmt.Println(n, err, c)
	var cs []complex128
	var x complex128
	r := strings.NewReader("1+1i 2-2i (3+3i)")
	for {
		if _, err := fmt.Fscan(r, &x); err != nil {
			fmt.Println("stop:", err)
			break
		}
		cs = append(cs, x)
	}
	fmt.Println(cs)
}
