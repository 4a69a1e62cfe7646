package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() {
		out <- fmt.Sprint("deferred ran, recover: ", recover())
	}()
	func() {
		defer func() { out <- "inner deferred" }()
		runtime.Goexit()
	}()
	out <- "not reached"
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	wg.Add(1)
	go worker(&wg, out)
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}
