package main

import "fmt"

func main() {
	x := complex(1, 2)
	fmt.Println(x < x)
	var y complex128
	y %= 2
	fmt.Println(y&^2, 1i < 2i)
	var n int
	var f float64
	var g float32
	fmt.Println(complex(n, n), complex(f, g), real(f), imag(n), real("a"))
	fmt.Println(complex(1i, 2))
}
