package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %v (%T)\n", r, r)
		}()
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	var wg2 sync.WaitGroup
	wg2.Add(2)
	go func() {
		defer wg2.Done()
		fmt.Println("worker")
	}()
	wg2.Done()
	wg2.Wait()
	fmt.Println("now an unrecovered negative counter")
	wg2.Add(-1)
	fmt.Println("unreachable")
}
