// Generic type aliases (Go 1.24). generic_alias.out was written by hand from the Go specification ("Alias
// declarations") and the Go 1.24 release notes, as Go 1.19 cannot run it.

package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type List[T any] = []T

type Pair[K comparable, V any] = struct {
	Key K
	Val V
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type IntBox = Box[int]
type Boxed[T any] = Box[T]

func sum[T int | float64](l List[T]) T {
	var s T
	for _, v := range l {
		s += v
	}
	return s
}

func keys[T comparable](s Set[T]) int { return len(s) }

func main() {
	s := Set[string]{"a": {}, "b": {}}
	var m map[string]struct{} = s
	fmt.Printf("%T %d %d\n", s, len(m), keys(s))

	var l List[int] = []int{1, 2, 3}
	fmt.Printf("%T %v\n", l, sum(l))
	fmt.Println(sum(List[float64]{0.5, 0.25}))

	p := Pair[string, int]{"k", 1}
	var anon struct {
		Key string
		Val int
	} = p
	fmt.Printf("%v %+v\n", p, anon)

	var b Boxed[string] = Box[string]{"x"}
	fmt.Printf("%T %s %d\n", b, b.Get(), IntBox{5}.Get())
}
