// Since Go 1.22, slices.Delete, DeleteFunc, Compact, CompactFunc and Replace zero the elements between the new
// length and the old one. slices_tail_zeroed.out was written by hand from the Go 1.22 release notes and the
// package documentation, as Go 1.19 has no package slices.

package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5}
	d := slices.Delete(s, 1, 3)
	fmt.Println(d, s)

	p := []*int{new(int), new(int), new(int)}
	p = slices.Delete(p, 0, 1)
	fmt.Println(len(p), p[:3][2] == nil)

	c := []string{"a", "a", "b", "b", "b", "c"}
	fmt.Println(slices.Compact(c), c)

	cf := []int{1, 3, 5, 2, 4}
	odd := func(a, b int) bool { return a%2 == b%2 }
	fmt.Println(slices.CompactFunc(cf, odd), cf)

	df := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(slices.DeleteFunc(df, func(v int) bool { return v%2 == 0 }), df)

	r := []int{1, 2, 3, 4, 5}
	fmt.Println(slices.Replace(r, 1, 4, 9), r)
	g := []int{1, 2, 3}
	fmt.Println(slices.Replace(g, 1, 2, 7, 8), g)
	fmt.Println(slices.Replace([]int{1, 2}, 0, 0), slices.Delete([]int{1, 2}, 1, 1))
	w := make([]int, 3, 10)
	w2 := slices.Replace(w, 1, 2, 7, 8)
	fmt.Println(w2, w, w[:4])
}
