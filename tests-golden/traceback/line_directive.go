// Line directives (//line file:line at the start of a line, /*line file:line:col*/ anywhere) change the file and
// line that runtime.Caller and panic tracebacks report for the text after them, to the end of the file or the next
// directive: a generated file points back at its source.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func where() string {
	_, where, n, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", where, n)
}

func ownFile() {
	// a column and no file before any named one: the source's own file, by its absolute path as always
	/*line :90:1*/ _, file, line, _ := runtime.Caller(0)
	fmt.Println(filepath.IsAbs(file), filepath.Base(file), line)
}

func boom(n int) {
//line gen/boom.y:40
	if n > 2 {
		panic(fmt.Sprintf("boom %d", n))
	}
	boom(n + 1)
}

func main() {
	ownFile()
	// still under the directive in boom: line 40 was boom's 'if', this is 6 lines further
	fmt.Println(where())
//line main.y:7
	fmt.Println(where())
	/*line :20:5*/ fmt.Println(where()) // a column and no file: the file stays main.y
//line :30
	fmt.Println(where()) // no file at all: Go's runtime says ??
	/*line a.y:1*/ fmt.Println(where()); /*line b.y:9*/ fmt.Println(where())
//line c:/gen/win.y:5
	fmt.Println(where()) // the last colon before the number ends the name
	func() {
		fmt.Println(where())
	}()
	boom(0)
}
