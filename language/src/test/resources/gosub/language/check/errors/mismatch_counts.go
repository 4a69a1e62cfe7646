package main

// A call on the right of an assignment with too few values is named by what it calls, a conversion too; a call
// without a value is reported as a value that is missing.

func one() int { return 1 }

func two() (int, int) { return 1, 2 }

func none() {}

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var c, d = one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	e, f := int(1) // ERROR "assignment mismatch: 2 variables but int returns 1 value"
	g, h := none() // ERROR "none\(\) \(no value\) used as value"
	i, j := 5 // ERROR "assignment mismatch: 2 variables but 1 value"
	k := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	_, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, k
}
