package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Map[T, U any](xs []T, f func(T) U) []U {
	r := make([]U, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type MyInt int

type List[T any] struct {
	head *node[T]
}
type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Add(v T) { l.head = &node[T]{v, l.head} }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

type Ord interface{ int | float64 | string }

func Max[T Ord](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]MyInt{4, 5}))
	fmt.Println(Map([]int{1, 2}, func(i int) string { return strings.Repeat("x", i) }))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]int{1}, 5))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok)
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	p := Pair[string, int]{"k", 1}
	fmt.Println(p)
	fmt.Printf("%T\n", Sum[MyInt])
	var l List[int]
	l.Add(1)
	l.Add(2)
	l.Each(func(i int) { fmt.Print(i, " ") })
	fmt.Println()
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1.0))
	fmt.Printf("%T %T\n", s, p)
	ps := []Pair[int, bool]{{1, true}}
	fmt.Println(ps)
}
