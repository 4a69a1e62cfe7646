package main

// Lexical errors are not syntax errors: Go's compiler goes on to type-check the file. A malformed literal is an
// invalid operand (no "declared but not used", no mismatched types); each bad escape of a string is reported, and
// a message repeated on one line once.

func main() {
	a := 'ab'
	b := "\q" + 1
	c := 0x + "s"
	d := 09
	e := "\400 \z \z"
	var f int = "x"
	g := 1
}
