package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	go func() {
		mu.Unlock()
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("unreachable")
}
