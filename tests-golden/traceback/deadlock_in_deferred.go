// A goroutine that blocks for good in a deferred call run by a panic: the deadlock report shows, below the
// deferred call, the panic (Go prints runtime.gopanic as "panic", in runtime/panic.go) over the panicking frames,
// which Go keeps until a deferred call recovers: the panicking line of inner, then outer at its call of inner.
package main

import "fmt"

func inner() {
	panic("boom")
}

func outer() {
	defer func() {
		fmt.Println("deferred call runs")
		var never chan int
		<-never
	}()
	inner()
}

func main() {
	outer()
}
