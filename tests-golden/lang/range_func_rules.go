// Go's run-time rules for iterator functions (Go 1.23). range_func_rules.out was written by hand from the Go
// specification and the runtime's documented errors, as Go 1.19 cannot run it.

package main

import (
	"fmt"
	"runtime"
)

// ignoresFalse goes on calling yield after the loop body said stop.
func ignoresFalse(yield func(int) bool) {
	yield(1)
	yield(2)
}

var kept func(int) bool

// keepsYield stores yield and calls it after the loop has ended.
func keepsYield(yield func(int) bool) {
	kept = yield
	yield(1)
}

// swallows recovers the body's panic and returns normally.
func swallows(yield func(int) bool) {
	defer func() {
		fmt.Println("  iterator recovered:", recover())
	}()
	yield(1)
}

// goesOn recovers the body's panic and calls yield again.
func goesOn(yield func(int) bool) {
	func() {
		defer func() { _ = recover() }()
		yield(1)
	}()
	yield(2)
}

// cleansUp shows that a panic in the body unwinds through the iterator's deferred calls.
func cleansUp(yield func(int) bool) {
	defer fmt.Println("  iterator cleanup")
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

// repanics recovers the body's panic and panics again: that is allowed.
func repanics(yield func(int) bool) {
	defer func() {
		if v := recover(); v != nil {
			panic(fmt.Sprint("wrapped: ", v))
		}
	}()
	yield(1)
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	try("yield after false", func() {
		for x := range ignoresFalse {
			fmt.Println("  body", x)
			break
		}
	})
	try("yield after the loop", func() {
		for x := range keepsYield {
			fmt.Println("  body", x)
		}
		fmt.Println("  loop over")
		kept(5)
	})
	try("panic swallowed", func() {
		for range swallows {
			panic("boom")
		}
	})
	try("yield after a panic", func() {
		for range goesOn {
			panic("boom")
		}
	})
	try("panic through the iterator", func() {
		for x := range cleansUp {
			if x == 2 {
				panic(fmt.Sprint("body panic at ", x))
			}
		}
	})
	try("panic replaced", func() {
		for range repanics {
			panic("first")
		}
	})
	try("nil iterator", func() {
		var seq func(func(int) bool)
		for range seq {
		}
	})
	try("iterator panics", func() {
		for x := range func(yield func(int) bool) {
			yield(1)
			panic("iterator failed")
		} {
			fmt.Println("  body", x)
		}
	})
}
