// Range over functions (Go 1.23). range_func.out was written by hand from the Go specification ("For statements
// with range clause": function iterators) and the Go 1.22/1.23 release notes, as Go 1.19 cannot run it.

package main

import (
	"fmt"
	"iter"
)

// count yields 0..n-1 and says when the loop stopped it early.
func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  count: done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  count: stopped at", i)
				return
			}
		}
	}
}

// Pairs is a named iterator type of our own.
type Pairs func(yield func(string, int) bool)

func pairs(words ...string) Pairs {
	return func(yield func(string, int) bool) {
		for i, w := range words {
			if !yield(w, i) {
				return
			}
		}
	}
}

// tick is an iterator without values: a plain function value.
func tick(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

// filter is a generic adapter: iterators compose.
func filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func find(want int) (int, bool) {
	for x := range count(10) {
		if x == want {
			return x * 100, true
		}
	}
	return -1, false
}

func named() (r string) {
	for w, i := range pairs("a", "b", "c") {
		r += w
		if i == 1 {
			return
		}
	}
	return "unreached"
}

func deferInBody() {
	for x := range count(3) {
		defer fmt.Println("deferred", x)
	}
	fmt.Println("deferInBody returns")
}

func main() {
	fmt.Println("break and continue:")
	for x := range count(6) {
		if x == 1 {
			continue
		}
		if x == 4 {
			break
		}
		fmt.Println(x)
	}

	fmt.Println("two values, named type:")
	for w, i := range pairs("x", "y") {
		fmt.Println(i, w)
	}
	for w := range pairs("only keys") {
		fmt.Println(w)
	}

	fmt.Println("no values:")
	n := 0
	for range tick {
		n++
	}
	fmt.Println("ticks", n)

	fmt.Println("return from the body:")
	fmt.Println(find(4))
	fmt.Println(named())

	fmt.Println("labelled branches to an outer loop:")
outer:
	for i := range 3 {
		for x := range count(5) {
			if x == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, x)
		}
	}

	fmt.Println("nested iterators, break of the outer one:")
rows:
	for r := range count(3) {
		for c := range count(3) {
			if r == 1 && c == 1 {
				break rows
			}
			fmt.Println("cell", r, c)
		}
	}

	fmt.Println("goto out of the body:")
	seen := 0
	for x := range count(5) {
		if x == 2 {
			goto after
		}
		seen++
	}
after:
	fmt.Println("seen", seen)

	fmt.Println("defer in the body:")
	deferInBody()

	fmt.Println("per-iteration variables:")
	var fs []func() int
	for x := range count(3) {
		fs = append(fs, func() int { return x * x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fmt.Println("assignment to existing variables:")
	var last string
	var idx int
	for last, idx = range pairs("p", "q") {
	}
	fmt.Println(last, idx)

	fmt.Println("generic adapter:")
	even := filter(count(7), func(v int) bool { return v%2 == 0 })
	for v := range even {
		fmt.Print(v, " ")
	}
	fmt.Println()

	fmt.Println("a function literal ranged over directly:")
	for s := range func(yield func(string) bool) {
		_ = yield("one") && yield("two") && yield("three")
	} {
		fmt.Println(s)
		if s == "two" {
			break
		}
	}
}
