// Goroutines started on functions written in Java (sync.WaitGroup.Wait, sync.Mutex.Lock) show those
// functions in the deadlock report, as Go shows its own.
package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var mu sync.Mutex
	mu.Lock()
	go wg.Wait()
	go mu.Lock()
	time.Sleep(time.Millisecond * 30)
	select {}
}
