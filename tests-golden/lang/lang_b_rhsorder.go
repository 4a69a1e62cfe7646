package main

import "fmt"

func get() int { fmt.Println("rhs evaluated"); return 1 }

func main() {
	defer func() { _ = recover() }()
	var p *int
	*p = get()
}
