package main

// Package-level variables are initialised one at a time: always the earliest in declaration order that is ready,
// i.e. whose initializer uses (directly, or through the functions and methods it calls, method values and
// method expressions too) no variable still waiting. A variable without an initializer is ready at once.

import "fmt"

var trace []string

func f(name string, _ ...interface{}) int {
	trace = append(trace, name)
	return len(trace)
}

type T int

func (T) First() int  { return a }
func (T) Second() int { return b }

var (
	_  = d
	_  = f("_", c, b)
	m1 = T(0).First()
	m2 = T.Second(0)
	mv = T(0).First
	a  = f("a")
	b  = f("b")
	c  = f("c")
	d  = f("d")
)

var e = f("e", x)
var g = func() int {
	if false {
		_ = z
	}
	return f("g")
}()
var h = f("h")
var x int
var z = f("z")

func main() {
	fmt.Println(trace)
	fmt.Println(m1, m2, mv(), e, g, h)
}
