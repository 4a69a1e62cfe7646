package main

// A generic function calling itself with a larger type argument, explicit in depth and inferred in wrap: each
// instance needs another. Go 1.19 refuses the package ("instantiation cycle"), naming the first cycle it finds.

import "fmt"

func depth[T any](n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth[[]T](n-1)
}

type Box[T any] struct{ v T }

func wrap[T any](x T, n int) int {
	if n == 0 {
		return 0
	}
	return 1 + wrap(Box[T]{x}, n-1)
}

func main() {
	fmt.Println(depth[int](2), wrap(1, 2))
}
