package main

// A syntax error stops Go's compiler before type checking ("x" is no int, and nobody says so), but its scanner
// has read the whole file: the lexical errors before and after the syntax error are reported with it.

func main() {
	var x int = "x"
	r := '\q'
	t := x +
	s := "\z"
}
