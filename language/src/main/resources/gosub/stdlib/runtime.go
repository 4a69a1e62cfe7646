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

// MemProfileRate is how often the memory profiler samples allocations. gosub has no memory profiler, so it is 0,
// as in a Go binary that never asks for a memory profile (its linker turns sampling off); programs may set it.
var MemProfileRate int

// GC runs a garbage collection. With no finalizers set it is a hint (the JVM's collector decides: a full
// collection per call made programs that call GC in a loop, such as Go's gc2.go, run for a minute); with
// finalizers set it collects, and queues the finalizers of the objects found unreachable.
func GC()

// SetFinalizer sets the function to run on obj, a pointer to an object, once the object is unreachable
// (finalizer nil removes it). Finalizers run one at a time on a goroutine of their own, after a collection
// finds their objects dead, as in Go. Bad arguments are fatal errors with Go's messages.
func SetFinalizer(obj any, finalizer any)

// Breakpoint stops the program as a Go binary stops on its breakpoint trap when no debugger takes it:
// "SIGTRAP: trace trap", every goroutine's frames, exit status 2.
func Breakpoint()

// Version names the Go release whose behaviour gosub follows.
func Version() string { return "go1.19.8" }

// GOROOT returns the root of the Go tree.
func GOROOT() string { return "/usr/lib/go" }

// KeepAlive keeps x reachable up to the call (a reachability fence for the JVM's compiler, which may otherwise
// drop a value it no longer reads before its variable's scope ends).
func KeepAlive(x any)

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
// function that called Caller, and so on. file is the source file as gosub was given it. gosub has no program
// counters: pc is a handle that names the call (FuncForPC and CallersFrames read it), not an address. ok is false
// when the goroutine's calls are not that deep.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	pc, ok = callerPC(skip + 1)
	if !ok {
		return 0, "", 0, false
	}
	_, file, line, _ = pcSite(pc)
	return pc, file, line, true
}

// Callers fills pc with handles of the calls under way in the calling goroutine, innermost first: skip 0 is
// Callers itself, 1 its caller. It returns how many it wrote. The handles are gosub's, not addresses (see
// Caller). Below the program's own functions come the frames of Go's runtime that start a goroutine
// (runtime.main on the main goroutine, then runtime.goexit), at Go 1.19's files and lines.
func Callers(skip int, pc []uintptr) int {
	n := 0
	for n < len(pc) {
		p, ok := callerPC(skip + n)
		if !ok {
			break
		}
		pc[n] = p
		n++
	}
	return n
}

// Stack formats the calling goroutine's stack into buf, as a traceback prints it, and returns how many bytes it
// wrote (at most len(buf)); with all, every other goroutine follows. Frames give function, file and line, and no
// program counters: gosub has none.
func Stack(buf []byte, all bool) int

// callerPC is the handle of the call made by the depth-th Go function out from its caller.
func callerPC(depth int) (pc uintptr, ok bool)

// pcSite is the function, file and line of the call that pc names.
func pcSite(pc uintptr) (function, file string, line int, ok bool)

// A Func is a Go function, as FuncForPC finds it.
type Func struct {
	name string
	file string
	line int
}

// FuncForPC is the function that made the call pc names (a handle from Caller or Callers, or a little off it),
// or nil.
func FuncForPC(pc uintptr) *Func {
	name, file, line, ok := pcSite(pc)
	if !ok {
		return nil
	}
	return &Func{name, file, line}
}

// Name is the function's package-qualified name ("" for nil).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry would be the function's first address; gosub has none, so it is 0.
func (f *Func) Entry() uintptr { return 0 }

// FileLine is the file and line of the call that pc names.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, ok := pcSite(pc)
	if !ok && f != nil {
		return f.file, f.line
	}
	return file, line
}

// A Frame is one call, as Frames gives it.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the calls of a list of handles from Callers.
type Frames struct {
	pcs []uintptr
}

// CallersFrames gives the frames of the handles in callers, innermost first.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers}
}

// Next is the next frame, and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0]
		ci.pcs = ci.pcs[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		_, file, line, _ := pcSite(pc)
		return Frame{PC: pc, Func: f, Function: f.name, File: file, Line: line}, len(ci.pcs) > 0
	}
	return Frame{}, false
}
