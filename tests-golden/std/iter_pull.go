// Package iter's pull iterators (Go 1.23). iter_pull.out was written by hand from the package's documentation,
// as Go 1.19 cannot run it.

package main

import (
	"fmt"
	"iter"
	"slices"
)

func letters(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		defer fmt.Println("  letters: cleanup")
		for _, r := range s {
			if !yield(string(r)) {
				fmt.Println("  letters: told to stop")
				return
			}
		}
	}
}

// zip pairs two iterators up, pulling from both.
func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		for {
			x, ok1 := nextA()
			y, ok2 := nextB()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	fmt.Println("to the end:")
	next, stop := iter.Pull(letters("ab"))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
	fmt.Println(next())
	stop()
	stop()

	fmt.Println("stopped early:")
	next, stop = iter.Pull(letters("xyz"))
	fmt.Println(next())
	stop()
	fmt.Println(next())

	fmt.Println("stopped before the first next:")
	_, stop = iter.Pull(letters("never"))
	stop()

	fmt.Println("pairs:")
	next2, stop2 := iter.Pull2(slices.All([]string{"zero", "one"}))
	for i := 0; i < 3; i++ {
		fmt.Println(next2())
	}
	stop2()

	fmt.Println("zip:")
	for x, n := range zip(letters("abc"), slices.Values([]int{1, 2})) {
		fmt.Println(x, n)
	}

	fmt.Println("a panic in the iterator reaches next:")
	next, stop = iter.Pull(func(yield func(string) bool) {
		yield("fine")
		panic("broken iterator")
	})
	fmt.Println(next())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next()
	}()
	fmt.Println(next())
	stop()
}
