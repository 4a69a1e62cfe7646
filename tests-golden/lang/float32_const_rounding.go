package main

// A constant converted to float32 rounds once, to the nearest float32 (ties to even): just below the halfway
// point between the largest float32 and 2^128 it is the largest float32. Float64 constants near their maximum
// round the same way, halfway points to the even neighbour.

import (
	"fmt"
	"math"
)

const (
	two64  = 1.0 * (1 << 64)
	two128 = two64 * two64
	ulp32  = two128 / (1 << 24)
	max32  = two128 - ulp32

	two1024 = two128 * two128 * two128 * two128 * two128 * two128 * two128 * two128
	ulp64   = two1024 / (1 << 53)
	max64   = two1024 - ulp64
)

func main() {
	fmt.Println(math.Float32bits(float32(max32+ulp32/2-ulp32/two64)) == math.Float32bits(math.MaxFloat32))
	fmt.Println(float32(max32+ulp32/2-1/two128) == math.MaxFloat32)
	fmt.Println(float32(-(max32 + ulp32/2 - 1)) == -math.MaxFloat32)
	fmt.Printf("%#x\n", math.Float32bits(float32(max32-ulp32/2)))
	fmt.Printf("%#x\n", math.Float64bits(float64(max64-ulp64/2)))
	fmt.Printf("%#x\n", math.Float64bits(float64(max64-ulp64+ulp64/2)))
	fmt.Printf("%#x\n", math.Float64bits(float64(max64+ulp64/2-ulp64/two64)))
	fmt.Println(float32(1.0000000596046447), float32(1.0000000596046448))
}
