// Errors Go's parser reports without calling them syntax errors: the file still has a tree (repaired as Go's
// parser repairs it) and the type checker's errors follow. A body with such an error has its labels unchecked.

package main

type T struct{}

func () m() {} // ERROR "method has no receiver"

type I interface {
	k[P any]() // ERROR "interface method must have no type parameters"
}

func f() int { return 1 }

func main() {
	defer f // ERROR "expression in defer must be function call"
	go (f()) // ERROR "expression in go must not be parenthesized"
	go 1 // ERROR "expression in go must be function call" "cannot call non-function 1"
	var s []int
	_ = s[1:2:] // ERROR "final index required in 3-index slice"
	var x int = "s" // ERROR "cannot use .s. \(untyped string constant\) as int value"
L:
	for {
	}
}

func g() {
M: // ERROR "label M defined and not used"
	for {
	}
}
