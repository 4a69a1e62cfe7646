package main

type S struct{ f []int }

func main() {
	var a, b []int
	var m map[int]int
	var fn func()
	var s1, s2 S
	_ = a == b   // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	_ = m == m   // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = fn == fn // ERROR "invalid operation: fn == fn \(func can only be compared to nil\)"
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = a < b    // ERROR "invalid operation: a < b \(operator < not defined on slice\)"
	_ = 1 == "a" // ERROR "invalid operation: 1 == .a. \(mismatched types untyped int and untyped string\)"
	var x int
	var y int64
	_ = x == y // ERROR "invalid operation: x == y \(mismatched types int and int64\)"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
}
