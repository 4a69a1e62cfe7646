// Package runtime exposes what gosub's scheduler knows, as Go's runtime package.
package runtime

// Error is the interface of the errors the run time itself raises (index out of range, nil dereference, ...).
type Error interface {
	error
	// RuntimeError does nothing; having it is what sets these errors apart from ordinary ones.
	RuntimeError()
}

// GOOS and GOARCH are those of the Go toolchain gosub mirrors.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
	// Compiler is the name of the compiler toolchain that built the running binary.
	Compiler = "gc"
)

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and returns the previous
// setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// NumCPU says how many logical CPUs this process may use.
func NumCPU() int

// NumGoroutine counts the goroutines alive now.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit runs all deferred calls of the calling goroutine, then ends it.
func Goexit()

// GC runs a garbage collection (the JVM's collector decides; this is a hint).
func GC()

// Version names the Go release whose behaviour gosub follows.
func Version() string { return "go1.19.8" }

// GOROOT returns the root of the Go tree.
func GOROOT() string { return "/usr/lib/go" }

// KeepAlive keeps x reachable up to the call; the JVM's collector needs no such hint, so it does nothing.
func KeepAlive(x any) {}

// A MemStats records statistics about the memory allocator (gosub reports the JVM heap's).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
}

// heapStats reports the JVM heap: bytes in use, bytes reserved, collections so far, total pause time.
func heapStats() (used, committed, collections, pauseNanos uint64)

// ReadMemStats fills m with the heap figures gosub can know (the JVM heap's); the other fields are zero.
func ReadMemStats(m *MemStats) {
	used, committed, collections, pause := heapStats()
	*m = MemStats{}
	m.Alloc = used
	m.TotalAlloc = used
	m.Sys = committed
	m.HeapAlloc = used
	m.HeapSys = committed
	m.HeapInuse = used
	m.HeapIdle = committed - used
	m.NextGC = committed
	m.NumGC = uint32(collections)
	m.PauseTotalNs = pause
	m.EnableGC = true
}

// Caller says which call the calling goroutine is in: skip 0 is the call of Caller itself, 1 the call of the
// function that called Caller, and so on. file is the source file as gosub was given it; pc is always 0, since
// gosub has no program counters. ok is false when the goroutine's calls are not that deep.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	file, line, ok = callerPosition(skip + 1)
	return 0, file, line, ok
}

// callerPosition is the position of the call made by the depth-th Go function out from its caller.
func callerPosition(depth int) (file string, line int, ok bool)
