package main

import "math"

type point struct{ x, y int }

func main() {
	// print and println write to standard error: NAME.err holds the lines they must write
	var f32 float32 = 0.1
	negZero := math.Copysign(0, -1)
	println(1.5, 0.0, negZero, 1e300, 1e-300, -2.25, f32, math.NaN(), math.Inf(1), math.Inf(-1))
	println(int8(-128), uint8(255), uint64(math.MaxUint64), int64(math.MinInt64), 'x', true, false)
	var s []int
	var m map[string]int
	var c chan int
	var fn func()
	var p *point
	var e error
	var i interface{}
	var up uintptr = 4096
	println(s, m, c, fn, p, e, i, up)
	println("a", "b")
	print("a", "b", 1, 2, "\n")
	println()
}
