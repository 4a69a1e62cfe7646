// Expected output written by reasoning (Go 1.22 per-iteration loop variables and range over int;
// the Go 1.19 oracle has the old semantics).
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		hs = append(hs, func() int { return i })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var u uint8 = 3
	for i := range u {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
}
