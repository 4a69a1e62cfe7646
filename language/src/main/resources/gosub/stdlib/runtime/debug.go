//gosub:partial
// Package debug, as far as gosub goes: the running goroutine's stack as text, and the runtime's tuning knobs.
// gosub runs on the JVM, whose collector, threads and stacks Go's knobs do not reach: each setter keeps the value
// and gives back the one before, as Go's do, and FreeOSMemory asks for a collection. The stack limit that ends a
// too-deep recursion is the option go.StackMiB's, whatever SetMaxStack was told. ReadBuildInfo, ReadGCStats,
// SetTraceback, WriteHeapDump and the rest are refused by name.
package debug

import (
	"os"
	"runtime"
	"strconv"
)

// The settings as the program last made them; the first values are Go's defaults (GOGC from the environment).
var (
	gcPercent    = percentFromEnvironment()
	maxStack     = 1000000000
	maxThreads   = 10000
	panicOnFault = false
	memoryLimit  = int64(1<<63 - 1)
)

// percentFromEnvironment reads GOGC as Go's runtime does: "off" is -1, a number is itself, anything else 100.
func percentFromEnvironment() int {
	v := os.Getenv("GOGC")
	if v == "off" {
		return -1
	}
	if n, err := strconv.Atoi(v); err == nil {
		return n
	}
	return 100
}

// SetGCPercent sets the collection target (a negative value turns collection off in Go) and returns the previous.
func SetGCPercent(percent int) int {
	old := gcPercent
	if percent < 0 {
		percent = -1
	}
	gcPercent = percent
	return old
}

// SetMaxStack sets the stack size limit of a goroutine in bytes and returns the previous one.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads sets how many operating system threads the program may use and returns the previous limit.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetPanicOnFault sets whether an unexpected memory fault panics instead of crashing, and returns the previous
// setting. gosub has no memory faults: its nil dereferences always panic.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// SetMemoryLimit sets the soft memory limit in bytes and returns the previous one; a negative limit only asks.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// FreeOSMemory collects garbage (the JVM decides what it gives back to the system).
func FreeOSMemory() {
	runtime.GC()
}

// Stack is the calling goroutine's stack as a traceback prints it.
func Stack() []byte {
	for size := 1024; ; size *= 2 {
		text := make([]byte, size)
		if written := runtime.Stack(text, false); written < size {
			return text[:written]
		}
	}
}

// PrintStack writes Stack() to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}
