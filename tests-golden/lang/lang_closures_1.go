package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	x := 1
	f := func() { x *= 2 }
	f()
	f()
	fmt.Println(x)
	fs := []func(int) int{
		func(i int) int { return i + 1 },
		func(i int) int { return i * 10 },
	}
	fmt.Println(apply(fs, 4))
	g := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	adders := make([]func() int, 0)
	for i := 0; i < 3; i++ {
		j := i
		adders = append(adders, func() int { return j * 10 })
	}
	for _, a := range adders {
		fmt.Print(a(), " ")
	}
	fmt.Println()
	func(msg string) {
		fmt.Println("iife", msg)
	}("now")
	y := 5
	h := func() func() int {
		return func() int { y++; return y }
	}()
	h()
	fmt.Println(y)
	fmt.Println(h())
}
