// A goroutine pipeline: generate -> square -> merge two workers -> sum,
// with select, a done channel for cancellation and a timeout.
package main

import (
	"fmt"
	"time"
)

func generate(done <-chan struct{}, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-done:
				return
			}
		}
	}()
	return out
}

// merge forwards the values of a and b until both are closed.
func merge(a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			}
		}
	}()
	return out
}

func main() {
	halt := make(chan struct{})
	src := generate(halt, 100)
	squares := merge(square(halt, src), square(halt, src))

	sum, count := 0, 0
	for v := range squares {
		sum += v
		count++
	}
	fmt.Printf("sum of squares 1..100 = %d (%d values)\n", sum, count)

	// cancellation: stop an endless producer early
	abort := make(chan struct{})
	nums := generate(abort, 1<<30)
	for v := range nums {
		if v == 5 {
			close(abort)
			break
		}
	}
	fmt.Println("stopped the producer after 5 values")

	// a timeout with select
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "too late"
	}()
	select {
	case msg := <-slow:
		fmt.Println(msg)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting for the slow goroutine")
	}
}
