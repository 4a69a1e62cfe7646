// reflect.DeepEqual with Go's rules: types must be identical, nil and empty differ, NaN is unequal, cycles end.
package main

import (
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
}

type Named []int

func main() {
	a := &Node{Val: 1}
	a.Next = a
	b := &Node{Val: 1}
	b.Next = b
	nan := math.NaN()
	f := func() {}
	cases := []struct {
		x, y any
	}{
		{1, 1}, {1, int64(1)}, {"a", "a"}, {[]int{1, 2}, []int{1, 2}}, {[]int{}, []int(nil)}, {[]int(nil), []int(nil)},
		{Named{1}, []int{1}}, {map[string][]int{"a": {1}}, map[string][]int{"a": {1}}}, {map[int]int{}, map[int]int(nil)},
		{map[int]int{1: 2}, map[int]int{1: 3}}, {[2]any{1, "x"}, [2]any{1, "x"}}, {nan, nan}, {[]float64{nan}, []float64{nan}},
		{a, b}, {&Node{Val: 1}, &Node{Val: 2}}, {f, f}, {(func())(nil), (func())(nil)}, {nil, nil}, {nil, 0},
		{struct{ A []string }{[]string{"x"}}, struct{ A []string }{[]string{"x"}}}, {error(nil), nil},
		{map[any]int{1: 1, "k": 2}, map[any]int{"k": 2, 1: 1}},
	}
	for i, c := range cases {
		fmt.Println(i, reflect.DeepEqual(c.x, c.y))
	}
	s := []float64{nan}
	fmt.Println("same slice with NaN:", reflect.DeepEqual(s, s))
}
