// Expected output written by reasoning (Go 1.21 min/max/clear; Go 1.19 oracle cannot run this).
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("a", "b"))
	x, y := 4, 9
	fmt.Println(min(x, y), max(x, y, 100))
	var f float64 = min(1, 2.5)
	fmt.Println(f)
	counts := map[string]int{"a": 1, "b": 2}
	clear(counts)
	fmt.Println(len(counts), counts)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	const c = min(5, 7)
	fmt.Println(c)
}
