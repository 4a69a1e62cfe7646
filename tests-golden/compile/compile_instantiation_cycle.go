package main

// A method whose result is its own type instantiated with a larger argument: List[string] needs
// List[Pair[string, int]], which needs List[Pair[Pair[string, int], int]], and so on without end. Go 1.19 refuses
// the package ("instantiation cycle") at the type parameter, naming the argument that grows.

import "fmt"

type Pair[A, B any] struct {
	A A
	B B
}

type List[T any] struct{ items []T }

func (l *List[T]) Pairs() *List[Pair[T, int]] {
	return nil
}

func main() {
	l := &List[string]{[]string{"a"}}
	fmt.Println(l.Pairs() == nil)
}
