package main

// Arguments that contradict what inference found, as Go 1.19 reports them at the argument: an untyped constant's
// default type against one inferred from an earlier untyped constant (Go gives untyped constants their default
// types last), a typed argument against another, an argument whose shape does not fit the parameter, and a
// function literal whose parameter type differs.

import "fmt"

func Scale[T int | float64](x, f T) T { return x * f }

func Same[T any](a, b T) {}

func Elems[T any](xs []T) {}

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	fmt.Println(Scale(2, 3), Scale(1.5, 2))
	Same(int8(1), int16(2))
	Elems(map[int]int{})
	Map([]int{1}, func(s string) int { return 0 })
}
