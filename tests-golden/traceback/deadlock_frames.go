// A deadlock report lists every blocked goroutine with its frames (function and FILE:LINE, innermost first) and
// the go statement that created it: here blocked on a channel, a mutex and a WaitGroup, and main in a select.
package main

import (
	"fmt"
	"sync"
)

func receiver(ch chan int) {
	<-ch
}

func locker(mu *sync.Mutex) {
	mu.Lock()
}

func waiter(wg *sync.WaitGroup) {
	wg.Wait()
}

func start(ch chan int, mu *sync.Mutex, wg *sync.WaitGroup) {
	go receiver(ch)
	go locker(mu)
	go waiter(wg)
}

func main() {
	ch := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	start(ch, &mu, &wg)
	fmt.Println("all started")
	select {}
}
