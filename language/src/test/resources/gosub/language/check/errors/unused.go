package main

import (
	"fmt"     // ERROR ".fmt. imported and not used"
	"strings" // ERROR ".strings. imported and not used"
)

func main() {
	a := 1   // ERROR "declared and not used: a"
	var b int // ERROR "declared and not used: b"
	c, d := 1, 2 // ERROR "declared and not used: c"
	_ = d
	for i := 0; i < 3; i++ {
		e := i // ERROR "declared and not used: e"
	}
	f := func() {
		g := 1 // ERROR "declared and not used: g"
	}
	f()
	if h := 1; true { // ERROR "declared and not used: h"
	}
	var m int // ERROR "declared and not used: m"
	var k = []int{}
	k = append(k, 1) // assigned, never read: Go still reports it
}
