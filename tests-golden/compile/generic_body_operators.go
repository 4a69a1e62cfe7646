package main

// The body of a generic function is checked once, for every type argument at once: each type parameter allows the
// operations its whole type set allows, so these errors are reported although nothing instantiates the functions.

type Number interface{ ~int | ~int64 | ~float64 }

func double[T any](x T) T { return x + x }

func negate[T ~int | ~string](x T) T { return -x }

func equal[T any](x, y T) bool { return x == y }

func less[K comparable](x, y K) bool { return x < y }

func isNil[T any](x T) bool { return x == nil }

func addOne[T any](x T) T { return x + 1 }

func small[T ~int8 | ~int16](x T) T { return x * 1000 }

func zero[T any]() T { return 0 }

func toInt[T Number](x T) int { var i int = x; return i }

func main() {}
