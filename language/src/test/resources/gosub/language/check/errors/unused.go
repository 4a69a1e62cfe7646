package main

import (
	"fmt"     // ERROR "imported and not used: .fmt."
	str "strings" // ERROR "imported and not used: .strings. as str"
)

func main() {
	a := 1   // ERROR "a declared but not used"
	var b int // ERROR "b declared but not used"
	c, d := 1, 2 // ERROR "c declared but not used"
	_ = d
	for i := 0; i < 3; i++ {
		e := i // ERROR "e declared but not used"
	}
	f := func() {
		g := 1 // ERROR "g declared but not used"
	}
	f()
	if h := 1; true { // ERROR "h declared but not used"
	}
	var m int // ERROR "m declared but not used"
	var k = []int{}
	k = append(k, 1) // assigned, never read: Go still reports it
}
