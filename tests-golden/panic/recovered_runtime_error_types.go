// The dynamic types of Go's run-time panics, as a program that recovers sees them: %T, assertions to
// runtime.Error and error, type switches, and map keys.
package main

import (
	"fmt"
	"runtime"
)

type E struct{ s string }

func (e E) Error() string { return e.s }

func catch(name string, f func()) (r interface{}) {
	defer func() {
		r = recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%-8s %-28T runtime.Error=%t  %v\n", name, r, isRuntime, r)
	}()
	f()
	return nil
}

func main() {
	var p *E
	var a []int
	var m map[string]int
	var i interface{} = "x"
	var z int
	catch("nilvalue", func() { _ = p.Error() })
	catch("index", func() { _ = a[5] })
	catch("slice", func() { _ = a[1:5] })
	catch("nilmap", func() { m["a"] = 1 })
	assertion := catch("assert", func() { _ = i.(int) })
	catch("div", func() { _ = 1 / z })
	catch("deref", func() { var q *int; _ = *q })
	catch("closed", func() { c := make(chan int); close(c); close(c) })
	catch("makelen", func() { n := -1; _ = make([]int, n) })
	catch("nilerr", func() { var e error; _ = e.Error() })

	switch x := assertion.(type) {
	case runtime.Error:
		fmt.Println("switch: runtime.Error:", x.Error())
	default:
		fmt.Println("switch: other")
	}
	seen := map[interface{}]int{assertion: 1}
	fmt.Println("as a map key:", seen[assertion])
}
