package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryRLock with writer:", rw.TryRLock())
	rw.Unlock()
	rw.RUnlock()
}
