// Package init functions are main.init.0, main.init.1, ... in runtime.Caller, FuncForPC, Callers and runtime.Stack;
// below them runtime.Caller finds runtime.doInit and runtime.main, which a traceback leaves out.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var order []string

func where() string {
	pc, _, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", runtime.FuncForPC(pc).Name(), line)
}

func init() {
	order = append(order, where())
	for i := 0; i < 4; i++ {
		at, file, line, found := runtime.Caller(i)
		if !found {
			fmt.Println(i, "no caller")
			break
		}
		name := runtime.FuncForPC(at).Name()
		if i > 0 {
			file = file[strings.LastIndex(file, "/")+1:]
			line = 0
		}
		fmt.Println(i, name, file[strings.LastIndex(file, "/")+1:], line)
	}
}

func init() {
	order = append(order, where())
	counters := make([]uintptr, 12)
	got := runtime.Callers(1, counters)
	frames := runtime.CallersFrames(counters[:got])
	for {
		f, more := frames.Next()
		fmt.Println("frame", f.Function)
		if !more {
			break
		}
	}
}

func init() {
	defer func() {
		r := recover()
		fmt.Println("recovered in init:", r)
		trace := make([]byte, 8192)
		size := runtime.Stack(trace, false)
		for _, l := range strings.Split(string(trace[:size]), "\n") {
			if strings.HasPrefix(l, "main.") || strings.HasPrefix(l, "runtime.") || strings.HasPrefix(l, "panic") {
				fmt.Println("stack:", l[:strings.IndexAny(l, "(")])
			}
		}
	}()
	var m map[string]int
	m["x"] = 1
}

func main() {
	fmt.Println(order)
	fmt.Println(where())
}
