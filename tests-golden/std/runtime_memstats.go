package main

// runtime.ReadMemStats reports the heap in use within what the system gave, and MemProfileRate is a variable
// programs may set (0 at first: Go's linker turns sampling off in a program that reads no profile).

import (
	"fmt"
	"runtime"
)

func main() {
	var first, second runtime.MemStats
	runtime.ReadMemStats(&first)
	runtime.GC()
	runtime.ReadMemStats(&second)
	fmt.Println(second.NumGC >= first.NumGC, second.HeapAlloc > 0, second.Sys >= second.HeapAlloc)
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 4096
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate)
}
