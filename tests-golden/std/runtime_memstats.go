package main

// runtime.ReadMemStats reports the heap in use within what the system gave, and MemProfileRate is a variable
// programs may set (0 at first: Go's linker turns sampling off in a program that reads no profile).

import (
	"fmt"
	"runtime"
)

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println(after.NumGC >= before.NumGC, after.HeapAlloc > 0, after.Sys >= after.HeapAlloc)
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 4096
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate)
}
