// Function literals are named after the function they appear in, numbered in source order within it:
// main.main.func1, main.main.func2, and a literal inside a literal main.main.func1.1, as runtime.Callers and
// tracebacks show them (Go numbers each function's literals apart, not the package's).
package main

import (
	"fmt"
	"runtime"
)

func where() {
	pc := make([]uintptr, 10)
	n := runtime.Callers(2, pc)
	it := runtime.CallersFrames(pc[:n])
	f, _ := it.Next()
	fmt.Println(f.Function)
}

func other() {
	a := func() { where() }
	a()
	func() { where() }()
}

func main() {
	other()
	f := func() {
		where()
		func() {
			where()
			func() { where() }()
		}()
		func() { where() }()
	}
	f()
	h := func() {
		where()
		panic("in a nested literal")
	}
	h()
}
