package main

// runtime.Caller past a goroutine's first function: Go's runtime frames that start the goroutine are there too,
// runtime.goexit under every goroutine and runtime.main above it on the main one; past them ok is false.
// Callers counts them as well.

import (
	"fmt"
	"path/filepath"
	"runtime"
	"time"
)

func where(tag string) {
	for s := 1; s < 8; s++ {
		pc, file, line, ok := runtime.Caller(s)
		if !ok {
			fmt.Println(tag, s, "ok:", ok, "pc:", pc, "file:", file == "", "line:", line)
			break
		}
		fmt.Println(tag, s, runtime.FuncForPC(pc).Name(), filepath.Base(file), line)
	}
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Println(tag, "frame", f.Function, filepath.Base(f.File), f.Line)
		if !more {
			break
		}
	}
}

func first(done chan bool) {
	where("go")
	done <- true
}

func main() {
	where("main")
	done := make(chan bool)
	go first(done)
	<-done
	go func() {
		defer func() { where("deferred"); done <- true }()
	}()
	<-done
	time.AfterFunc(time.Millisecond, func() { where("afterfunc"); done <- true })
	<-done
}
