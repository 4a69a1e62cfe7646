// Package runtime exposes what gosub's scheduler knows, as Go's runtime package.
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that are run time
	// errors from ordinary errors: a type is a run time error if it has a RuntimeError method.
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

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit runs all deferred calls of the calling goroutine, then ends it.
func Goexit()

// GC runs a garbage collection (the JVM's collector decides; this is a hint).
func GC()

// Version returns the Go tree's version string.
func Version() string { return "go1.19.8" }

// GOROOT returns the root of the Go tree.
func GOROOT() string { return "/usr/lib/go" }

// KeepAlive marks its argument as currently reachable.
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

// ReadMemStats populates m with memory allocator statistics.
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
