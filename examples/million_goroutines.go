package main

import (
	"fmt"
	"sync"
)

func main() {
	const N = 1000000
	release := make(chan struct{})
	var wg sync.WaitGroup
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
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-release
			results <- id % 7
		}(i)
	}
	close(release)
	wg.Wait()
	close(results)
	<-done
	fmt.Println("goroutines:", N, "total:", total)
}
