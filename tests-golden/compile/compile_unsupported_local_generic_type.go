package main

// A generic type declared inside a function is refused by name (Go itself compiles this program).

import "fmt"

func main() {
	type pair[T any] struct{ a, b T }
	fmt.Println(pair[int]{1, 2})
}
