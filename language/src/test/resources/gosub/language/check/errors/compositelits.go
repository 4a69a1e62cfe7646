package main

type P struct{ X, Y int }

func main() {
	_ = P{Z: 1}          // ERROR "unknown field 'Z' in struct literal of type P"
	_ = P{1, 2, 3}       // ERROR "too many values in P\{…\}"
	_ = P{1}             // ERROR "too few values in P\{…\}"
	_ = P{X: 1, 2}       // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{X: 1, X: 2}    // ERROR "duplicate field name X in struct literal"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = [2]int{1, 2, 3}  // ERROR "index 2 is out of bounds \(>= 2\)|array index 2 out of bounds \[0:2\]"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = map[string]int{1}             // ERROR "missing key in map literal"
}
