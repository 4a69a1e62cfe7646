package main

// A method expression on an interface type (I.M, a function taking the interface value first) is refused by
// name (Go itself compiles this program).

import "fmt"

type I interface{ M() int }
type T int

func (t T) M() int { return int(t) }

func main() {
	f := I.M
	fmt.Println(f(T(3)))
}
