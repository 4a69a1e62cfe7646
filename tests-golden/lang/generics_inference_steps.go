package main

// Inference as Go 1.19 does it: typed arguments first (named types before type literals, so the order of the
// arguments does not change the result), then the constraints' core terms (a union of channel types whose
// directions agree has one), then untyped constants with their default types; a spread argument stands for the
// whole variadic slice.

import "fmt"

type IDs []int

func pick[T any](a, b T) T { return b }

func Drain[C ~chan T | ~<-chan T, T any](c C) []T {
	var out []T
	for x := range c {
		out = append(out, x)
	}
	return out
}

func Chan[T any](xs ...T) <-chan T {
	c := make(chan T, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

func closed(xs ...int) chan int {
	c := make(chan int, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

func Count[T any](xs ...T) string { return fmt.Sprintf("%d %T", len(xs), xs) }

func Mix[T int | float64](x, f T) T { return x * f }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Index map[string][]int

func Last[S ~[]E, E any](s S, e E) S { return append(s, e) }

func main() {
	fmt.Printf("%T %T\n", pick(IDs{}, []int{}), pick([]int{}, IDs{}))
	fmt.Println(Drain(Chan("a", "b")), Drain(closed(4, 5)))
	fmt.Println(Count([]string{"x", "y"}...), Count(1, 2, 3), Count[byte]())
	fmt.Println(Mix(2, 3), Mix(1.5, 2.0), Mix(2.5, 4.0))
	fmt.Println(Keys(Index{"a": nil}))
	fmt.Printf("%T %v\n", Last(IDs{1}, 2), Last([]float64{0.5}, 1))
}
