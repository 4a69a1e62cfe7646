package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), f32*3, f64*3)
	fmt.Println(1.0/3.0, float32(1.0)/3)
	fmt.Println(1e21, 1e20, 1e-5, 123456789.0, 1.5e-7)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0)
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), float32(16777217))
	fmt.Printf("%f %.2f %5.1f|%-8.3f|%e %g %G\n", 3.14159, 2.675, 9.99, 1.5, 123456.789, 0.000012345, 1e30)
	fmt.Printf("%v %v %v\n", 2.0, 2.5, float32(2.5))
	fmt.Println(int(f64*39.9), int(-f64*39.9), int64(1e18), math.Floor(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3), math.Mod(7, 3))
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, float32(x) == float32(0.3))
	fmt.Printf("%.3g %10.4e %+.1f % d\n", 1234.5678, 0.00123, 5.0, 7)
	fmt.Println(float32(1)/float32(3)*3, 100000000.0, 1e6, 1234567.0)
	var h float32 = 1e10
	fmt.Println(h, float32(1e-10), float32(123456789))
	fmt.Printf("%v %.0f %.1f\n", 1e100, 0.5, 0.25)
	fmt.Printf("%6.2f|%-6.2f|%06.2f\n", 3.14159, 3.14159, -3.14159)
}
