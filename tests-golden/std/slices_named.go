// slices functions that give back a slice keep a named slice type (Go 1.21 signatures, S ~[]E), and Insert leaves
// the argument's array alone when it must grow. slices_named.out was written by hand from the package
// documentation, as Go 1.19 has no package slices.

package main

import (
	"fmt"
	"slices"
)

type Names []string

func main() {
	n := Names{"b", "a", "a", "c"}
	c := slices.Clone(n)
	fmt.Printf("%T %v %v\n", c, c, slices.Clone([]int(nil)) == nil)
	c = slices.Compact(c)
	fmt.Printf("%T %v\n", c, c)
	d := slices.Delete(slices.Clone(n), 0, 1)
	fmt.Printf("%T %v\n", d, d)
	i := slices.Insert(n, 1, "x", "y")
	fmt.Printf("%T %v\n", i, i)
	r := slices.Replace(slices.Clone(n), 0, 2, "z")
	g := slices.Grow(r, 10)
	fmt.Printf("%T %v %v %T\n", r, r, cap(g) >= 13, slices.Clip(g))
	f := slices.DeleteFunc(slices.Clone(n), func(s string) bool { return s == "a" })
	cf := slices.CompactFunc([]int{1, 1, 2}, func(a, b int) bool { return a == b })
	fmt.Printf("%T %v %v\n", f, f, cf)
	fmt.Println(slices.Insert([]int{1, 2}, 2, 3))
}
