// Go 1.21+ API (OnceFunc, OnceValue, OnceValues; Map.Clear is Go 1.23): sync_oncefunc.out was written by hand
// from the Go documentation and sources, as Go 1.19 cannot run it.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.Alloc > 0, m.Sys >= m.Alloc, m.NumGC >= 0)
	n := 0
	f := sync.OnceFunc(func() { n++ })
	f()
	f()
	fmt.Println(n)
	v := sync.OnceValue(func() int { n++; return n * 10 })
	fmt.Println(v(), v(), n)
	a, b := sync.OnceValues(func() (string, error) { return "x", nil })()
	fmt.Println(a, b)
	p := sync.OnceFunc(func() { panic("once") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
	var sm sync.Map
	sm.Store(1, 2)
	sm.Clear()
	_, ok := sm.Load(1)
	fmt.Println(ok)
}
