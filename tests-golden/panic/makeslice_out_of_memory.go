package main

import "fmt"

func main() {
	defer func() {
		// out of memory is fatal: no deferred call runs, recover sees nothing
		fmt.Println("recovered:", recover())
	}()
	n := 1 << 40
	fmt.Println("allocating", n, "ints")
	s := make([]int, n)
	fmt.Println("not reached", len(s))
}
