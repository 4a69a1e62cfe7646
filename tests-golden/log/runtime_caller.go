package main

import (
	"fmt"
	"runtime"
	"strings"
)

// runtime.Caller, what log's Lshortfile rests on: the file (shown by its base name, since the full path
// depends on the machine) and the line of each call under way.
func where(depth int) string {
	_, file, line, ok := runtime.Caller(depth)
	return fmt.Sprintf("%s:%d %v", file[strings.LastIndex(file, "/")+1:], line, ok)
}

type tracer struct{}

func (tracer) method() string { return where(1) }

func outer() []string {
	return []string{where(0), where(1), where(2), inner()}
}

func inner() string {
	f := func() string { return where(2) }
	return f()
}

func main() {
	for _, w := range outer() {
		fmt.Println(w)
	}
	fmt.Println(tracer{}.method())
	var m interface{ method() string } = tracer{}
	fmt.Println(m.method())
}
