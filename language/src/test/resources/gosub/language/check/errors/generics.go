package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	return s
}

func Pair[K comparable, V any](k K, v V) {}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	_ = Sum([]string{})       // ERROR "string does not implement Number"
	_ = Zero()                // ERROR "cannot infer T"
	_ = Sum[int, int]         // ERROR "got 2 type arguments but want 1"
	Pair[[]int, int](nil, 1)  // ERROR "\[\]int does not implement comparable"
	_ = Sum                   // ERROR "cannot use generic function Sum without instantiation"
	var x int
	_ = x[int]                // ERROR "invalid operation: cannot index x \(variable of type int\)|x is not a generic"
}
