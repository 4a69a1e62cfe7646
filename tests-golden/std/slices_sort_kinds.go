// slices.Sort on every kind of ordered element, each sorted natively by its own order: unsigned 64-bit and 8-bit
// integers compared as unsigned, strings byte by byte, floats with NaNs first. Go 1.19 has no package slices:
// slices_sort_kinds.out was checked by hand, each value against the order its line should show.

package main

import (
	"fmt"
	"math"
	"slices"
)

type small uint8

func main() {
	a := []int{5, -3, 9, 0, -3, 7}
	slices.Sort(a)
	b := []uint64{1 << 63, 5, math.MaxUint64, 0, 1<<63 - 1}
	slices.Sort(b)
	c := []int8{-128, 127, 0, -1, 5}
	slices.Sort(c)
	d := []small{200, 3, 255, 0, 128}
	slices.Sort(d)
	e := []float64{2, math.NaN(), -1, math.Copysign(0, -1), 0, math.Inf(-1)}
	slices.Sort(e)
	f := []string{"b", "ä", "a", "B", ""}
	slices.Sort(f)
	g := []float32{3, 1, 2}
	slices.Sort(g[1:])
	var h []int
	slices.Sort(h)
	u := []uint{3, 1 << 63, 2}
	slices.Sort(u)
	fmt.Println(a, b, c, d, e, f, g, h, u)
	fmt.Println(slices.IsSorted(a), slices.IsSorted(b), slices.IsSorted(e), slices.IsSorted(u))
}
