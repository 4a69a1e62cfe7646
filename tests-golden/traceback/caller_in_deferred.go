// runtime.Caller in deferred calls: Go runs a deferred call on top of the stack it has then. During a panic that
// is runtime.gopanic over the panicking frames (the panicking function at the panicking line, each caller at its
// call), which stay until a deferred call recovers; at a normal return it is the function at its return statement,
// or at its closing brace when it runs off its end. A call written over several lines is at its opening
// parenthesis. Frames of run-time errors below runtime.gopanic (runtime.panicmem, runtime.sigpanic...) are Go's
// internals and skipped here.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

func show(tag string, runtimeErr bool) {
	fmt.Println(tag)
	for i := 1; i < 12; i++ {
		pc, path, ln, ok := runtime.Caller(i)
		if !ok {
			fmt.Println("  no caller at", i)
			return
		}
		name := runtime.FuncForPC(pc).Name()
		if runtimeErr && strings.HasPrefix(name, "runtime.") && name != "runtime.gopanic" {
			continue
		}
		fmt.Printf("  %s %s:%d\n", name, filepath.Base(path), ln)
		if name == "main.main" {
			return
		}
	}
}

func explicit() {
	defer func() {
		show("explicit panic", false)
		recover()
	}()
	inner()
}

func inner() {
	panic("boom")
}

func nilDeref(p *int) int {
	defer func() {
		show("nil dereference", true)
		recover()
	}()
	x := 1
	return x + *p
}

var t *struct{ c chan int }

func selectCase() {
	defer func() {
		show("select case", true)
		recover()
	}()
	var c chan int
	select {
	case <-c:
	case <-t.c:
	}
}

func atReturn() int {
	defer func() {
		show("return statement", false)
	}()
	x := 1
	if x > 0 {
		return x +
			1
	}
	return 0
}

func atEnd() {
	defer func() {
		show("closing brace", false)
	}()
	fmt.Print("")
}

func nested() {
	defer func() {
		show("outer function's defer", false)
		recover()
	}()
	func() {
		defer func() {
			show("inner function's defer", false)
		}()
		inner()
	}()
}

type T struct{}

func (T) M() {
	defer func() {
		show("method called over two lines", false)
	}()
}

func main() {
	explicit()
	nilDeref(nil)
	selectCase()
	atReturn()
	atEnd()
	nested()
	var v T
	v.
		M()
}
