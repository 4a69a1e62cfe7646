// Fibonacci three ways, closures that keep state, and a word count with a map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// fib is the plain recursive definition.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// fibGen returns a closure that yields the next Fibonacci number on each call.
func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

// memo wraps f with a cache kept in a map captured by the returned closure.
func memo(f func(func(int) int, int) int) func(int) int {
	cache := map[int]int{}
	var g func(int) int
	g = func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(g, n)
		cache[n] = v
		return v
	}
	return g
}

func main() {
	fmt.Println("fib(25) =", fib(25))

	next := fibGen()
	var first []int
	for i := 0; i < 12; i++ {
		first = append(first, next())
	}
	fmt.Println("first 12:", first)

	fastFib := memo(func(self func(int) int, n int) int {
		if n < 2 {
			return n
		}
		return self(n-1) + self(n-2)
	})
	fmt.Println("fib(90) =", fastFib(90))

	text := "the quick brown fox jumps over the lazy dog the fox"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	for _, w := range words[:4] {
		fmt.Printf("%-5s %d\n", w, counts[w])
	}
}
