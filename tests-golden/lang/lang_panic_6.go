package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	var m map[string][]int
	m["a"] = append(m["a"], 1)
}

func main() {
	defer fmt.Println("main defer")
	defer func() {
		fmt.Println("recovering? no")
	}()
	inner()
}
