package main

func two() (int, int) { return 1, 2 }

const k = 1

func main() {
	var i int
	var s string
	i = "a"       // ERROR "cannot use .a. \(untyped string constant\) as int value in assignment"
	i, s = two()  // ERROR "cannot use two\(\) \(value of type int\) as type string in assignment"
	i = two()     // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	a, b := 1     // ERROR "assignment mismatch: 2 variables but 1 value"
	k = 2         // ERROR "cannot assign to k \(untyped int constant 1\)"
	i.x = 3       // ERROR "i.x undefined \(type int has no field or method x\)"
	i++
	s++           // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	m := map[string]struct{ f int }{}
	m["a"].f = 1 // ERROR "cannot assign to struct field m\[.a.\].f in map"
	_, _, _ = a, b, m
}
