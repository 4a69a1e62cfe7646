package main

// Only gosub's own standard packages may declare functions without a body (their natives are in Java); in a
// program both Go and gosub report each one.

import "fmt"

type T int

func (T) Twice() int

func half(x int) int

func main() {
	fmt.Println(half(4), T(2).Twice())
}
