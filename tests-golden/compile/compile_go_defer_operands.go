package main

// go and defer take a primary expression: an operator after it is a syntax error, reported with what Go's parser
// said about the expression before it.

func f() {}

func main() {
	var x int = "x"
	defer 1 + 2
}
