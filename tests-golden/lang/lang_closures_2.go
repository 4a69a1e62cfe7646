package main

import "fmt"

type Middleware func(Handler) Handler
type Handler func(string) string

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Tag(t string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string {
			return "<" + t + ">" + next(s) + "</" + t + ">"
		}
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func gen(nums ...int) func() (int, bool) {
	i := 0
	return func() (int, bool) {
		if i >= len(nums) {
			return 0, false
		}
		i++
		return nums[i-1], true
	}
}

func main() {
	h := Chain(func(s string) string { return s }, Tag("b"), Tag("i"))
	fmt.Println(h("x"))
	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	next := gen(3, 1, 4)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	acc := 0
	add := func(xs ...int) func() int {
		return func() int {
			for _, x := range xs {
				acc += x
			}
			return acc
		}
	}
	a1, a2 := add(1, 2), add(10)
	fmt.Println(a1(), a2(), a1(), acc)
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())
}
