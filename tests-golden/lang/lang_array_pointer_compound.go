package main

import "fmt"

func main() {
	a := [4]int{1, 2, 3, 4}
	p := &a
	p[0] ^= 5
	p[1] += 10
	p[2]++
	q := &[2]string{"x", "y"}
	q[1] += "z"
	fmt.Println(a, *q)
}
