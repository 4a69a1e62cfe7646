package main

// Range over a function (Go 1.23's iterators) is refused by name; Go 1.19 rejects the program too, as
// "cannot range over count".

import "fmt"

func count(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	for i := range count {
		fmt.Println(i)
	}
}
