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
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			fmt.Println(i, "no caller")
			break
		}
		name := runtime.FuncForPC(pc).Name()
		if i > 0 {
			file = file[strings.LastIndex(file, "/")+1:]
			line = 0
		}
		fmt.Println(i, name, file[strings.LastIndex(file, "/")+1:], line)
	}
}

func init() {
	order = append(order, where())
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
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
		buf := make([]byte, 4096)
		n := runtime.Stack(buf, false)
		for _, l := range strings.Split(string(buf[:n]), "\n") {
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
