package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3.7, -3.7, 10, 100, 1e-10, 1e10, 1e300, -1e300, 5e-324, 2.2250738585072014e-308, math.Pi, math.E, 0.1, 0.7071067811865476, 709.78, 710, -745.2, -746, 1e-5, 123456.789, math.Inf(1), math.Inf(-1), math.NaN()}
	f1 := map[string]func(float64) float64{
		"Sqrt": math.Sqrt, "Exp": math.Exp, "Log": math.Log, "Log2": math.Log2, "Log10": math.Log10, "Log1p": math.Log1p,
		"Sin": math.Sin, "Cos": math.Cos, "Tan": math.Tan, "Asin": math.Asin, "Acos": math.Acos, "Atan": math.Atan,
		"Sinh": math.Sinh, "Cosh": math.Cosh, "Tanh": math.Tanh, "Asinh": math.Asinh, "Acosh": math.Acosh, "Atanh": math.Atanh,
		"Floor": math.Floor, "Ceil": math.Ceil, "Trunc": math.Trunc, "Round": math.Round, "RoundToEven": math.RoundToEven,
		"Abs": math.Abs, "Cbrt": math.Cbrt, "Exp2": math.Exp2, "Expm1": math.Expm1, "Erf": math.Erf, "Erfc": math.Erfc,
		"Gamma": math.Gamma, "J0": math.J0, "Y0": math.Y0, "Logb": math.Logb, "Erfinv": math.Erfinv,
	}
	names := []string{"Sqrt", "Exp", "Log", "Log2", "Log10", "Log1p", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh", "Floor", "Ceil", "Trunc", "Round", "RoundToEven", "Abs", "Cbrt", "Exp2", "Expm1", "Erf", "Erfc", "Gamma", "J0", "Y0", "Logb", "Erfinv"}
	for _, n := range names {
		f := f1[n]
		fmt.Print(n, ":")
		for _, x := range xs {
			fmt.Print(" ", f(x))
		}
		fmt.Println()
	}
	for _, x := range xs {
		for _, y := range []float64{0, 1, -1, 2, 0.5, 3, -2.5, 1e10, math.Inf(1), math.NaN(), 7} {
			fmt.Print(math.Pow(x, y), " ", math.Atan2(x, y), " ", math.Hypot(x, y), " ", math.Mod(x, y), " ", math.Max(x, y), " ", math.Min(x, y), " ", math.Remainder(x, y), " ", math.Dim(x, y), ";")
		}
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		lg, sg := math.Lgamma(x)
		fmt.Println(fr, ex, ip, fp, math.Ldexp(x, 5), lg, sg, math.Signbit(x), math.IsInf(x, 0), math.IsNaN(x), math.Float64bits(x), math.Nextafter(x, 0), math.Ilogb(x))
	}
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt16, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x40490fdb), math.Float64frombits(0x3ff8000000000000), math.FMA(0.1, 10, -1))
	fmt.Println(math.Jn(3, 2.5), math.Yn(2, 1.5), math.Pow10(5), math.Pow10(-400), math.Inf(1) > 0)
	s, c := math.Sincos(1)
	fmt.Println(s, c, math.Copysign(3, -1), math.NaN() == math.NaN())
	fmt.Println(math.Exp(1), math.Exp(-1), math.Exp(0.5), math.Log(10), math.Log(2), math.Exp(700), math.Log(1e-310))
}
