// A panic in sort.Slice's less reaches the top: the traceback goes from the closure through sort.Slice to main.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 2, 5, 4}
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == 2 {
			panic(fmt.Sprint("less saw 2 at ", i))
		}
		return xs[i] < xs[j]
	})
	fmt.Println("not reached")
}
