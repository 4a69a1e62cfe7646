// Tracebacks of blocked goroutines after calls of functions that never block (sum, square: their calls note no
// call site) and through recursion that does block (wait): every frame keeps its own line.
package main

import "fmt"

func square(x int) int { return x * x }

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return square(n) + sum(n-1)
}

func wait(ch chan int, depth int) int {
	if depth == 0 {
		return <-ch
	}
	return wait(ch, depth-1) + 1
}

func worker(ch chan int) {
	wait(ch, sum(10)-383)
}

func main() {
	ch := make(chan int)
	go worker(ch)
	fmt.Println(sum(5))
	wait(ch, sum(1))
}
