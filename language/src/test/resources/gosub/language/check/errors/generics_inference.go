package main

// Type inference that fails as Go 1.19 reports it: untyped constants take their default types only after the
// typed arguments, each against what was inferred before that step; a typed argument must be identical to what
// an earlier one gave; an argument must have the parameter's shape.

func Scale[T int | float64](x, f T) T { return x * f }

func Same[T any](a, b T) {}

func Elems[T any](xs []T) {}

func Pair[K comparable, V any](m map[K]V, k K) {}

type IDs []int

func main() {
	_ = Scale(2, 3)
	_ = Scale(1.5, 2) // ERROR "default type int of 2 does not match inferred type float64 for T"
	_ = Scale(2, 1.5) // ERROR "default type float64 of 1.5 does not match inferred type int for T"
	_ = Scale(1.5, 2.0)
	Same(int8(1), int16(2)) // ERROR "type int16 of int16\(2\) does not match inferred type int8 for T"
	Same(int8(1), 2)
	Same(IDs{}, []int{})
	Same([]int{}, IDs{})
	Elems(map[int]int{}) // ERROR "type map\[int\]int of map\[int\]int\{\} does not match \[\]T \(cannot infer T\)"
	Elems(IDs{})
	Pair(map[string]int{}, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to Pair"
}
