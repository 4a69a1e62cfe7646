package main

import "fmt"

var x = compute()

func compute() int {
	fmt.Println("computing")
	var a []int
	return a[1]
}

func main() {
	fmt.Println("main", x)
}
