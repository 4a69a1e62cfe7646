// The lines Go gives to operations of a statement written over several lines: a call is at its opening
// parenthesis, an index or slice expression's bounds check at its opening bracket, an integer division at its
// operator, and a select case's channel operand at its own line; a run-time error there is reported at that line
// (here seen by runtime.Caller from a deferred call, below runtime.gopanic), not at the statement's first line.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var i = 5

// try runs f and prints where f panicked: the innermost frame of main below the panic.
func try(f func()) {
	defer func() {
		recover()
		for d := 2; d < 8; d++ {
			pc, _, line, ok := runtime.Caller(d)
			if !ok {
				fmt.Println("no frame of main found")
				return
			}
			if name := runtime.FuncForPC(pc).Name(); strings.HasPrefix(name, "main.") {
				fmt.Println(name, line)
				return
			}
		}
	}()
	f()
}

func id(x int) int { return x }

type T struct{}

// M prints the line it was called from.
func (T) M() {
	_, _, at, _ := runtime.Caller(1)
	fmt.Println("M called at line", at)
}

func main() {
	a := []int{1}
	var m [3]int
	s := "abc"
	var t *struct{ c chan int }
	try(func() {
		_ = id(1 +
			a[i])
	})
	try(func() {
		a[0], a[
			i] = 1, 2
	})
	try(func() {
		fmt.Println(1,
			m[i])
	})
	try(func() {
		fmt.Println(1,
			a[i:])
	})
	try(func() {
		fmt.Println(
			s[:i])
	})
	try(func() {
		fmt.Println(
			s[i])
	})
	try(func() {
		x := 0
		fmt.Println(1,
			1/x)
	})
	try(func() {
		var c chan int
		select {
		case <-c:
		case <-t.c:
		}
	})
	var v T
	v.
		M()
	func() {
		v.M()
	}()
	fmt.Println(id(
		1), strings.Repeat("-",
		id(2)))
}
