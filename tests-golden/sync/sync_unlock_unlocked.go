package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("TryLock on free mutex:", mu.TryLock())
	fmt.Println("TryLock on held mutex:", mu.TryLock())
	mu.Unlock()
	defer fmt.Println("deferred calls do not run on a fatal error")
	defer func() {
		fmt.Println("recover cannot catch it:", recover())
	}()
	mu.Unlock()
}
