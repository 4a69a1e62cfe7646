package main

// A generic function or method that passes its own type parameters on to a generic type: the type parameter
// satisfies the type's constraint when its own type set lies inside it (named constraints, inline unions, with and
// without ~, methods, comparable), and the instance made for the signature (Vec[T] in Dot) must not disturb the
// methods of the real instances.

import (
	"fmt"
	"strconv"
)

type Ordered interface{ ~int | ~string }

type node[K Ordered] struct {
	k    K
	left *node[K]
}

type Tree[K Ordered] struct{ root *node[K] }

func walk[K Ordered](n *node[K], f func(K)) {
	if n != nil {
		walk(n.left, f)
		f(n.k)
	}
}

func (t *Tree[K]) Walk(f func(K)) { walk[K](t.root, f) }

type pair[K ~int | ~string] struct{ k K }

// a narrower type set than the type's constraint is fine
func first[K ~int](p pair[K]) K { return p.k }

type exact[K int | string] struct{ k K }

func get[K int | string](e exact[K]) K { return e.k }

type Num interface{ ~int | ~float64 }

type Vec[T Num] []T

func (v Vec[T]) Sum() (s T) {
	for _, x := range v {
		s += x
	}
	return
}

func Dot[T Num](a, b Vec[T]) T {
	var s T
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

type Labeled interface {
	~int
	Label() string
}

type Box[T Labeled] struct{ v T }

func (b Box[T]) Show() string { return b.v.Label() + "=" + strconv.Itoa(int(b.v)) }

func show[T Labeled](b Box[T]) string { return "box " + b.Show() }

type Code int

func (c Code) Label() string { return "code" }

type Set[T comparable] map[T]bool

func union[T Ordered](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

type Celsius float64

func main() {
	t := Tree[int]{&node[int]{k: 2, left: &node[int]{k: 1}}}
	t.Walk(func(k int) { fmt.Print(k, " ") })
	fmt.Println()
	fmt.Println(first(pair[int]{7}), get(exact[string]{"s"}))
	v := Vec[float64]{1, 2}
	fmt.Println(v.Sum(), Dot(v, v), Vec[Celsius]{1.5}.Sum(), Dot(Vec[int]{3}, Vec[int]{4}))
	fmt.Println(show(Box[Code]{4}))
	fmt.Println(len(union(Set[string]{"a": true}, Set[string]{"b": true, "a": true})))
}
