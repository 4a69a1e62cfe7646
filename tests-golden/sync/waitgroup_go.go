// sync.WaitGroup.Go (Go 1.25) and the Once helpers (Go 1.21). waitgroup_go.out was written by hand from the
// package documentation, as Go 1.19 cannot run it.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := range 10 {
		wg.Go(func() {
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("total", total)

	results := make([]int, 4)
	for i := range results {
		wg.Go(func() { results[i] = i * i })
	}
	wg.Wait()
	fmt.Println(results)

	calls := 0
	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), calls)

	a, err := sync.OnceValues(func() (string, error) { calls++; return "once", nil })()
	fmt.Println(a, err, calls)

	failing := sync.OnceValues(func() (int, error) {
		calls++
		panic("setup failed")
	})
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			failing()
		}()
	}
	fmt.Println("calls", calls)
}
