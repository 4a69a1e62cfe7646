// Range over functions in generic code and recursive iterators (Go 1.23). range_func_generic.out was written by
// hand from the Go specification, as Go 1.19 cannot run it.

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func drain[S ~func(func(int) bool)](s S) (n int) {
	for x := range s {
		n += x
	}
	return
}

func first[K comparable, V any](seq iter.Seq2[K, V]) (K, V) {
	for k, v := range seq {
		return k, v
	}
	var k K
	var v V
	return k, v
}

type Tree struct {
	left, right *Tree
	v           int
}

func (t *Tree) All(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.left.All(yield) && yield(t.v) && t.right.All(yield)
}

func (t *Tree) Walk() iter.Seq[int] {
	return func(yield func(int) bool) { t.All(yield) }
}

func main() {
	fmt.Println(drain(slices.Values([]int{1, 2, 3})))
	fmt.Println(first(slices.All([]string{"a"})))
	fmt.Println(first(maps.All(map[string]int{})))
	t := &Tree{&Tree{nil, nil, 1}, &Tree{nil, &Tree{nil, nil, 4}, 3}, 2}
	for v := range t.Walk() {
		fmt.Print(v, " ")
		if v == 3 {
			break
		}
	}
	fmt.Println()
	fmt.Println(slices.Collect(t.Walk()))
}
