package main

// runtime.Stack's text, reduced to what gosub and Go agree on: Go prints argument words and program counters
// (+0x..), gosub has neither, and goroutine numbers differ; the functions, files, lines and states are the same.

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{}

func (T) deep(n int, all bool) string {
	if n > 0 {
		return T{}.deep(n-1, all)
	}
	trace := make([]byte, 64<<10)
	return string(trace[:runtime.Stack(trace, all)])
}

func show(s string) {
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "\t"):
			pos := strings.Fields(line)[0]
			fmt.Println("\t" + filepath.Base(pos))
		case strings.HasPrefix(line, "goroutine "):
			fmt.Println("goroutine [" + strings.SplitN(line, "[", 2)[1])
		case strings.HasPrefix(line, "created by "):
			fmt.Println(strings.Split(line, " in goroutine")[0])
		case line == "":
			fmt.Println()
		default:
			fmt.Println(line[:strings.Index(line, "(")])
		}
	}
}

func main() {
	ch := make(chan int)
	go func() { <-ch }()
	runtime.Gosched()
	show(T{}.deep(2, false))
	fmt.Println("--- all")
	show(T{}.deep(0, true))
	small := make([]byte, 10)
	n := runtime.Stack(small, false)
	fmt.Printf("%d %q\n", n, small[:n])
}
