// Two goroutines write to one map without synchronisation: Go's runtime stops the
// program with "fatal error: concurrent map writes" (exit status 2), which no
// recover sees. The writers run until the runtime catches them, so the overlap is
// certain however the goroutines are scheduled; should it never be caught, the
// program says so after ten seconds.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func writer(m map[int]int, base int) {
	defer func() {
		fmt.Println("recovered:", recover()) // never runs: a fatal error is no panic
	}()
	for i := 0; ; i++ {
		m[base+i%100000] = i
		if i%3 == 0 {
			delete(m, base+(i-1)%100000)
		}
	}
}

func main() {
	runtime.GOMAXPROCS(2)
	m := map[int]int{}
	go writer(m, 0)
	go writer(m, 1000000)
	const patience = 10 * time.Second
	time.Sleep(patience)
	fmt.Println("not caught: len", len(m) > 0)
}
