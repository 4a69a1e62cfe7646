package main

// gosub has no complex numbers: literals, the complex types and the complex built-ins are refused by name
// (Go itself compiles this program).

import "fmt"

func main() {
	z := 3 + 4i
	var w complex128 = z
	fmt.Println(z, w, real(w))
}
