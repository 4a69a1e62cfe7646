// Every math/cmplx function on ordinary values, zeros, infinities and NaNs (%.6g: last-bit differences aside).
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	vals := []complex128{0, 1, -1, 1i, -1i, 2 + 3i, -2.5 + 0.5i, 0.3 - 0.7i, -4 - 4i, 1e-310 + 1e-310i, 1e300 + 1e300i, complex(0.6, 0.8),
		complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(inf, inf), complex(-inf, inf), complex(nan, 0), complex(0, nan),
		complex(nan, nan), complex(inf, nan), complex(nan, inf), complex(1, inf), complex(1, nan), complex(inf, 1), complex(-inf, 1), complex(math.Copysign(0, -1), 0),
		complex(0, math.Copysign(0, -1)), complex(-2, math.Copysign(0, -1))}
	fs := []struct {
		n string
		f func(complex128) complex128
	}{{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10}, {"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan},
		{"Cot", cmplx.Cot}, {"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh}, {"Asin", cmplx.Asin}, {"Acos", cmplx.Acos},
		{"Atan", cmplx.Atan}, {"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj}}
	for _, f := range fs {
		for _, v := range vals {
			fmt.Printf("%s(%v) = %.6g\n", f.n, v, f.f(v))
		}
	}
	for _, v := range vals {
		r, th := cmplx.Polar(v)
		fmt.Printf("%v: abs %.6g phase %.6g polar %.6g %.6g isinf %v isnan %v\n", v, cmplx.Abs(v), cmplx.Phase(v), r, th, cmplx.IsInf(v), cmplx.IsNaN(v))
		for _, w := range []complex128{0, 1, -1, 0.5i, 2 + 1i, complex(nan, 0), -2} {
			fmt.Printf("  Pow(%v, %v) = %.6g\n", v, w, cmplx.Pow(v, w))
		}
	}
	fmt.Printf("%.6g %.6g %v %v\n", cmplx.Rect(2, math.Pi/3), cmplx.Rect(1, -math.Pi), cmplx.Inf(), cmplx.NaN())
}
