package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex

func receiver(ch chan int, ready chan bool, wg *sync.WaitGroup) {
	ready <- true
	<-ch
	wg.Done()
}

func locker(ready chan bool, wg *sync.WaitGroup) {
	ready <- true
	mu.Lock()
	mu.Unlock()
	wg.Done()
}

func sleeper(ready chan bool) {
	ready <- true
	time.Sleep(time.Hour)
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	ready := make(chan bool, 3)
	mu.Lock()
	wg.Add(2)
	go receiver(ch, ready, &wg)
	go locker(ready, &wg)
	go sleeper(ready)
	for i := 0; i < 3; i++ {
		<-ready
	}
	fmt.Println("all three are blocked")
	ch <- 42
	mu.Unlock()
	wg.Wait()
	fmt.Println("done")
}
