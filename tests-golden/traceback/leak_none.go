// With GOSUB_LEAKS=1 (leak_none.env) a program whose goroutines have all ended, or are ending, when main returns
// runs as without it: same output, status 0, nothing on stderr. The workers here are still between wg.Done and
// their return, or between a send and their return, when main goes on.
package main

import (
	"fmt"
	"sync"
)

func square(n int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- n * n
}

func main() {
	out := make(chan int, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go square(i, out, &wg)
	}
	wg.Wait()
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	done := make(chan bool)
	go func() {
		done <- true
	}()
	<-done
	fmt.Println("sum", sum)
}
