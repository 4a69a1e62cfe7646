// Tracebacks of a blocked goroutine whose frames are calls through function values and interfaces, made after
// calls of small closures and methods that never block (their calls note no call site) from the same functions:
// every frame shows the line of the call that is under way, not of a leaf call made before it.
package main

import "fmt"

type waiter interface {
	wait(ch chan int) int
	double(x int) int
}

type box struct{ n int }

func (b *box) double(x int) int { return 2 * x * b.n }

func (b *box) wait(ch chan int) int {
	b.n = b.double(b.n)
	return <-ch + b.n
}

func main() {
	ch := make(chan int)
	k := 3
	add := func(x int) int { return x + k }
	var w waiter = &box{n: 1}
	through := func(f func(int) int) int {
		fmt.Println(w.double(f(1)))
		return w.wait(ch)
	}
	fmt.Println(add(4))
	fmt.Println(through(add))
}
