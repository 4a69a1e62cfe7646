package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// countdown yields n, n-1, ..., 1.
func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func label(i int) string {
	return fmt.Sprint("#", i)
}

func sum(limit int) int {
	total := 0
	for i := range countdown(limit) {
		name := label(i)
		total += i
		fmt.Println(name)
	}
	for w := range slices.Values([]int{10, 20}) {
		total += w
	}
	return total
}

func main() {
	total := sum(2)
	scale := 2
	ages := map[string]int{"ann": 3}
	check := func() int {
		n := 0
		for k := range maps.Keys(ages) {
			n += ages[k] * scale
		}
		return n
	}
	n := check()
	fmt.Println(total, n)
}
