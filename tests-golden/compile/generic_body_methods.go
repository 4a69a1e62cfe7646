package main

import "fmt"

// Methods of a type parameter are its constraint's; a generic type's methods are checked once too, with the type
// parameters their receiver names; type assertions and switches on a type parameter's value are refused.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[E]) Sum() (total E) {
	for _, x := range s.items {
		total += x
	}
	return total
}

func describe[T fmt.Stringer](x T) string { return x.String() + x.Name() }

func field[T any](x T) int { return x.size }

func kind[T any](x T) string {
	switch x.(type) {
	}
	return ""
}

func asInt[T any](x T) int { return x.(int) }

func convert[T any](x T) int { return int(x) }

func later[T any]() { f := convert; _ = f }

func main() { fmt.Println("not reached") }
