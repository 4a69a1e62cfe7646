// runtime/debug: the stack as text, and the tuning knobs, each giving back its previous value (GOGC read at the
// start, -1 for off). gosub keeps the values (the JVM runs its own collector and stacks) and FreeOSMemory collects.
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

//go:noinline
func f() string { return string(debug.Stack()) }

func main() {
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<20))
	fmt.Println(debug.SetMaxThreads(100), debug.SetPanicOnFault(true), debug.SetMemoryLimit(-1))
	debug.FreeOSMemory()
	s := f()
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:"), strings.Contains(s, "main.f("), strings.Contains(s, "main.main()"))
	fmt.Println(strings.Contains(s, "runtime/debug.Stack("), strings.Count(s, "\n") >= 6)
}
