package main

// runtime.Callers, CallersFrames, FuncForPC and Caller: the functions (closures and methods too), files and lines
// of the calls under way. Only the program's own frames are printed: Go's runtime frames (runtime.main,
// runtime.goexit) and the numbers of the pcs are not the program's to rely on.

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{}

func (T) Value() []string   { return stack(1) }
func (*T) Pointer() []string { return stack(1) }

func stack(skip int) []string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip+1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func nested(n int) []string {
	if n == 0 {
		return stack(0)
	}
	return nested(n - 1)
}

func main() {
	fmt.Println(strings.Join(stack(0), "\n"))
	fmt.Println(strings.Join(nested(2), "\n"))
	func() { fmt.Println(strings.Join(stack(1), "\n")) }()
	fmt.Println(T{}.Value())
	fmt.Println((&T{}).Pointer())

	pc, file, line, ok := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	ffile, fline := fn.FileLine(pc)
	fmt.Println(fn.Name(), filepath.Base(file), line, ok, filepath.Base(ffile), fline)
	_, _, _, ok = runtime.Caller(1000)
	fmt.Println(ok, runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")

	var one [1]uintptr
	fmt.Println(runtime.Callers(1, one[:]), runtime.FuncForPC(one[0]-1).Name())
}
