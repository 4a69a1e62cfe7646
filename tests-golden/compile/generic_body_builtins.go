package main

// Built-ins, indexing, slicing, ranging and literals on a type parameter need every type of its type set to allow
// them (or one core type): with "any" none do.

func length[T any](x T) int { return len(x) }

func first[T any](x T) byte { return x[0] }

func part[T any](x T) T { return x[1:2] }

func each[T any](x T) {
	for range x {
	}
}

func fresh[T any]() T { return make(T) }

func grow[T any](x T) { _ = append(x, 1) }

func literal[T any]() T { return T{} }

func call[T any](f T) { f() }

func capacity[T ~int | ~[]int](x T) int { return cap(x) }

func main() {}
