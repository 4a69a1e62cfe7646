package main

// Errors of Go's parser that are not syntax errors (go and defer without a call, a method without a receiver,
// 3-index slices without their indices) do not stop Go's compiler: the type checker's errors come with them, and
// the label checks of a body with such an error are skipped (L is not reported, M is).

import "fmt"

type T struct{}

func () m() {}

func f() int { return 1 }

func main() {
	defer fmt.Println
	go (f())
	defer (f)
	go 1
	var s []int
	_ = s[1:2:]
	var x int = "s"
	m()
L:
	for {
	}
}

func g() {
M:
	for {
	}
	var y string = 1
}
