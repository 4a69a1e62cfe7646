package main

// runtime.Breakpoint without a debugger ends the program as Go's breakpoint trap does: SIGTRAP, the goroutines'
// frames on stderr, exit status 2; deferred calls do not run.

import (
	"fmt"
	"runtime"
)

func stop() {
	runtime.Breakpoint()
}

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("before")
	stop()
	fmt.Println("after")
}
