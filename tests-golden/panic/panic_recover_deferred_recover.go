package main

import "fmt"

// recover stops a panic only when the function calling it was itself called by a deferred call of the panicking
// function; `defer recover()` counts as its function's own call made when that function returns.

func helper() interface{} { return recover() }

func viaHelper() (r interface{}) {
	defer func() {
		if v := helper(); v != nil {
			fmt.Println("helper recovered (wrong):", v)
		}
		r = recover()
	}()
	panic("a")
}

func deferredRecoverInDeferred() (out string) {
	defer func() {
		out = fmt.Sprint("after: ", recover())
	}()
	defer func() {
		defer recover()
	}()
	panic("b")
}

func deferredRecoverDuringOwnPanic() (out string) {
	defer func() {
		out = fmt.Sprint("outer sees: ", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner sees:", recover())
		}()
		defer recover() // run by the panic of "d", not by this function: no effect
		panic("d")
	}()
	panic("c")
}

func deferredRecoverAtTopLevel() {
	defer func() {
		fmt.Println("top-level deferred recover left:", recover())
	}()
	func() {
		defer recover() // this function was not called by a deferred call: no effect
		panic("e")
	}()
}

func nestedDeferredCall() (out interface{}) {
	defer func() {
		out = recover()
	}()
	defer func() {
		func() {
			defer func() {
				if got := recover(); got != nil {
					fmt.Println("nested recovered (wrong):", got)
				}
			}()
		}()
	}()
	panic("f")
}

func main() {
	fmt.Println("viaHelper:", viaHelper())
	fmt.Println(deferredRecoverInDeferred())
	fmt.Println(deferredRecoverDuringOwnPanic())
	deferredRecoverAtTopLevel()
	fmt.Println("nested:", nestedDeferredCall())
}
