package main

// Package variables whose initializers need themselves, directly or through other variables, functions and
// methods, are an initialization loop, reported once per loop at its earliest variable with the path back.

type T struct{}

func (T) m() int { return y }

var x = T{}.m()
var y = x

var a = b + 1
var b = c * 2
var c = a

var f = func() int { return f() }

var s = "s" + t
var t = s + "t"

var ok1 = ok2 + 1
var ok2 = 1

func main() {
	println(ok1)
}
