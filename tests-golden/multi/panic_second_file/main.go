package main

import "fmt"

func main() {
	fmt.Println("starting")
	fmt.Println(pick([]int{1, 2, 3}, 1))
	fmt.Println(pick([]int{1, 2, 3}, 5))
}
