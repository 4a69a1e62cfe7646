package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	m := map[interface{}]int{}
	m[[]int{1}] = 1
	fmt.Println(len(m))
}
