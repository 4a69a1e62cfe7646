package main

import "fmt"

func pick(xs []int, i int) int {
	defer fmt.Println("leaving pick", i)
	return xs[i]
}
