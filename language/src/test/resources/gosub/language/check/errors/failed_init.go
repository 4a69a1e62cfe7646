package main

// A variable whose declaration or assignment failed counts as used: Go reports the failure alone.

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	var s []int = "x" // ERROR "cannot use .x. \(untyped string constant\) as \[\]int value in variable declaration"
	t := undefinedThing // ERROR "undefined: undefinedThing"
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var c fmt.NoState // ERROR "undefined: fmt.NoState"
	d, e, g := two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var u, w = missingPair() // ERROR "undefined: missingPair"
	var v int
	v = alsoMissing // ERROR "undefined: alsoMissing"
	k := nil // ERROR "use of untyped nil in assignment"
	unused := 1 // ERROR "unused declared but not used"
}
