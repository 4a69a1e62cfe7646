// A panic raised in a deferred call starts on top of the frames below that call, and Go's report of it shows
// them: under a deferred call run by a panic, "panic" (runtime.gopanic) over the panicking frames; under one run
// at a return, the function at its closing brace (or return statement).
package main

func f() {
	defer func() {
		panic("second")
	}()
	panic("first")
}

func g() {
	defer func() {
		panic("in g's defer")
	}()
	println()
}

func main() {
	defer func() {
		recover()
		f()
	}()
	g()
}
