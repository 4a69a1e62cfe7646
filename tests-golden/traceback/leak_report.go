// With GOSUB_LEAKS=1 (leak_report.env) the goroutines still alive when main returns are reported on stderr with
// their wait, frames and creation site, and the exit status is 4 (gosub's own; go run, which has no such report,
// exits 0). A worker that has finished is not reported, even one main did not wait for.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func consume(results <-chan int) {
	for r := range results {
		fmt.Println("late", r)
	}
}

func produce(n int, out chan<- int) {
	out <- n // nobody receives: leaked
}

func work(n int, total *int64, wg *sync.WaitGroup) {
	defer wg.Done()
	atomic.AddInt64(total, int64(n))
}

func main() {
	var wg sync.WaitGroup
	var total int64
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go work(i, &total, &wg)
	}
	wg.Wait()
	fmt.Println("total", total)
	go consume(make(chan int))
	go produce(7, make(chan int))
	fmt.Println("main returns")
}
