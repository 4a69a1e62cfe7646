package main

// A type parameter used as a type argument satisfies the constraint by its own constraint: its type set must lie
// inside, its methods come from its constraint, and it is comparable only when its type set is.

type Ordered interface{ ~int | ~string }

type node[K Ordered] struct{ k K }

type Set[T comparable] map[T]bool

type Stringer interface{ String() string }

type Box[T Stringer] struct{ v T }

func wider[K any](n node[K]) K { return n.k } // ERROR "K does not implement Ordered$"

func other[K ~int | ~float64](n node[K]) K { return n.k } // ERROR "K does not implement Ordered$"

func keys[T any](s Set[T]) {} // ERROR "T does not implement comparable"

func boxed[T any](b Box[T]) {} // ERROR "T does not implement Stringer \(missing String method\)"

func fits[T interface {
	~int
	String() string
}](b Box[T], n node[T], s Set[T]) {
}

func exact[T int](n node[T]) {}

func union[T interface{ int | string }](n node[T], s Set[T]) {}

type MyInt int

func named[T MyInt](n node[T]) {}

func main() {
	var x node[float64] // ERROR "float64 does not implement Ordered \(float64 missing in ~int \| ~string\)"
	var y node[MyInt]
	var z Set[[]int] // ERROR "\[\]int does not implement comparable"
	_, _, _ = x, y, z
}
