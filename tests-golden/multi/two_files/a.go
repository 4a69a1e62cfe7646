package main

import "fmt"

// total is initialised after scale, which another file declares: order follows dependencies across files.
var total = scale * 10

func init() {
	fmt.Println("init in a.go, total =", total)
}

func main() {
	fmt.Println(greet("gopher"), total)
}
