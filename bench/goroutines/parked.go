// parked: examples/million_goroutines.go with a pause once every goroutine is about to block, so that
// bench/goroutines.sh can take the heap's class histogram while a million goroutines are parked. It prints
// "parked" then, and goes on (releasing them all) when a line arrives on stdin.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sync"
)

func main() {
	const N = 1000000
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	results := make(chan int, 1024)
	total := 0
	done := make(chan bool)
	go func() {
		for v := range results {
			total += v
		}
		done <- true
	}()
	for i := 0; i < N; i++ {
		started.Add(1)
		finished.Add(1)
		go func(id int) {
			defer finished.Done()
			started.Done()
			<-release
			results <- id % 7
		}(i)
	}
	started.Wait()
	fmt.Println("parked")
	bufio.NewReader(os.Stdin).ReadString('\n')
	close(release)
	finished.Wait()
	close(results)
	<-done
	fmt.Println("goroutines:", N, "total:", total)
}
