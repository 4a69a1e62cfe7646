package main

import "fmt"

func main() {
	defer func() {
		// within Go's limit (1 TiB of buffer) but more than the machine has: fatal, not a panic
		fmt.Println("recovered:", recover())
	}()
	n := 1 << 37
	fmt.Println("making a channel of", n, "ints")
	c := make(chan int, n)
	fmt.Println("not reached", cap(c))
}
