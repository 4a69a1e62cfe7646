package main

import "fmt"

func main() {
	var f float64 = 1 + 2i
	var i int = 2i
	const c = 1 + 2i
	var g float32 = c
	var h complex64 = 1e300i
	fmt.Println(f, i, g, h, int(c))
	const z = 1 / 0i
	var w complex128
	_ = float64(w)
}
