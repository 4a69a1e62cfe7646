package main

// Type arguments that do not fit, as Go 1.19 reports them: an inferred one at the call's parenthesis, an explicit
// one where it is written; a count that is wrong; a generic function used without its type arguments.

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	return s
}

func Str[T fmt.Stringer](t T) {}

type G[T any] struct{ v T }

func Pair[K comparable, V any](k K, v V) {}

func main() {
	_ = Sum([]string{})
	_ = Sum[string]
	_ = Sum[int, int]
	Str(1)
	Str[int](1)
	var g G[int, int]
	Pair[[]int, int](nil, 1)
	Pair(func() {}, 1)
	f := Sum
	_, _ = g, f
}
