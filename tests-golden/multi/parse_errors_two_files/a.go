package main

// Go's compiler parses every file of the package before it stops at a syntax error: b.go's errors are reported
// with a.go's, and none of the type checker's.

func main() {
	var x int = "x"
	y := )
}
