package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	var a, b interface{} = []int{1}, []int{1}
	fmt.Println(a == b)
}
