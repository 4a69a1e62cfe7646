// An iterator that calls yield after the loop body returned false is a run-time error (Go 1.23): the program
// panics. The expected output was written by hand from the Go runtime's documented error, as Go 1.19 cannot run it.

package main

import "fmt"

func stubborn(yield func(string) bool) {
	for _, s := range []string{"a", "b", "c"} {
		yield(s)
	}
}

func main() {
	for s := range stubborn {
		fmt.Println(s)
		break
	}
	fmt.Println("not reached")
}
