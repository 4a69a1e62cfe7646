package main

// Run as `go run b.go a.go`: the files are in that order, so b.go's variables come first in declaration
// order; each still waits for what it uses, whichever file declares it.

import "fmt"

var fromA = step("fromA", fromB2)
var plainA = step("plainA")

func step(name string, _ ...int) int {
	trace = append(trace, name)
	return len(trace)
}

func init() { trace = append(trace, "init a.go") }

func main() {
	fmt.Println(trace)
}
