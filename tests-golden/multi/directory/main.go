package main

import "fmt"

var order []string

func note(s string) string {
	order = append(order, s)
	return s
}

var first = note("main.go")

func init() { fmt.Println("init main.go") }

func main() {
	fmt.Println(order)
	fmt.Println(shape{3, 4}.area(), version)
}
